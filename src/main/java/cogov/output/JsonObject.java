package cogov.output;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small ordered JSON object for manifests: values are strings, numbers, booleans, null, nested
 * {@code JsonObject}s or maps, and collections of those; written by {@link Json#write}.
 */
public final class JsonObject {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** Adds or replaces a field; returns this for chaining. */
    public JsonObject put(String key, Object value) {
        if (!(value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof JsonObject || value instanceof Map || value instanceof Collection)) {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName() + " for " + key);
        }
        fields.put(key, value);
        return this;
    }

    /** Pretty-printed with two-space indentation and a final newline ({@link Json#write}). */
    @Override
    public String toString() {
        return Json.write(this);
    }

    /** The fields in insertion order. */
    Map<String, Object> fields() {
        return fields;
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
