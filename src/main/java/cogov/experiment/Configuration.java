package cogov.experiment;

import cogov.mechanism.MechanismType;
import cogov.output.Hashing;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One point of an experiment design: overrides applied to the base scenario. Its id is derived from
 * the overrides' content, so the same configuration has the same id in every sweep and every shard.
 *
 * @param id        {@code c} + the first 10 hex digits of the SHA-256 of {@link #canonical()}
 * @param name      the variant name, or the empty string for factorial and sampled designs
 * @param overrides dotted key path to value, in factor order
 */
public record Configuration(String id, String name, Map<String, Object> overrides) {

    public Configuration {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    /** A configuration whose id is computed from its overrides. */
    public static Configuration of(String name, Map<String, Object> overrides) {
        return new Configuration(idOf(overrides), name, overrides);
    }

    /** The content-derived id of a set of overrides (key order does not matter). */
    public static String idOf(Map<String, Object> overrides) {
        return "c" + Hashing.sha256Hex(canonical(overrides)).substring(0, 10);
    }

    /** One {@code key=value} line per override, keys sorted, strings quoted so "true" differs from true. */
    public static String canonical(Map<String, Object> overrides) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(overrides).forEach((k, v) -> sb.append(k).append('=').append(typed(v)).append('\n'));
        return sb.toString();
    }

    public String canonical() {
        return canonical(overrides);
    }

    private static String typed(Object v) {
        if (v instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
        }
        return Num.value(v);
    }

    /**
     * The name people read in tables and charts: the variant name; otherwise the switched-on mechanisms
     * abbreviated and joined with '+' ("all off" when none), other factors as {@code name=value}.
     */
    public String label() {
        if (!name.isEmpty()) {
            return name;
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        boolean anyMechanism = false;
        for (Map.Entry<String, Object> e : overrides.entrySet()) {
            String[] path = e.getKey().split("\\.");
            if (path.length == 3 && path[0].equals("mechanisms") && path[2].equals("enabled")) {
                anyMechanism = true;
                if (Boolean.TRUE.equals(e.getValue())) {
                    parts.add(MechanismType.ofKey(path[1]).map(MechanismType::shortLabel).orElse(path[1]));
                }
            } else {
                parts.add(path[path.length - 1] + "=" + Num.value(e.getValue()));
            }
        }
        return parts.isEmpty() ? (anyMechanism ? "all off" : id) : String.join("+", parts);
    }
}
