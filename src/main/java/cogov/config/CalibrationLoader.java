package cogov.config;

import cogov.config.CalibrationSpec.ParameterSpec;
import cogov.config.CalibrationSpec.PriorKind;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a calibration file (base scenario, fitted keys with their priors, targets file, ABC-SMC
 * settings) through the same {@link YamlTree} and {@link ConfigProblems} as scenarios and experiments.
 * A fitted key must be a numeric scenario key; its prior range defaults to the uncertainty range the
 * scenario schema declares for it ({@link ScenarioKeys}); both ends are tried on the base scenario, so a
 * prior outside the key's allowed range is reported at the line where it was written.
 */
public final class CalibrationLoader {

    static final List<String> KEYS = List.of("name", "description", "base", "targets", "parameters", "particles",
            "replications", "generations", "quantile", "min_tolerance", "min_acceptance", "seed");
    static final List<String> PRIOR_KEYS = List.of("prior", "range", "mean", "sd");

    private final String label;
    private final ConfigProblems problems = new ConfigProblems();
    private final YamlReads reads = new YamlReads(problems);

    private CalibrationLoader(String label) {
        this.label = label;
    }

    /** Loads and validates a calibration file; {@code base} and {@code targets} are resolved against its folder. */
    public static CalibrationSpec load(Path file, MetricCatalog catalog) throws ConfigException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), 0, 0, "",
                    "cannot read calibration file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
        return new CalibrationLoader(file.toString()).read(text, file, catalog);
    }

    /**
     * Reads calibration text as if it were the file {@code file} ({@code base} and {@code targets} resolved
     * against its folder): how {@code --resume} reads the copy a calibration folder keeps, to name what
     * changed since.
     */
    public static CalibrationSpec parse(String text, Path file, MetricCatalog catalog) throws ConfigException {
        return new CalibrationLoader(file.toString()).read(text, file, catalog);
    }

    private CalibrationSpec read(String text, Path file, MetricCatalog catalog) throws ConfigException {
        Value root = YamlTree.parse(text, label, problems);
        problems.throwIfAny();
        MapValue map = reads.map(root, "", "{base: ..., targets: ..., parameters: {...}}");
        problems.throwIfAny();
        reads.onlyKeys(map, "", KEYS);
        String name = map.get("name") == null ? ScenarioLoader.stem(label) : reads.text(map.get("name"), "name", true);
        String description = map.get("description") == null ? "" : reads.text(map.get("description"), "description", false);
        Path dir = file.toAbsolutePath().getParent();
        Path base = path(map, "base", dir, "the scenario to calibrate");
        Path targetsFile = path(map, "targets", dir, "the targets file");
        int particles = (int) count(map, "particles", 200, 2, 1_000_000);
        int replications = (int) count(map, "replications", 2, 1, 10_000);
        int generations = (int) count(map, "generations", 6, 1, 1_000);
        double quantile = share(map, "quantile", 0.5, true);
        double minTolerance = map.get("min_tolerance") == null ? 0 : nonNegative(map.get("min_tolerance"), "min_tolerance");
        double minAcceptance = share(map, "min_acceptance", 0.02, false);
        long seed = map.get("seed") == null ? 1L : reads.whole(map.get("seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE, 1L);
        Scenario scenario = null;
        if (base != null && Files.isRegularFile(base)) {
            try {
                scenario = ScenarioLoader.load(base);
            } catch (ConfigException e) {
                e.problems().forEach(p -> problems.add(new Origin(p.file(), p.line(), p.column()), p.keyPath(), p.message()));
            }
        }
        List<ParameterSpec> parameters = parameters(map, scenario == null ? null : base);
        List<TargetSpec> targets = List.of();
        if (targetsFile != null && Files.isRegularFile(targetsFile)) {
            targets = TargetsLoader.read(targetsFile, labelFor(map.get("targets")), map.get("targets").origin(),
                    "targets", catalog, scenario, problems);
        }
        if (problems.isEmpty() && targets.stream().noneMatch(t -> t.active() && !t.holdout())) {
            problems.add(map.get("targets").origin(), "targets", "no target to fit: every target is a hold-out or"
                    + " needs a metric (got " + map.get("targets").describe() + ")");
        }
        problems.throwIfAny();
        return new CalibrationSpec(name, description, file, base, targetsFile, parameters, targets, particles,
                replications, generations, quantile, minTolerance, minAcceptance, seed);
    }

    /** The targets file as the user would find it: relative to the calibration file's label. */
    private String labelFor(Value v) {
        String relative = ((Scalar) v).text();
        Path parent = Path.of(label).getParent();
        return parent == null || Path.of(relative).isAbsolute() ? relative : parent.resolve(relative).normalize().toString();
    }

    private Path path(MapValue map, String key, Path dir, String what) {
        Value v = map.get(key);
        if (v == null) {
            problems.add(map.origin(), key, "required key is missing: " + what);
            return null;
        }
        String text = reads.text(v, key, false);
        if (text == null) {
            return null;
        }
        Path p = dir.resolve(text).normalize();
        if (!Files.isRegularFile(p)) {
            problems.add(v.origin(), key, "file not found: " + p + " (got " + v.describe() + ")");
        }
        return p;
    }

    private long count(MapValue map, String key, long fallback, long min, long max) {
        return map.get(key) == null ? fallback : reads.whole(map.get(key), key, min, max, fallback);
    }

    private double share(MapValue map, String key, double fallback, boolean open) {
        Value v = map.get(key);
        if (v == null) {
            return fallback;
        }
        double d = reads.number(v, key);
        boolean ok = open ? d > 0 && d < 1 : d > 0 && d <= 1;
        if (!Double.isNaN(d) && !ok) {
            problems.add(v.origin(), key, "must be " + (open ? "between 0 and 1, both excluded" : "greater than 0 and at"
                    + " most 1") + " (got " + ((Scalar) v).text() + ")");
            return fallback;
        }
        return Double.isNaN(d) ? fallback : d;
    }

    private double nonNegative(Value v, String key) {
        double d = reads.number(v, key);
        if (!Double.isNaN(d) && d < 0) {
            problems.add(v.origin(), key, "must not be negative (got " + ((Scalar) v).text() + ")");
            return 0;
        }
        return Double.isNaN(d) ? 0 : d;
    }

    private List<ParameterSpec> parameters(MapValue map, Path base) {
        List<ParameterSpec> out = new ArrayList<>();
        Value v = map.get("parameters");
        if (v == null) {
            problems.add(map.origin(), "parameters", "required key is missing: the scenario keys to fit, each with its"
                    + " prior range, e.g. {residents.threshold.mean: [0.2, 0.5]}");
            return out;
        }
        MapValue m = v instanceof ListValue list ? schemaRanges(list) : reads.map(v, "parameters",
                "{residents.threshold.mean: [0.2, 0.5]}");
        if (m == null) {
            return out;
        }
        if (m.entries().isEmpty()) {
            problems.add(m.origin(), "parameters", "must name at least one scenario key (got an empty mapping)");
        }
        for (Entry e : m.entries().values()) {
            ParameterSpec p = parameter(e, "parameters." + e.key(), base);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * {@code parameters: [key, ...]}: each key with a uniform prior over the uncertainty range the scenario
     * schema declares for it, as if written {@code key: {}}.
     */
    private MapValue schemaRanges(ListValue list) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            Value item = list.items().get(i);
            String key = reads.text(item, "parameters[" + i + "]", false);
            if (key != null) {
                entries.put(key, new Entry(key, item.origin(), new MapValue(Map.of(), item.origin())));
            }
        }
        return new MapValue(entries, list.origin());
    }

    private ParameterSpec parameter(Entry e, String path, Path base) {
        NumericKey key = numericKey(e.key());
        if (key.problem() != null) {
            problems.add(e.keyOrigin(), path, key.problem());
            return null;
        }
        PriorKind kind = PriorKind.UNIFORM;
        double[] range;
        Value rangeValue;
        double mean = Double.NaN;
        double sd = Double.NaN;
        if (e.value() instanceof MapValue pm) {
            reads.onlyKeys(pm, path, PRIOR_KEYS);
            if (pm.get("prior") != null) {
                String k = reads.text(pm.get("prior"), path + ".prior", false);
                if ("normal".equals(k)) {
                    kind = PriorKind.NORMAL;
                } else if (k != null && !"uniform".equals(k)) {
                    problems.add(pm.get("prior").origin(), path + ".prior", "must be uniform or normal (got "
                            + pm.get("prior").describe() + ")");
                }
            }
            rangeValue = pm.get("range");
            if (kind == PriorKind.NORMAL) {
                mean = pm.get("mean") == null ? missing(pm, path + ".mean") : reads.number(pm.get("mean"), path + ".mean");
                sd = pm.get("sd") == null ? missing(pm, path + ".sd") : reads.positive(pm.get("sd"), path + ".sd");
            } else {
                for (String k : List.of("mean", "sd")) {
                    if (pm.get(k) != null) {
                        problems.add(pm.get(k).origin(), path + "." + k, "only a normal prior has " + k
                                + " (add prior: normal) (got " + pm.get(k).describe() + ")");
                    }
                }
            }
        } else {
            rangeValue = e.value();
        }
        String rangePath = path + (e.value() instanceof MapValue ? ".range" : "");
        Origin rangeOrigin;
        if (rangeValue == null) {
            Uncertainty u = ScenarioKeys.find(e.key()).map(ScenarioKeys.KeyInfo::uncertainty).orElse(null);
            if (u == null) {
                problems.add(e.keyOrigin(), rangePath, "required key is missing: the prior's range [low, high] (the"
                        + " scenario schema gives no uncertainty range for this key)");
                return null;
            }
            range = new double[] {u.lo(), u.hi()};
            rangeOrigin = e.keyOrigin();
        } else {
            range = reads.interval(rangeValue, rangePath);
            rangeOrigin = rangeValue.origin();
        }
        if (range == null || Double.isNaN(mean) && kind == PriorKind.NORMAL || Double.isNaN(sd) && kind == PriorKind.NORMAL) {
            return null;
        }
        if (key.integer() && (range[0] != Math.rint(range[0]) || range[1] != Math.rint(range[1]))) {
            problems.add(rangeOrigin, rangePath, "a whole-number key needs whole-number ends (got ["
                    + Schema.number(range[0]) + ", " + Schema.number(range[1]) + "])");
            return null;
        }
        if (key.range() != null && (!key.range().contains(range[0]) || !key.range().contains(range[1]))) {
            problems.add(rangeOrigin, rangePath, "prior range [" + Schema.number(range[0]) + ", "
                    + Schema.number(range[1]) + "] goes outside the key's allowed range (" + key.range().describe() + ")");
            return null;
        }
        if (base != null) {
            for (double end : range) {
                probe(base, e.key(), key.integer() ? (Object) (int) end : (Object) end, rangeOrigin, rangePath);
            }
        }
        return new ParameterSpec(e.key(), key.integer(), kind, range[0], range[1], mean, sd);
    }

    private double missing(MapValue pm, String path) {
        problems.add(pm.origin(), path, "required key is missing for a normal prior");
        return Double.NaN;
    }

    /** Tries one end of a prior range on the base scenario; its problems are moved to the range's line. */
    private void probe(Path base, String key, Object value, Origin at, String path) {
        try {
            ScenarioLoader.load(base, Map.of(key, value));
        } catch (ConfigException ex) {
            for (ConfigProblem p : ex.problems()) {
                boolean wholeDistribution = key.startsWith(p.keyPath() + ".") && p.message().startsWith("a distribution");
                problems.add(at, path, "at " + Schema.number(((Number) value).doubleValue()) + " the base scenario is"
                        + " invalid: " + (p.keyPath().isEmpty() || p.keyPath().equals(key) ? "" : p.keyPath() + ": ")
                        + p.message() + (wholeDistribution ? " (state the whole distribution in the base scenario to fit"
                        + " one of its numbers)" : ""));
            }
        }
    }

    /** What the schema says of a key path: whole-number or not, its allowed range, or why it cannot be fitted. */
    private record NumericKey(boolean integer, Range range, String problem) {
    }

    /** Walks the scenario schema along {@code path}; a number key, or a number inside a distribution. */
    static NumericKey numericKey(String path) {
        if (path.contains("[")) {
            return new NumericKey(false, null, "list entries cannot be calibrated yet: the calibrated scenario could not"
                    + " state only the fitted value of one entry (got " + path + ")");
        }
        String[] tokens = path.split("\\.", -1);
        ObjectType type = ScenarioSchema.SCENARIO;
        for (int i = 0; i < tokens.length; i++) {
            Field f = type.field(tokens[i]);
            if (f == null || f.loaderOnly()) {
                return new NumericKey(false, null, "unknown scenario key '" + tokens[i] + "'"
                        + ConfigProblems.suggestion(tokens[i], type.keys()));
            }
            boolean last = i == tokens.length - 1;
            switch (f.kind()) {
                case OBJECT -> {
                    if (last) {
                        return new NumericKey(false, null, "is a mapping, not a number: name one of its keys ("
                                + String.join(", ", f.object().keys()) + ")");
                    }
                    type = f.object();
                }
                case DIST -> {
                    if (i != tokens.length - 2) {
                        return new NumericKey(false, null, "is a distribution: name one of its numbers, e.g. " + path
                                + (last ? ".mean" : ""));
                    }
                    return new NumericKey(false, null, null);
                }
                case INT, LONG, DOUBLE -> {
                    if (!last) {
                        return new NumericKey(false, null, "'" + tokens[i] + "' is a number and has no keys below it");
                    }
                    return new NumericKey(f.kind() != Kind.DOUBLE, f.range().isAny() ? null : f.range(), null);
                }
                default -> {
                    return new NumericKey(false, null, "is not a numeric scenario key (it takes " + f.kind().label
                            + ")");
                }
            }
        }
        return new NumericKey(false, null, "empty key path");
    }
}
