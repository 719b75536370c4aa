package cogov.config;

import cogov.config.TargetSpec.ScopeKind;
import cogov.config.TargetSpec.Statistic;
import cogov.config.TargetSpec.Status;
import cogov.config.YamlTree.ListValue;
import cogov.config.YamlTree.MapValue;
import cogov.config.YamlTree.Origin;
import cogov.config.YamlTree.Scalar;
import cogov.config.YamlTree.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a calibration targets file: published figures, each with the metric and scope it is compared
 * with, its uncertainty, its source and how the survey's category maps to the metric. Problems are
 * reported as {@code file:line:col targets[i].key: message}, all at once. See {@code docs/calibration.md}.
 */
public final class TargetsLoader {

    static final List<String> FILE_KEYS = List.of("description", "targets");
    static final List<String> TARGET_KEYS = List.of("name", "metric", "scope", "statistic", "window_days", "value",
            "sd", "interval", "source", "mapping", "holdout", "status");
    /** An interval {@code [low, high]} is read as the value plus or minus two standard deviations (about 95%). */
    public static final double INTERVAL_SDS = 4;
    private static final int DEFAULT_WINDOW = 90;

    private final ConfigProblems problems;
    private final YamlReads reads;
    private final MetricCatalog catalog;
    private final Scenario base;

    private TargetsLoader(ConfigProblems problems, MetricCatalog catalog, Scenario base) {
        this.problems = problems;
        this.reads = new YamlReads(problems);
        this.catalog = catalog;
        this.base = base;
    }

    /**
     * Loads and validates a targets file. {@code base}, when not null, is the scenario the targets are
     * compared with: community and type scopes must exist in it.
     */
    public static List<TargetSpec> load(Path file, MetricCatalog catalog, Scenario base) throws ConfigException {
        ConfigProblems problems = new ConfigProblems();
        List<TargetSpec> targets = read(file, file.toString(), new Origin(file.toString(), 0, 0), "", catalog, base,
                problems);
        problems.throwIfAny();
        return targets;
    }

    /** Reads into {@code problems}; {@code from} locates a missing file (e.g. the key naming it). */
    static List<TargetSpec> read(Path file, String label, Origin from, String fromPath, MetricCatalog catalog,
                                 Scenario base, ConfigProblems problems) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            problems.add(from, fromPath, "cannot read targets file " + label + " ("
                    + (Files.exists(file) ? e.getClass().getSimpleName() : "file not found") + ")");
            return List.of();
        }
        Value root = YamlTree.parse(text, label, problems);
        if (root == null) {
            return List.of();
        }
        return new TargetsLoader(problems, catalog, base).targets(root);
    }

    private List<TargetSpec> targets(Value root) {
        MapValue map = reads.map(root, "", "{targets: [...]}");
        if (map == null) {
            return List.of();
        }
        reads.onlyKeys(map, "", FILE_KEYS);
        if (map.get("description") != null) {
            reads.text(map.get("description"), "description", false);
        }
        Value list = map.get("targets");
        if (!(list instanceof ListValue l) || l.items().isEmpty()) {
            problems.add(list == null ? map.origin() : list.origin(), "targets",
                    list == null ? "required key is missing: the list of targets"
                            : "must be a non-empty list of targets (got " + list.describe() + ")");
            return List.of();
        }
        List<TargetSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < l.items().size(); i++) {
            TargetSpec t = target(l.items().get(i), "targets[" + i + "]");
            if (t != null) {
                if (!names.add(t.name())) {
                    problems.add(l.items().get(i).origin(), "targets[" + i + "].name", "target name used twice (got '"
                            + t.name() + "')");
                }
                out.add(t);
            }
        }
        return out;
    }

    private TargetSpec target(Value v, String path) {
        MapValue m = reads.map(v, path, "{name: ..., metric: ..., value: ..., sd: ..., source: ...}");
        if (m == null) {
            return null;
        }
        reads.onlyKeys(m, path, TARGET_KEYS);
        String name = required(m, path, "name") ? reads.text(m.get("name"), path + ".name", true) : null;
        Status status = m.get("status") == null ? Status.ACTIVE : status(m.get("status"), path + ".status");
        String metric = required(m, path, "metric") ? reads.text(m.get("metric"), path + ".metric", false) : null;
        if (metric != null && status != null) {
            checkMetric(metric, status, m.get("metric"), path + ".metric");
        }
        ScopeKind[] kind = {ScopeKind.COUNTY};
        String unit = m.get("scope") == null ? "county" : scope(m.get("scope"), path + ".scope", kind);
        if (metric != null && status == Status.ACTIVE && catalog.exists(metric) && catalog.countyOnly(metric)
                && kind[0] != ScopeKind.COUNTY) {
            problems.add(m.get("scope").origin(), path + ".scope", "metric " + metric + " is defined county-wide only;"
                    + " use scope: county (got " + m.get("scope").describe() + ")");
        }
        Statistic statistic = m.get("statistic") == null ? Statistic.MEAN : statistic(m.get("statistic"), path + ".statistic");
        int window = m.get("window_days") == null ? DEFAULT_WINDOW
                : (int) reads.whole(m.get("window_days"), path + ".window_days", 1, 100_000, DEFAULT_WINDOW);
        if (base != null && m.get("window_days") != null && window > base.days()) {
            problems.add(m.get("window_days").origin(), path + ".window_days", "is longer than the base scenario's "
                    + base.days() + " days (got " + m.get("window_days").describe() + ")");
        }
        if (m.get("window_days") != null && statistic == Statistic.LAST) {
            problems.add(m.get("window_days").origin(), path + ".window_days", "has no meaning with statistic: last"
                    + " (got " + m.get("window_days").describe() + ")");
        }
        double[] valueAndSd = valueAndSd(m, path);
        String source = required(m, path, "source") ? reads.text(m.get("source"), path + ".source", false) : null;
        String mapping = m.get("mapping") == null ? "" : reads.text(m.get("mapping"), path + ".mapping", false);
        boolean holdout = m.get("holdout") != null && reads.bool(m.get("holdout"), path + ".holdout", false);
        if (name == null || metric == null || status == null || unit == null || statistic == null || valueAndSd == null
                || source == null) {
            return null;
        }
        return new TargetSpec(name, metric, kind[0], unit, statistic, window, valueAndSd[0], valueAndSd[1], valueAndSd[2],
                valueAndSd[3], m.get("value") != null, source, mapping == null ? "" : mapping, holdout, status,
                m.origin().line());
    }

    private boolean required(MapValue m, String path, String key) {
        if (m.get(key) == null) {
            problems.add(m.origin(), ConfigProblems.join(path, key), "required key is missing");
            return false;
        }
        return true;
    }

    private void checkMetric(String metric, Status status, Value v, String path) {
        boolean exists = catalog.exists(metric);
        if (status == Status.ACTIVE && !exists) {
            problems.add(v.origin(), path, "unknown metric" + ConfigProblems.suggestion(metric, catalog.names())
                    + "; a target whose metric the model does not report yet needs status: needs-metric (got "
                    + v.describe() + ")");
        } else if (status == Status.NEEDS_METRIC && exists) {
            problems.add(v.origin(), path, "the model reports this metric now: remove status: needs-metric (got "
                    + v.describe() + ")");
        }
    }

    private Status status(Value v, String path) {
        if (v instanceof Scalar s && s.value() instanceof String text) {
            for (Status st : Status.values()) {
                if (st.key().equals(text)) {
                    return st;
                }
            }
        }
        problems.add(v.origin(), path, "must be active or needs-metric (got " + v.describe() + ")");
        return null;
    }

    private Statistic statistic(Value v, String path) {
        if (v instanceof Scalar s && s.value() instanceof String text) {
            for (Statistic st : Statistic.values()) {
                if (st.key().equals(text)) {
                    return st;
                }
            }
        }
        problems.add(v.origin(), path, "must be mean (over window_days) or last (the final day) (got " + v.describe() + ")");
        return null;
    }

    /** "county", {type: KEY} or {community: NAME}; sets {@code kind[0]}; null after a problem. */
    private String scope(Value v, String path, ScopeKind[] kind) {
        if (v instanceof Scalar s && "county".equals(s.value())) {
            return "county";
        }
        if (!(v instanceof MapValue m) || m.entries().size() != 1
                || !(m.get("type") != null || m.get("community") != null)) {
            if (v instanceof MapValue m2) {
                reads.onlyKeys(m2, path, List.of("type", "community"));
            }
            problems.add(v.origin(), path, "must be county, {type: old-urban|commodity-housing|relocated} or"
                    + " {community: NAME} (got " + v.describe() + ")");
            return null;
        }
        if (m.get("type") != null) {
            kind[0] = ScopeKind.TYPE;
            String type = reads.text(m.get("type"), path + ".type", false);
            if (type == null) {
                return null;
            }
            CommunityType t = CommunityType.fromKey(type);
            if (t == null || !t.key().equals(type)) {
                problems.add(m.get("type").origin(), path + ".type", "unknown community type"
                        + ConfigProblems.suggestion(type, Arrays.stream(CommunityType.values()).map(CommunityType::key).toList()) + " (got " + m.get("type").describe() + ")");
                return null;
            }
            if (base != null && base.communities().stream().noneMatch(c -> c.type() == t)) {
                problems.add(m.get("type").origin(), path + ".type", "the base scenario '" + base.name()
                        + "' has no community of this type (got " + m.get("type").describe() + ")");
                return null;
            }
            return type;
        }
        kind[0] = ScopeKind.COMMUNITY;
        String name = reads.text(m.get("community"), path + ".community", false);
        if (name != null && base != null && base.communities().stream().noneMatch(c -> c.name().equals(name))) {
            problems.add(m.get("community").origin(), path + ".community", "no community of this name in the base"
                    + " scenario '" + base.name() + "'" + ConfigProblems.suggestion(name,
                    base.communities().stream().map(CommunitySpec::name).toList()) + " (got " + m.get("community").describe() + ")");
            return null;
        }
        return name;
    }

    /**
     * {value, sd, low, high}: sd given (low and high NaN), or derived from an interval read as value +- 2 sd;
     * null after a problem.
     */
    private double[] valueAndSd(MapValue m, String path) {
        Value sdValue = m.get("sd");
        Value intervalValue = m.get("interval");
        if (sdValue != null && intervalValue != null) {
            problems.add(intervalValue.origin(), path + ".interval", "give sd or interval, not both (got both)");
            return null;
        }
        if (sdValue == null && intervalValue == null) {
            problems.add(m.origin(), path + ".sd", "required key is missing: every target needs its uncertainty, as sd"
                    + " or as interval: [low, high] (a target without uncertainty cannot be weighed)");
            return null;
        }
        double[] interval = intervalValue == null ? null : reads.interval(intervalValue, path + ".interval");
        double sd = sdValue != null ? reads.positive(sdValue, path + ".sd")
                : interval == null ? Double.NaN : (interval[1] - interval[0]) / INTERVAL_SDS;
        double value;
        if (m.get("value") != null) {
            value = reads.number(m.get("value"), path + ".value");
            if (interval != null && !Double.isNaN(value) && (value < interval[0] || value > interval[1])) {
                problems.add(m.get("value").origin(), path + ".value", "lies outside its interval ["
                        + Schema.number(interval[0]) + ", " + Schema.number(interval[1]) + "] (got "
                        + ((Scalar) m.get("value")).text() + ")");
                return null;
            }
        } else if (interval != null) {
            value = (interval[0] + interval[1]) / 2;
        } else {
            problems.add(m.origin(), path + ".value", "required key is missing (or give interval: [low, high], whose"
                    + " midpoint is then the value)");
            return null;
        }
        if (Double.isNaN(value) || Double.isNaN(sd)) {
            return null;
        }
        return new double[] {value, sd, interval == null ? Double.NaN : interval[0],
            interval == null ? Double.NaN : interval[1]};
    }
}
