package cogov.config;

import cogov.config.ExperimentSpec.DesignSpec;
import cogov.config.ExperimentSpec.Factorial;
import cogov.config.ExperimentSpec.Morris;
import cogov.config.ExperimentSpec.Range;
import cogov.config.ExperimentSpec.Robustness;
import cogov.config.ExperimentSpec.Saltelli;
import cogov.config.ExperimentSpec.ReferenceSpec;
import cogov.config.ExperimentSpec.Sample;
import cogov.config.ExperimentSpec.SampleMethod;
import cogov.config.ExperimentSpec.Variant;
import cogov.config.ExperimentSpec.Variants;
import cogov.config.YamlTree.Entry;
import cogov.config.YamlTree.ListValue;
import cogov.config.YamlTree.MapValue;
import cogov.config.YamlTree.Origin;
import cogov.config.YamlTree.Scalar;
import cogov.config.YamlTree.Value;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads experiment YAML into a validated {@link ExperimentSpec}, through the same {@link YamlTree} and
 * {@link ConfigProblems} as scenarios, so problems read {@code file:line:col key.path: message (got X)}.
 * Every override an experiment names is also tried on the base scenario, and a bad key or value is
 * reported at the line of the experiment file where it was written.
 */
public final class ExperimentLoader {

    static final List<String> KEYS = List.of("name", "description", "base", "factors", "variants", "sample",
            "robustness", "replications", "seed", "summary", "reference", "base_posterior");
    /** The file a calibration folder keeps its posterior sample in, and the copy a sweep folder keeps. */
    public static final String POSTERIOR_FILE = "posterior.csv";
    public static final String POSTERIOR_COPY = "base_posterior.csv";
    private static final int MAX_COUNT = 1_000_000;

    private final String label;
    private final ConfigProblems problems = new ConfigProblems();
    /** Overrides to try on the base scenario, with where each was written and its experiment key path. */
    private final List<Probe> probes = new ArrayList<>();

    private record Probe(String key, Object value, Origin origin, String path) {
    }

    private ExperimentLoader(String label) {
        this.label = label;
    }

    /** Loads and validates an experiment file; {@code base} is resolved against the file's folder. */
    public static ExperimentSpec load(Path file) throws ConfigException {
        return load(file, null);
    }

    /**
     * Like {@link #load(Path)} but reading the base scenario from {@code baseOverride} when not null (a
     * sweep folder's resolved copy) instead of the file's {@code base} key.
     */
    public static ExperimentSpec load(Path file, Path baseOverride) throws ConfigException {
        String text;
        try {
            text = InputFiles.readText(file);
        } catch (InputFiles.UnreadableException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), 0, 0, "",
                    "cannot read experiment file: " + e.getMessage()));
        }
        return parse(text, file, baseOverride);
    }

    /** Parses experiment text as if read from {@code file} (which labels messages and anchors {@code base}). */
    public static ExperimentSpec parse(String text, Path file, Path baseOverride) throws ConfigException {
        return new ExperimentLoader(file.toString()).read(text, file, baseOverride);
    }

    private ExperimentSpec read(String text, Path file, Path baseOverride) throws ConfigException {
        Value root = YamlTree.parse(text, label, problems);
        problems.throwIfAny();
        if (!(root instanceof MapValue map)) {
            problems.add(root.origin(), "", "an experiment must be a mapping of keys to values (got "
                    + root.describe() + ")");
            problems.throwIfAny();
            return null;
        }
        if (map.get("base") == null && (map.get(ScenarioSchema.EXTENDS) != null || map.get("communities") != null)) {
            problems.add(map.origin(), "", "this is a scenario file, not an experiment (it has '"
                    + (map.get(ScenarioSchema.EXTENDS) != null ? ScenarioSchema.EXTENDS : "communities")
                    + "' and no 'base'): run it with 'cogov run " + label + "', or write an experiment whose"
                    + " 'base:' is this file");
            problems.throwIfAny();
        }
        for (Entry e : map.entries().values()) {
            if (!KEYS.contains(e.key())) {
                problems.unknownKey(e.keyOrigin(), e.key(), e.key(), KEYS);
            }
        }
        String name = map.get("name") == null ? defaultName(map.origin()) : string(map.get("name"), "name", true);
        String description = map.get("description") == null ? "" : string(map.get("description"), "description", false);
        Path base = baseOverride != null ? baseOverride : base(map, file);
        int replications = map.get("replications") == null ? 1
                : (int) integer(map.get("replications"), "replications", 1, MAX_COUNT);
        long seed = map.get("seed") == null ? 1L : integer(map.get("seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        int window = window(map.get("summary"));
        boolean daily = daily(map.get("summary"));
        DesignSpec design = design(map);
        boolean expandable = checkSize(design, replications, map);
        ReferenceSpec reference = reference(map.get("reference"), design);
        Path posterior = basePosterior(map.get("base_posterior"), file, baseOverride);
        if (expandable) {
            probe(base);
        }
        problems.throwIfAny();
        return new ExperimentSpec(name, description, file, base, design, replications, seed, window, reference,
                posterior, daily);
    }

    /**
     * The posterior sample named by {@code base_posterior: DIR} (a calibration folder), or null. Read from a
     * sweep folder ({@code baseOverride} given), it is the folder's own copy beside the resolved base.
     */
    private Path basePosterior(Value v, Path file, Path baseOverride) {
        if (v == null) {
            return null;
        }
        String text = string(v, "base_posterior", false);
        if (text == null) {
            return null;
        }
        if (baseOverride != null) {
            return baseOverride.toAbsolutePath().getParent().resolve(POSTERIOR_COPY);
        }
        Path dir = file.toAbsolutePath().getParent().resolve(text).normalize();
        Path posterior = dir.resolve(POSTERIOR_FILE);
        if (!Files.isRegularFile(posterior)) {
            problems.add(v.origin(), "base_posterior", "not a finished calibration folder: " + posterior
                    + " is missing (got " + v.describe() + ")");
        }
        return posterior;
    }

    /**
     * Most configurations an enumerated design (factors, variants) may expand to: a guard against an
     * accidental factorial explosion (four factors of 300 values each), checked before anything is expanded.
     */
    public static final int MAX_CONFIGURATIONS = 10_000;
    /**
     * Most points a sampled design (sample, Morris, Saltelli, robustness) may have, counted before
     * coinciding points are merged. Its size is written out, not multiplied up by accident, and
     * designs of 10,000 and more runs are its purpose (Saltelli N = 2,048 with 20 parameters is 45,056
     * points), so the guard is higher; expanding 100,000 points takes about a second and well under 1 GiB.
     */
    public static final int MAX_SAMPLED_POINTS = 100_000;
    /** Most runs (configurations x replications) an experiment may plan. */
    public static final long MAX_RUNS = 1_000_000;

    /**
     * Refuses a design too large to expand or run, counting in {@code long} without expanding it;
     * false when refused (its values are then not tried on the base one by one).
     */
    private boolean checkSize(DesignSpec design, int replications, MapValue map) {
        long configurations;
        String sizeKey = null;
        String formula = null;
        if (design instanceof Factorial f) {
            configurations = f.factors().values().stream().mapToLong(List::size)
                    .reduce(1, (a, b) -> Math.min(a * b, MAX_RUNS + 1));
        } else if (design instanceof Variants v) {
            configurations = v.variants().size();
        } else if (design instanceof Sample sample) {
            configurations = sample.count();
            sizeKey = "count";
        } else if (design instanceof Morris morris) {
            configurations = (long) morris.trajectories() * (morris.ranges().size() + 1);
            sizeKey = "trajectories";
            formula = "r (k + 1) = " + morris.trajectories() + " x " + (morris.ranges().size() + 1);
        } else if (design instanceof Saltelli saltelli) {
            configurations = (long) saltelli.n() * (saltelli.ranges().size() + 2);
            sizeKey = "n";
            formula = "N (k + 2) = " + saltelli.n() + " x " + (saltelli.ranges().size() + 2);
        } else {
            Robustness r = (Robustness) design;
            configurations = (long) r.samples() * r.variants().size();
            sizeKey = "samples";
            formula = r.samples() + " samples x " + r.variants().size() + " variants";
        }
        String key = "";
        Value at = map;
        for (String k : List.of("factors", "variants", "sample", "robustness")) {
            if (key.isEmpty() && map.get(k) != null) {
                key = k;
                at = map.get(k);
            }
        }
        if (sizeKey == null && configurations > MAX_CONFIGURATIONS) {
            problems.add(at.origin(), key, "the design has " + (configurations > MAX_RUNS ? "more than " + MAX_RUNS
                    : configurations) + " configurations; at most " + MAX_CONFIGURATIONS + " are allowed (split the"
                    + " experiment, or use a sample design)");
            return false;
        }
        if (sizeKey != null && configurations > MAX_SAMPLED_POINTS) {
            Value size = at instanceof MapValue m && m.get(sizeKey) != null ? m.get(sizeKey) : at;
            problems.add(size.origin(), key + "." + sizeKey, "the design has " + configurations + " points"
                    + (formula == null ? "" : " (" + formula + ")") + "; a sampled design may have at most "
                    + MAX_SAMPLED_POINTS + " (lower " + key + "." + sizeKey + ", or split the parameters into"
                    + " several experiments)");
            return false;
        }
        if (configurations * replications > MAX_RUNS) {
            problems.add(at.origin(), key, configurations + " configurations x " + replications + " replications = "
                    + configurations * replications + " runs; at most " + MAX_RUNS + " are allowed");
            return false;
        }
        return true;
    }

    /** The file name without {@code .yaml}, when it can name the results folder. */
    private String defaultName(Origin origin) {
        String stem = ScenarioLoader.stem(label);
        String problem = Names.folderNameProblem(stem);
        if (problem != null) {
            problems.add(origin, "name", "required key is missing: the file name '" + ConfigProblems.cut(stem,
                    ConfigProblems.MAX_SHOWN) + "' cannot name the results folder (it " + problem + ")");
        }
        return stem;
    }

    private Path base(MapValue map, Path file) {
        Value v = map.get("base");
        if (v == null) {
            problems.add(map.origin(), "base", "required key is missing: the scenario the experiment starts from");
            return null;
        }
        String text = string(v, "base", false);
        if (text == null) {
            return null;
        }
        Path dir = file.toAbsolutePath().getParent();
        Path base = dir.resolve(text).normalize();
        try {
            InputFiles.check(base);
        } catch (InputFiles.UnreadableException e) {
            String what = e.getMessage().equals("No such file") ? "file not found: " + base
                    : "cannot read " + base + ": " + e.getMessage();
            problems.add(v.origin(), "base", what + " (got " + v.describe() + ")");
        }
        return base;
    }

    private int window(Value v) {
        if (v == null) {
            return 90;
        }
        if (!(v instanceof MapValue m)) {
            problems.add(v.origin(), "summary", "must be a mapping such as {window_days: 90} (got " + v.describe() + ")");
            return 90;
        }
        for (Entry e : m.entries().values()) {
            if (!e.key().equals("window_days") && !e.key().equals("daily")) {
                problems.unknownKey(e.keyOrigin(), "summary." + e.key(), e.key(), List.of("window_days", "daily"));
            }
        }
        Value w = m.get("window_days");
        return w == null ? 90 : (int) integer(w, "summary.window_days", 1, 100_000);
    }

    /** {@code summary.daily}: keep each run's daily rows (default true); false makes a summary-only sweep. */
    private boolean daily(Value v) {
        if (!(v instanceof MapValue m) || m.get("daily") == null) {
            return true;
        }
        Value d = m.get("daily");
        if (d instanceof Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        problems.add(d.origin(), "summary.daily", "must be true or false (got " + d.describe() + ")");
        return true;
    }

    private DesignSpec design(MapValue map) {
        List<String> given = new ArrayList<>();
        for (String k : List.of("factors", "variants", "sample", "robustness")) {
            if (map.get(k) != null) {
                given.add(k);
            }
        }
        if (given.size() > 1) {
            Value second = map.get(given.get(1));
            problems.add(second.origin(), given.get(1), "give only one of factors, variants, sample and robustness (got "
                    + String.join(" and ", given) + ")");
        }
        if (map.get("variants") != null) {
            return variants(map.get("variants"), "variants");
        }
        if (map.get("sample") != null) {
            return sample(map.get("sample"));
        }
        if (map.get("robustness") != null) {
            return robustness(map.get("robustness"));
        }
        return factors(map.get("factors"));
    }

    private Factorial factors(Value v) {
        Map<String, List<Object>> factors = new LinkedHashMap<>();
        if (v == null) {
            return new Factorial(factors);
        }
        if (!(v instanceof MapValue m)) {
            problems.add(v.origin(), "factors", "must map scenario key paths to lists of values (got "
                    + v.describe() + ")");
            return new Factorial(factors);
        }
        for (Entry e : m.entries().values()) {
            String path = "factors." + e.key();
            if (!(e.value() instanceof ListValue list) || list.items().isEmpty()) {
                problems.add(e.value().origin(), path, "must be a non-empty list of values such as [false, true] (got "
                        + e.value().describe() + ")");
                continue;
            }
            List<Object> values = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.items().size(); i++) {
                Value item = list.items().get(i);
                Object scalar = scalar(item, path + "[" + i + "]");
                if (scalar == null || !printableText(scalar, item, path + "[" + i + "]")) {
                    continue;
                }
                if (!seen.add(scalar.getClass().getSimpleName() + ":" + scalar)) {
                    problems.add(item.origin(), path + "[" + i + "]", "value listed twice (got " + item.describe() + ")");
                    continue;
                }
                values.add(scalar);
                probes.add(new Probe(e.key(), scalar, item.origin(), path + "[" + i + "]"));
            }
            factors.put(e.key(), values);
        }
        return new Factorial(factors);
    }

    private Variants variants(Value v, String parent) {
        List<Variant> variants = new ArrayList<>();
        if (!(v instanceof ListValue list) || list.items().isEmpty()) {
            problems.add(v.origin(), parent, "must be a non-empty list of {name, overrides} (got "
                    + v.describe() + ")");
            return new Variants(variants);
        }
        Set<String> names = new HashSet<>();
        Map<String, String> sameOverrides = new HashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            String path = parent + "[" + i + "]";
            Value item = list.items().get(i);
            if (!(item instanceof MapValue m)) {
                problems.add(item.origin(), path, "must be a mapping {name: ..., overrides: {...}} (got "
                        + item.describe() + ")");
                continue;
            }
            for (Entry e : m.entries().values()) {
                if (!e.key().equals("name") && !e.key().equals("overrides")) {
                    problems.unknownKey(e.keyOrigin(), path + "." + e.key(), e.key(), List.of("name", "overrides"));
                }
            }
            String name = m.get("name") == null ? null : string(m.get("name"), path + ".name", true);
            if (m.get("name") == null) {
                problems.add(m.origin(), path + ".name", "required key is missing");
            } else if (name != null && !names.add(name)) {
                problems.add(m.get("name").origin(), path + ".name", "variant name used twice (got " + name + ")");
            }
            Map<String, Object> overrides = overrides(m.get("overrides"), path + ".overrides");
            String same = sameOverrides.putIfAbsent(typedKey(overrides), path);
            if (same != null) {
                problems.add(m.origin(), path, "has the same overrides as " + same
                        + "; each variant must differ from every other");
            }
            variants.add(new Variant(name == null ? "?" : name, overrides));
        }
        return new Variants(variants);
    }

    /** The overrides in key order with each value's type, so {@code true} and {@code 'true'} differ. */
    private static String typedKey(Map<String, Object> overrides) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(overrides).forEach((k, v) -> sb.append(k).append('=').append(v.getClass().getSimpleName())
                .append(':').append(v).append('\n'));
        return sb.toString();
    }

    private Map<String, Object> overrides(Value v, String path) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof MapValue m)) {
            problems.add(v.origin(), path, "must map scenario key paths to values (got " + v.describe() + ")");
            return out;
        }
        for (Entry e : m.entries().values()) {
            Object scalar = scalar(e.value(), path + "." + e.key());
            if (scalar != null && printableText(scalar, e.value(), path + "." + e.key())) {
                out.put(e.key(), scalar);
                probes.add(new Probe(e.key(), scalar, e.value().origin(), path + "." + e.key()));
            }
        }
        return out;
    }

    /** Keys of {@code sample:} per method; {@code method} and {@code ranges} always. */
    private static final Map<SampleMethod, List<String>> SAMPLE_KEYS = Map.of(
            SampleMethod.LHS, List.of("method", "count", "ranges", "uncertain"),
            SampleMethod.SOBOL, List.of("method", "count", "ranges", "uncertain"),
            SampleMethod.MORRIS, List.of("method", "trajectories", "levels", "candidates", "ranges", "uncertain"),
            SampleMethod.SALTELLI, List.of("method", "n", "ranges", "uncertain"));

    private DesignSpec sample(Value v) {
        Map<String, Range> ranges = new LinkedHashMap<>();
        if (!(v instanceof MapValue m)) {
            problems.add(v.origin(), "sample", "must be a mapping {method: lhs|sobol|morris|saltelli, ranges: {...}, ...}"
                    + " (got " + v.describe() + ")");
            return new Sample(SampleMethod.LHS, 1, ranges);
        }
        SampleMethod method = SampleMethod.LHS;
        Value mv = m.get("method");
        if (mv == null) {
            problems.add(m.origin(), "sample.method", "required key is missing (lhs, sobol, morris or saltelli)");
        } else {
            String text = string(mv, "sample.method", false);
            if (text != null) {
                try {
                    method = SampleMethod.valueOf(text.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(mv.origin(), "sample.method", "must be lhs, sobol, morris or saltelli (got "
                            + mv.describe() + ")");
                }
            }
        }
        List<String> allowed = SAMPLE_KEYS.get(method);
        for (Entry e : m.entries().values()) {
            if (!allowed.contains(e.key())) {
                problems.unknownKey(e.keyOrigin(), "sample." + e.key(), e.key(), allowed);
            }
        }
        ranges = ranges(m, "sample");
        return switch (method) {
            case LHS, SOBOL -> new Sample(method, required(m, "count", "sample", 1), ranges);
            case MORRIS -> {
                int trajectories = required(m, "trajectories", "sample", 2);
                yield new Morris(ranges, trajectories, levels(m), candidates(m, trajectories));
            }
            case SALTELLI -> new Saltelli(ranges, saltelliN(m));
        };
    }

    private int required(MapValue m, String key, String parent, int min) {
        if (m.get(key) == null) {
            problems.add(m.origin(), parent + "." + key, "required key is missing");
            return Math.max(1, min);
        }
        return (int) integer(m.get(key), parent + "." + key, min, MAX_SAMPLED_POINTS);
    }

    /** Most candidate trajectories an optimised Morris design may choose from (as {@code MorrisDesign.MAX_CANDIDATES}). */
    public static final int MAX_MORRIS_CANDIDATES = 1_000;

    /**
     * Optional {@code candidates}: the optimised Morris design's pool of random trajectories (0 when
     * absent: random trajectories); at least {@code trajectories}, at most {@link #MAX_MORRIS_CANDIDATES}.
     */
    private int candidates(MapValue m, int trajectories) {
        Value v = m.get("candidates");
        if (v == null) {
            return 0;
        }
        int candidates = (int) integer(v, "sample.candidates", 2, MAX_MORRIS_CANDIDATES);
        boolean valid = v instanceof Scalar s && isInteger(s.value()) && ((Number) s.value()).longValue() >= 2
                && ((Number) s.value()).longValue() <= MAX_MORRIS_CANDIDATES;
        if (valid && candidates < trajectories) {
            problems.add(v.origin(), "sample.candidates", "the optimised design chooses the " + trajectories
                    + " trajectories among the candidates, so it needs at least " + trajectories + " (got "
                    + candidates + "; Campolongo et al. 2007 use 500 to 1000)");
        }
        return candidates;
    }

    /** Morris grid levels: default 4; fewer than 2, or odd, is refused at its line. */
    private int levels(MapValue m) {
        Value v = m.get("levels");
        if (v == null) {
            return 4;
        }
        if (!(v instanceof Scalar s) || !isInteger(s.value())) {
            problems.add(v.origin(), "sample.levels", "must be a whole number (got " + v.describe() + ")");
            return 4;
        }
        long levels = ((Number) s.value()).longValue();
        String problem = levels > 1000 ? "at most 1000 levels (got " + levels + ")"
                : morrisLevelProblem((int) levels);
        if (problem != null) {
            problems.add(v.origin(), "sample.levels", problem);
            return 4;
        }
        return (int) levels;
    }

    /** Why Morris levels are unusable, or null (the rule of {@code cogov.analysis.MorrisDesign}, restated here). */
    static String morrisLevelProblem(int levels) {
        if (levels < 2) {
            return "a Morris design needs at least 2 levels (got " + levels + ")";
        }
        if (levels % 2 != 0) {
            return "Morris levels must be even, so that the step p/(2(p-1)) keeps every level equally likely (got "
                    + levels + "; use " + (levels - 1) + " or " + (levels + 1) + ")";
        }
        return null;
    }

    /** Saltelli base sample size: a power of two (see docs/sensitivity.md), refused otherwise with the nearest two. */
    private int saltelliN(MapValue m) {
        int n = required(m, "n", "sample", 1);
        if (m.get("n") != null && n > 0 && (n & (n - 1)) != 0) {
            int lower = Integer.highestOneBit(n);
            problems.add(m.get("n").origin(), "sample.n", "the Saltelli base sample size N must be a power of two,"
                    + " so that the Sobol points and the convergence subsamples N/2, N/4, ... are balanced (got " + n
                    + "; use " + lower + " or " + lower * 2 + ")");
            return lower;
        }
        return n;
    }

    /** The value of {@code uncertain:} that takes every assumed parameter of the schema with its declared range. */
    static final String ALL_ASSUMPTIONS = "all-assumptions";

    /**
     * The parameters of a sampled design: {@code uncertain: all-assumptions} (every numeric key marked
     * assumption in the scenario schema, with its declared uncertainty range; keys inside lists are left
     * out, since an override names one list item) or {@code uncertain: [key, ...]} (those keys with their
     * declared ranges), then {@code ranges} (key paths to [low, high]), which adds keys or overrides a
     * declared range. Each end of every range is tried on the base scenario.
     */
    private Map<String, Range> ranges(MapValue m, String parent) {
        Map<String, Range> ranges = new LinkedHashMap<>();
        Value uv = m.get("uncertain");
        if (uv != null) {
            declaredRanges(uv, parent + ".uncertain", ranges);
        }
        Value rv = m.get("ranges");
        if (rv == null && uv != null) {
            return ranges;
        }
        if (!(rv instanceof MapValue rm) || rm.entries().isEmpty()) {
            problems.add(rv == null ? m.origin() : rv.origin(), parent + ".ranges",
                    "must map scenario key paths to [low, high], or give uncertain: all-assumptions (got "
                            + (rv == null ? "nothing" : rv.describe()) + ")");
            return ranges;
        }
        for (Entry e : rm.entries().values()) {
            String path = parent + ".ranges." + e.key();
            if (!(e.value() instanceof ListValue l) || l.items().size() != 2
                    || !(l.items().get(0) instanceof Scalar lo) || !(l.items().get(1) instanceof Scalar hi)
                    || !isNumber(lo.value()) || !isNumber(hi.value())) {
                problems.add(e.value().origin(), path, "must be [low, high], two numbers (got " + e.value().describe() + ")");
                continue;
            }
            double low = ((Number) lo.value()).doubleValue();
            double high = ((Number) hi.value()).doubleValue();
            if (!(low < high) || !Double.isFinite(low) || !Double.isFinite(high)) {
                problems.add(e.value().origin(), path, "low must be less than high (got [" + lo.text() + ", "
                        + hi.text() + "])");
                continue;
            }
            boolean integer = isInteger(lo.value()) && isInteger(hi.value());
            ranges.put(e.key(), new Range(low, high, integer));
            probes.add(new Probe(e.key(), lo.value(), lo.origin(), path + "[0]"));
            probes.add(new Probe(e.key(), hi.value(), hi.origin(), path + "[1]"));
        }
        return ranges;
    }

    private void declaredRanges(Value v, String path, Map<String, Range> ranges) {
        List<ScenarioKeys.KeyInfo> keys = new ArrayList<>();
        if (v instanceof Scalar s && ALL_ASSUMPTIONS.equals(s.value())) {
            for (ScenarioKeys.KeyInfo k : ScenarioKeys.parameters()) {
                if (!k.path().contains("[")) {
                    keys.add(k);
                }
            }
        } else if (v instanceof ListValue list && !list.items().isEmpty()) {
            for (int i = 0; i < list.items().size(); i++) {
                Value item = list.items().get(i);
                String key = item instanceof Scalar s && s.value() instanceof String t ? t : null;
                java.util.Optional<ScenarioKeys.KeyInfo> info = key == null ? java.util.Optional.empty()
                        : ScenarioKeys.find(key.replaceAll("\\[\\d+\\]", "[]"));
                if (key == null || info.isEmpty()) {
                    problems.add(item.origin(), path + "[" + i + "]", "not a scenario key (got " + item.describe() + ")");
                } else if (info.get().uncertainty() == null) {
                    problems.add(item.origin(), path + "[" + i + "]", "this key declares no uncertainty range (it is"
                            + " not an assumed number): give its range under ranges (got " + item.describe() + ")");
                } else {
                    keys.add(info.get().at(key));
                }
            }
        } else {
            problems.add(v.origin(), path, "must be all-assumptions or a list of scenario keys (got " + v.describe() + ")");
            return;
        }
        for (ScenarioKeys.KeyInfo k : keys) {
            boolean integer = k.kind() == ScenarioKeys.KeyKind.INTEGER || k.kind() == ScenarioKeys.KeyKind.LONG;
            double lo = k.uncertainty().lo();
            double hi = k.uncertainty().hi();
            if (!(lo < hi)) {
                continue;
            }
            ranges.put(k.path(), new Range(lo, hi, integer));
            Object low = integer ? (Object) Long.valueOf((long) lo) : (Object) Double.valueOf(lo);
            Object high = integer ? (Object) Long.valueOf((long) hi) : (Object) Double.valueOf(hi);
            probes.add(new Probe(k.path(), low, v.origin(), path + " (" + k.path() + " low end)"));
            probes.add(new Probe(k.path(), high, v.origin(), path + " (" + k.path() + " high end)"));
        }
    }

    private static final List<String> ROBUSTNESS_KEYS = List.of("variants", "samples", "ranges", "uncertain",
            "threshold");

    private Robustness robustness(Value v) {
        if (!(v instanceof MapValue m)) {
            problems.add(v.origin(), "robustness", "must be a mapping {variants: [...], samples: N, ranges: {...}}"
                    + " (got " + v.describe() + ")");
            return new Robustness(List.of(), 1, Map.of(), Double.NaN);
        }
        for (Entry e : m.entries().values()) {
            if (!ROBUSTNESS_KEYS.contains(e.key())) {
                problems.unknownKey(e.keyOrigin(), "robustness." + e.key(), e.key(), ROBUSTNESS_KEYS);
            }
        }
        List<Variant> variants = List.of();
        if (m.get("variants") == null) {
            problems.add(m.origin(), "robustness.variants", "required key is missing: the configurations to compare");
        } else {
            variants = variants(m.get("variants"), "robustness.variants").variants();
        }
        int samples = required(m, "samples", "robustness", 2);
        Map<String, Range> ranges = ranges(m, "robustness");
        for (Variant variant : variants) {
            for (String key : variant.overrides().keySet()) {
                if (ranges.containsKey(key)) {
                    problems.add(m.get("ranges").origin(), "robustness.ranges." + key, "also set by variant "
                            + variant.name() + ": a key is either a configuration choice or an uncertain assumption");
                }
            }
        }
        double threshold = Double.NaN;
        Value t = m.get("threshold");
        if (t != null) {
            if (t instanceof Scalar s && isNumber(s.value()) && Double.isFinite(((Number) s.value()).doubleValue())) {
                threshold = ((Number) s.value()).doubleValue();
            } else {
                problems.add(t.origin(), "robustness.threshold", "must be a number: the effect (outcome units, from"
                        + " the reference) below which a configuration disappoints (got " + t.describe() + ")");
            }
        }
        return new Robustness(variants, samples, ranges, threshold);
    }

    private ReferenceSpec reference(Value v, DesignSpec design) {
        if (v == null) {
            return ReferenceSpec.FIRST;
        }
        if (v instanceof Scalar s && s.value() instanceof String name) {
            List<Variant> named = design instanceof Variants vs ? vs.variants()
                    : design instanceof Robustness r ? r.variants() : null;
            if (named == null) {
                problems.add(v.origin(), "reference", "a variant name needs a variants or robustness design (got "
                        + v.describe() + ")");
            } else if (named.stream().noneMatch(x -> x.name().equals(name))) {
                List<String> valid = named.stream().map(Variant::name).filter(n -> !n.equals("?")).toList();
                problems.add(v.origin(), "reference", "no variant of this name" + (valid.isEmpty() ? ""
                        : ConfigProblems.suggestion(name, valid)) + " (got " + v.describe() + ")");
            }
            return new ReferenceSpec(name, null);
        }
        if (design instanceof ExperimentSpec.SampledDesign) {
            problems.add(v.origin(), "reference", "a sampled design has no reference configuration: every point is"
                    + " one draw of the parameters, none is special (got " + v.describe() + ")");
            return ReferenceSpec.FIRST;
        }
        if (!(v instanceof MapValue m) || !(design instanceof Factorial f)) {
            problems.add(v.origin(), "reference", "must be a variant name (variants) or a mapping of factor values"
                    + " (factors) (got " + v.describe() + ")");
            return ReferenceSpec.FIRST;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Entry e : m.entries().values()) {
            String path = "reference." + e.key();
            Object scalar = scalar(e.value(), path);
            List<Object> allowed = f.factors().get(e.key());
            if (allowed == null) {
                problems.unknownKey(e.keyOrigin(), path, e.key(), f.factors().keySet());
            } else if (scalar != null && allowed.stream().noneMatch(a -> a.toString().equals(scalar.toString()))) {
                problems.add(e.value().origin(), path, "not one of this factor's values " + allowed + " (got "
                        + e.value().describe() + ")");
            } else {
                values.put(e.key(), scalar);
            }
        }
        for (String factor : f.factors().keySet()) {
            if (!m.entries().containsKey(factor) && f.factors().get(factor).size() > 1) {
                problems.add(m.origin(), "reference." + factor, "required key is missing: the reference must give"
                        + " a value for every factor with several values");
            }
        }
        return new ReferenceSpec(null, values);
    }

    /** Tries each override alone on the base scenario; problems are moved to where the override was written. */
    private void probe(Path base) {
        if (base == null || !Files.isRegularFile(base)) {
            return;
        }
        try {
            ScenarioLoader.load(base);
        } catch (ConfigException e) {
            e.problems().forEach(this::addProblem);
            return;
        }
        for (Probe p : probes) {
            try {
                ScenarioLoader.load(base, Map.of(p.key(), p.value()));
            } catch (ConfigException e) {
                for (ConfigProblem problem : e.problems()) {
                    if (problem.file().equals(ScenarioLoader.OVERRIDE_LABEL)) {
                        problems.add(p.origin(), p.path(), problem.message());
                    } else {
                        addProblem(problem);
                    }
                }
            }
        }
    }

    private void addProblem(ConfigProblem p) {
        problems.add(new Origin(p.file(), p.line(), p.column()), p.keyPath(), p.message());
    }

    private Object scalar(Value v, String path) {
        if (v instanceof Scalar s && s.value() != null && !(s.value() instanceof BigInteger)) {
            return s.value();
        }
        problems.add(v.origin(), path, "must be a single value: a number, true/false or text (got " + v.describe() + ")");
        return null;
    }

    /** A text factor value becomes a CSV cell and a report label: it must be a valid label. */
    private boolean printableText(Object scalar, Value item, String path) {
        String problem = scalar instanceof String text ? Names.labelProblem(text) : null;
        if (problem != null) {
            problems.add(item.origin(), path, problem + " (got " + item.describe() + ")");
            return false;
        }
        return true;
    }

    private String string(Value v, String path, boolean isName) {
        if (!(v instanceof Scalar s) || !(s.value() instanceof String text) || text.isEmpty()) {
            problems.add(v.origin(), path, "must be non-empty text (got " + v.describe() + ")");
            return null;
        }
        String problem = isName ? Names.folderNameProblem(text) : null;
        if (problem != null) {
            problems.add(v.origin(), path, problem + " (got " + v.describe() + ")");
            return null;
        }
        return text;
    }

    private long integer(Value v, String path, long min, long max) {
        if (!(v instanceof Scalar s) || !isInteger(s.value())) {
            problems.add(v.origin(), path, "must be a whole number (got " + v.describe() + ")");
            return Math.max(min, 1);
        }
        long value = ((Number) s.value()).longValue();
        if (value < min || value > max) {
            problems.add(v.origin(), path, "must be between " + min + " and " + max + " (got " + s.text() + ")");
            return Math.max(min, 1);
        }
        return value;
    }

    private static boolean isInteger(Object o) {
        return o instanceof Integer || o instanceof Long;
    }

    private static boolean isNumber(Object o) {
        return o instanceof Integer || o instanceof Long || o instanceof Double;
    }
}
