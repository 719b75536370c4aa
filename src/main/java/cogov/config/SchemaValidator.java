package cogov.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cogov.config.Schema.Field;
import cogov.config.Schema.Kind;
import cogov.config.Schema.ObjectType;
import cogov.config.Schema.Range;
import cogov.config.YamlTree.Entry;
import cogov.config.YamlTree.ListValue;
import cogov.config.YamlTree.MapValue;
import cogov.config.YamlTree.Origin;
import cogov.config.YamlTree.Scalar;
import cogov.config.YamlTree.Value;

/**
 * Checks a {@link YamlTree} against a {@link Schema}, reporting every problem, and produces the
 * resolved values: a map per mapping (in schema order, defaults filled in) holding Integer, Long,
 * Double, Boolean, String, {@link DistributionSpec} or lists of such maps. A value that failed
 * validation is stored as null. It also remembers where each explicit value was written, so rules
 * spanning several keys can point at the right line.
 */
final class SchemaValidator {

    private final ConfigProblems problems;
    private final Map<String, Origin> origins = new HashMap<>();

    SchemaValidator(ConfigProblems problems) {
        this.problems = problems;
    }

    /** Where the value at {@code path} was written, or {@code fallback} when it is a default. */
    Origin originOf(String path, Origin fallback) {
        return origins.getOrDefault(path, fallback);
    }

    boolean isExplicit(String path) {
        return origins.containsKey(path);
    }

    /** Validates {@code map} (null = absent: all defaults) as {@code type} at {@code path}. */
    Map<String, Object> object(ObjectType type, MapValue map, String path) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (map != null) {
            for (Entry e : map.entries().values()) {
                Field f = type.field(e.key());
                if (f == null || f.loaderOnly()) {
                    problems.unknownKey(e.keyOrigin(), ConfigProblems.join(path, e.key()), e.key(), allowedKeys(type));
                }
            }
        }
        for (Field f : type.fields()) {
            if (f.loaderOnly()) {
                continue;
            }
            String childPath = ConfigProblems.join(path, f.key());
            Value v = map == null ? null : map.get(f.key());
            if (v == null) {
                if (f.required()) {
                    Origin at = map == null ? new Origin("", 0, 0) : map.origin();
                    problems.add(at, childPath, "required key is missing");
                    out.put(f.key(), null);
                } else if (f.kind() == Kind.OBJECT) {
                    out.put(f.key(), object(f.object(), null, childPath));
                } else {
                    out.put(f.key(), f.defaultValue());
                }
            } else {
                origins.put(childPath, v.origin());
                out.put(f.key(), value(f, v, childPath));
            }
        }
        return out;
    }

    private static List<String> allowedKeys(ObjectType type) {
        List<String> keys = new ArrayList<>();
        for (Field f : type.fields()) {
            keys.add(f.key());
        }
        return keys;
    }

    private Object value(Field f, Value v, String path) {
        if (v instanceof Scalar s && s.value() == null && f.kind() != Kind.STRING) {
            problems.add(v.origin(), path, "has no value; give " + expectation(f) + " or leave the key out (got null)");
            return null;
        }
        return switch (f.kind()) {
            case INT, LONG -> whole(f, v, path);
            case DOUBLE -> real(f, v, path);
            case BOOL -> bool(v, path);
            case STRING -> string(f, v, path);
            case ENUM -> choice(f, v, path);
            case DIST -> DistributionReader.read(v, path, f.explicitValueRange(), problems);
            case OBJECT -> v instanceof MapValue m ? object(f.object(), m, path) : wrongType(f, v, path);
            case LIST -> list(f, v, path);
        };
    }

    private static String expectation(Field f) {
        return switch (f.kind()) {
            case INT, LONG -> "a whole number";
            case DOUBLE -> "a number";
            case BOOL -> "true or false";
            case STRING -> "text";
            case ENUM -> "one of " + String.join(", ", f.choices());
            case DIST -> "a distribution";
            case OBJECT -> "a mapping";
            case LIST -> "a list";
        };
    }

    private Object wrongType(Field f, Value v, String path) {
        problems.add(v.origin(), path, "must be " + expectation(f) + " (got " + v.describe() + ")");
        return null;
    }

    private Object whole(Field f, Value v, String path) {
        if (!(v instanceof Scalar s) || !(s.value() instanceof Number n) || s.value() instanceof Double) {
            return wrongType(f, v, path);
        }
        long max = f.kind() == Kind.INT ? Integer.MAX_VALUE : Long.MAX_VALUE;
        long min = f.kind() == Kind.INT ? Integer.MIN_VALUE : Long.MIN_VALUE;
        if (n instanceof BigInteger || n.longValue() > max || n.longValue() < min) {
            problems.add(v.origin(), path, "is too large in magnitude (got " + s.text() + ")");
            return null;
        }
        if (!inRange(f, n.doubleValue(), s, path)) {
            return null;
        }
        return f.kind() == Kind.INT ? (Object) n.intValue() : (Object) n.longValue();
    }

    private Object real(Field f, Value v, String path) {
        Double d = number(v, path, problems);
        if (d == null || !inRange(f, d, (Scalar) v, path)) {
            return null;
        }
        return d;
    }

    /** A finite number from an int or float scalar, or null after reporting the problem. */
    static Double number(Value v, String path, ConfigProblems problems) {
        if (!(v instanceof Scalar s) || !(s.value() instanceof Number n)) {
            problems.add(v.origin(), path, "must be a number (got " + v.describe() + ")");
            return null;
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            problems.add(v.origin(), path, "must be a finite number (got " + s.text() + ")");
            return null;
        }
        return d;
    }

    private boolean inRange(Field f, double d, Scalar s, String path) {
        Range r = f.range();
        if (r.contains(d)) {
            return true;
        }
        String what;
        if (r.equals(Range.SHARE)) {
            what = "must be a share between 0 and 1";
        } else if (d < 0 && r.min() == 0 && !r.minOpen()) {
            what = "must not be negative";
        } else {
            what = "must be " + r.describe();
        }
        problems.add(s.origin(), path, what + " (got " + s.text() + ")");
        return false;
    }

    private Object bool(Value v, String path) {
        if (v instanceof Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        problems.add(v.origin(), path, "must be true or false (got " + v.describe() + ")");
        return null;
    }

    private Object string(Field f, Value v, String path) {
        if (!(v instanceof Scalar s) || s.value() == null) {
            return wrongType(f, v, path);
        }
        String text = s.text();
        if (f.pattern() != null && !f.pattern().matcher(text).matches()) {
            problems.add(v.origin(), path, "must be " + f.patternHint() + " (got " + s.describe() + ")");
            return null;
        }
        String problem = f.pattern() == null ? null
                : path.equals(ScenarioSchema.NAME) ? Names.folderNameProblem(text) : Names.labelProblem(text);
        if (problem != null) {
            problems.add(v.origin(), path, problem + " (got " + s.describe() + ")");
            return null;
        }
        return text;
    }

    private Object choice(Field f, Value v, String path) {
        if (v instanceof Scalar s && s.value() instanceof String text && f.choices().contains(text)) {
            return text;
        }
        problems.add(v.origin(), path, "must be one of " + String.join(", ", f.choices()) + " (got " + v.describe() + ")");
        return null;
    }

    private Object list(Field f, Value v, String path) {
        if (!(v instanceof ListValue list)) {
            return wrongType(f, v, path);
        }
        if (list.items().size() < f.minItems()) {
            problems.add(v.origin(), path, "must have at least " + f.minItems() + " entr"
                    + (f.minItems() == 1 ? "y" : "ies") + " (got an empty list)");
            return null;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Value item = list.items().get(i);
            String itemPath = path + "[" + i + "]";
            origins.put(itemPath, item.origin());
            if (item instanceof MapValue m) {
                out.add(object(f.object(), m, itemPath));
            } else {
                problems.add(item.origin(), itemPath, "must be a mapping (got " + item.describe() + ")");
                out.add(null);
            }
        }
        return out;
    }
}
