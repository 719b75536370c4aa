package cogov.config;

import cogov.config.YamlTree.Entry;
import cogov.config.YamlTree.ListValue;
import cogov.config.YamlTree.MapValue;
import cogov.config.YamlTree.Scalar;
import cogov.config.YamlTree.Value;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Reading single values out of a {@link YamlTree} for the hand-written file formats (targets and
 * calibration files): each read reports a located problem and returns a fallback, so every mistake in
 * a file is listed at once.
 */
final class YamlReads {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final ConfigProblems problems;

    YamlReads(ConfigProblems problems) {
        this.problems = problems;
    }

    /** Reports keys of {@code map} that are not in {@code allowed}. */
    void onlyKeys(MapValue map, String path, Collection<String> allowed) {
        for (Entry e : map.entries().values()) {
            if (!allowed.contains(e.key())) {
                problems.unknownKey(e.keyOrigin(), ConfigProblems.join(path, e.key()), e.key(), allowed);
            }
        }
    }

    /** The mapping at {@code v}, or null after a problem. */
    MapValue map(Value v, String path, String example) {
        if (v instanceof MapValue m) {
            return m;
        }
        problems.add(v.origin(), path, "must be a mapping such as " + example + " (got " + v.describe() + ")");
        return null;
    }

    /** Non-empty text; {@code isName} restricts it to letters, digits, '.', '_' and '-'. */
    String text(Value v, String path, boolean isName) {
        if (!(v instanceof Scalar s) || !(s.value() instanceof String text) || text.isBlank()) {
            problems.add(v.origin(), path, "must be non-empty text (got " + v.describe() + ")");
            return null;
        }
        if (isName && !NAME.matcher(text).matches()) {
            problems.add(v.origin(), path, "may contain only letters, digits, '.', '_' and '-', starting with a letter or digit (got " + v.describe() + ")");
            return null;
        }
        return text;
    }

    /** A finite number, or NaN after a problem. */
    double number(Value v, String path) {
        Double d = SchemaValidator.number(v, path, problems);
        return d == null ? Double.NaN : d;
    }

    /** A number greater than zero, or NaN after a problem. */
    double positive(Value v, String path) {
        double d = number(v, path);
        if (!Double.isNaN(d) && !(d > 0)) {
            problems.add(v.origin(), path, "must be greater than 0 (got " + ((Scalar) v).text() + ")");
            return Double.NaN;
        }
        return d;
    }

    /** A whole number in [min, max], or {@code fallback} after a problem. */
    long whole(Value v, String path, long min, long max, long fallback) {
        if (!(v instanceof Scalar s) || !(s.value() instanceof Integer || s.value() instanceof Long)) {
            problems.add(v.origin(), path, "must be a whole number (got " + v.describe() + ")");
            return fallback;
        }
        long value = ((Number) s.value()).longValue();
        if (value < min || value > max) {
            problems.add(v.origin(), path, "must be between " + min + " and " + max + " (got " + s.text() + ")");
            return fallback;
        }
        return value;
    }

    /** true or false, or {@code fallback} after a problem. */
    boolean bool(Value v, String path, boolean fallback) {
        if (v instanceof Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        problems.add(v.origin(), path, "must be true or false (got " + v.describe() + ")");
        return fallback;
    }

    /** {@code [low, high]} with low < high, or null after a problem. */
    double[] interval(Value v, String path) {
        if (!(v instanceof ListValue l) || l.items().size() != 2 || !(l.items().get(0) instanceof Scalar lo)
                || !(l.items().get(1) instanceof Scalar hi) || !(lo.value() instanceof Number)
                || !(hi.value() instanceof Number)) {
            problems.add(v.origin(), path, "must be [low, high], two numbers (got " + v.describe() + ")");
            return null;
        }
        double low = ((Number) lo.value()).doubleValue();
        double high = ((Number) hi.value()).doubleValue();
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
            problems.add(v.origin(), path, "low must be less than high, both finite (got [" + lo.text() + ", "
                    + hi.text() + "])");
            return null;
        }
        return new double[] {low, high};
    }
}
