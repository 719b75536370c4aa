package cogov.output;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small ordered JSON object for manifests: values are strings, numbers, booleans, null, nested
 * {@code JsonObject}s and collections of those. Enough for provenance files without a JSON library.
 */
public final class JsonObject {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** Adds or replaces a field; returns this for chaining. */
    public JsonObject put(String key, Object value) {
        if (!(value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof JsonObject || value instanceof Collection)) {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName() + " for " + key);
        }
        fields.put(key, value);
        return this;
    }

    /** Pretty-printed with two-space indentation and a final newline. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        appendObject(sb, this, "");
        return sb.append('\n').toString();
    }

    private static void appendObject(StringBuilder sb, JsonObject object, String indent) {
        if (object.fields.isEmpty()) {
            sb.append("{}");
            return;
        }
        String inner = indent + "  ";
        sb.append("{\n");
        int i = 0;
        for (Map.Entry<String, Object> e : object.fields.entrySet()) {
            sb.append(inner);
            quote(sb, e.getKey());
            sb.append(": ");
            appendValue(sb, e.getValue(), inner);
            sb.append(++i < object.fields.size() ? ",\n" : "\n");
        }
        sb.append(indent).append('}');
    }

    private static void appendValue(StringBuilder sb, Object value, String indent) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            quote(sb, s);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            sb.append(Double.isFinite(d) ? CsvNumbers.format(d) : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof JsonObject o) {
            appendObject(sb, o, indent);
        } else {
            sb.append('[');
            int i = 0;
            for (Object item : (Collection<?>) value) {
                if (i++ > 0) {
                    sb.append(", ");
                }
                appendValue(sb, item, indent);
            }
            sb.append(']');
        }
    }

    /** Appends {@code s} as a JSON string literal. */
    public static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** {@code s} as a JSON string literal, quotes included. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(sb, s);
        return sb.toString();
    }
}
