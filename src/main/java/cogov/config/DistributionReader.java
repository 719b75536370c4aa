package cogov.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cogov.config.Schema.Range;
import cogov.config.YamlTree.Entry;
import cogov.config.YamlTree.ListValue;
import cogov.config.YamlTree.MapValue;
import cogov.config.YamlTree.Scalar;
import cogov.config.YamlTree.Value;

/**
 * Reads the distribution syntax: {@code {distribution: NAME, PARAM: value, ...}}, {@code {values: [...]}}
 * or a bare list (explicit values), checking names, parameters and their constraints.
 */
final class DistributionReader {

    static final String NAME_KEY = "distribution";
    static final String VALUES_KEY = "values";

    private DistributionReader() {
    }

    /** True for a mapping that states a whole distribution, so {@code extends} replaces rather than merges it. */
    static boolean isWholeDistribution(MapValue map) {
        return map.get(NAME_KEY) != null || map.get(VALUES_KEY) != null;
    }

    static DistributionSpec read(Value v, String path, Range explicitRange, ConfigProblems problems) {
        if (v instanceof ListValue list) {
            return values(list, ConfigProblems.join(path, VALUES_KEY), explicitRange, problems);
        }
        if (!(v instanceof MapValue map)) {
            problems.add(v.origin(), path, "must be a distribution such as {distribution: normal, mean: 0.5, sd: 0.1}"
                    + " or a list of values (got " + v.describe() + ")");
            return null;
        }
        Value name = map.get(NAME_KEY);
        Value values = map.get(VALUES_KEY);
        if (values != null && name == null) {
            for (Entry e : map.entries().values()) {
                if (!e.key().equals(VALUES_KEY)) {
                    problems.unknownKey(e.keyOrigin(), ConfigProblems.join(path, e.key()), e.key(), List.of(VALUES_KEY));
                }
            }
            if (!(values instanceof ListValue list)) {
                problems.add(values.origin(), ConfigProblems.join(path, VALUES_KEY),
                        "must be a list of numbers (got " + values.describe() + ")");
                return null;
            }
            return values(list, ConfigProblems.join(path, VALUES_KEY), explicitRange, problems);
        }
        if (name == null) {
            problems.add(map.origin(), path, "a distribution needs 'distribution: NAME' with its parameters, or"
                    + " 'values: [...]' (got keys " + String.join(", ", map.entries().keySet()) + ")");
            return null;
        }
        return named(map, name, path, problems);
    }

    private static DistributionSpec named(MapValue map, Value name, String path, ConfigProblems problems) {
        String namePath = ConfigProblems.join(path, NAME_KEY);
        DistributionKind kind = name instanceof Scalar s && s.value() instanceof String text
                ? DistributionKind.fromKey(text) : null;
        if (kind == null) {
            String hint = name instanceof Scalar s ? ConfigProblems.suggestion(s.text(), DistributionKind.keys()) : "";
            if (!hint.contains("allowed")) {
                hint = hint + " (allowed: " + String.join(", ", DistributionKind.keys()) + ")";
            }
            problems.add(name.origin(), namePath, "unknown distribution" + hint + " (got " + name.describe() + ")");
            return null;
        }
        Map<String, Double> params = new HashMap<>();
        boolean ok = true;
        for (Entry e : map.entries().values()) {
            String key = e.key();
            String keyPath = ConfigProblems.join(path, key);
            if (key.equals(NAME_KEY)) {
                continue;
            }
            if (!kind.parameters.contains(key)) {
                problems.add(e.keyOrigin(), keyPath, "unknown parameter for " + kind.key
                        + ConfigProblems.suggestion(key, kind.parameters));
                ok = false;
                continue;
            }
            Double d = SchemaValidator.number(e.value(), keyPath, problems);
            if (d == null) {
                ok = false;
            } else {
                params.put(key, d);
            }
        }
        for (String p : kind.parameters) {
            if (map.get(p) == null) {
                problems.add(map.origin(), ConfigProblems.join(path, p), kind.key + " needs parameter '" + p + "' ("
                        + kind.key + "(" + String.join(", ", kind.parameters) + "))");
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        List<String[]> violations = kind.violations(params);
        for (String[] violation : violations) {
            Value at = map.get(violation[0]);
            problems.add(at.origin(), ConfigProblems.join(path, violation[0]),
                    violation[1] + " (got " + ((Scalar) at).text() + ")");
        }
        return violations.isEmpty() ? new DistributionSpec(kind.key, params, List.of()) : null;
    }

    private static DistributionSpec values(ListValue list, String path, Range range, ConfigProblems problems) {
        if (list.items().isEmpty()) {
            problems.add(list.origin(), path, "must list at least one value (got an empty list)");
            return null;
        }
        List<Double> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            Value item = list.items().get(i);
            String itemPath = path + "[" + i + "]";
            Double d = SchemaValidator.number(item, itemPath, problems);
            if (d == null) {
                ok = false;
            } else if (!range.contains(d)) {
                problems.add(item.origin(), itemPath, "must be " + range.describe() + " (got " + ((Scalar) item).text() + ")");
                ok = false;
            } else {
                out.add(d);
            }
        }
        return ok ? DistributionSpec.ofValues(out) : null;
    }
}
