package cogov.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cogov.config.Schema.Field;
import cogov.config.Schema.ObjectType;

/**
 * Writes resolved values as YAML in schema key order, with numbers formatted so that reading the text
 * back gives exactly the same values ({@link Double#toString} round-trips). A key absent from the values
 * is left out, which is how a variant states only what differs from its base.
 */
final class ResolvedYamlWriter {

    private ResolvedYamlWriter() {
    }

    static String write(String header, ObjectType type, Map<String, Object> values) {
        return comment(header) + body(type, values);
    }

    /** Each line of {@code text} as a YAML comment line. */
    static String comment(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            sb.append("# ").append(line).append('\n');
        }
        return sb.toString();
    }

    /** The values as YAML mappings, without a header. */
    static String body(ObjectType type, Map<String, Object> values) {
        StringBuilder sb = new StringBuilder();
        object(sb, type, values, 0, null);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void object(StringBuilder sb, ObjectType type, Map<String, Object> values, int indent, String firstPrefix) {
        String prefix = firstPrefix;
        for (Field f : type.fields()) {
            if (f.loaderOnly() || !values.containsKey(f.key())) {
                continue;
            }
            Object v = values.get(f.key());
            sb.append(prefix != null ? prefix : " ".repeat(indent)).append(f.key()).append(':');
            prefix = null;
            switch (f.kind()) {
                case OBJECT -> {
                    sb.append('\n');
                    object(sb, f.object(), (Map<String, Object>) v, indent + 2, null);
                }
                case LIST -> {
                    List<Map<String, Object>> items = (List<Map<String, Object>>) v;
                    if (items.isEmpty()) {
                        sb.append(" []\n");
                    } else {
                        sb.append('\n');
                        for (Map<String, Object> item : items) {
                            object(sb, f.object(), item, indent + 4, " ".repeat(indent + 2) + "- ");
                        }
                    }
                }
                default -> {
                    sb.append(' ').append(scalar(f, v));
                    if (!f.unit().isEmpty()) {
                        sb.append("  # ").append(f.unit());
                    }
                    sb.append('\n');
                }
            }
        }
    }

    private static String scalar(Field f, Object v) {
        return switch (f.kind()) {
            case STRING -> quote((String) v);
            case DIST -> distribution((DistributionSpec) v);
            default -> String.valueOf(v);
        };
    }

    /** Flow-style distribution with parameters in canonical order. */
    static String distribution(DistributionSpec d) {
        if (d.isExplicit()) {
            List<String> values = new ArrayList<>();
            for (Double x : d.values()) {
                values.add(Double.toString(x));
            }
            return "{values: [" + String.join(", ", values) + "]}";
        }
        StringBuilder sb = new StringBuilder("{distribution: ").append(d.distribution());
        DistributionKind kind = DistributionKind.fromKey(d.distribution());
        for (String p : kind.parameters) {
            sb.append(", ").append(p).append(": ").append(Double.toString(d.parameters().get(p)));
        }
        return sb.append('}').toString();
    }

    /** A YAML double-quoted string. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
