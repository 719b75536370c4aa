package cogov.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * cogov's one JSON reader and writer, for the files it writes itself (run and sweep {@code manifest.json}).
 * The reader is a strict recursive-descent parser: any whitespace or none (minified JSON is fine),
 * nesting bounded by {@link #MAX_DEPTH}; objects become insertion-ordered maps, arrays lists, numbers
 * {@code Double}, true/false/null their Java values. The writer prints two-space-indented JSON with
 * numbers in cogov's shortest round-trip form ({@link CsvNumbers#format}) and non-finite numbers as
 * null. It exists so manifests need no extra dependency.
 */
public final class Json {

    /** Deepest nesting of objects and arrays the reader accepts. */
    public static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;
    private int depth;

    private Json(String text) {
        this.text = text;
    }

    /** Parses a complete JSON document; throws {@link IllegalArgumentException} with the offset on error. */
    public static Object parse(String text) {
        Json p = new Json(text);
        p.space();
        Object value = p.value();
        p.space();
        if (p.pos != text.length()) {
            throw p.error("trailing characters");
        }
        return value;
    }

    private Object value() {
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return nested(true);
            case '[':
                return nested(false);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || Character.isDigit(c)) {
                    return number();
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    private Object nested(boolean object) {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        Object value = object ? object() : array();
        depth--;
        return value;
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        space();
        if (peek('}')) {
            pos++;
            return map;
        }
        while (true) {
            space();
            if (!peek('"')) {
                throw error("expected a string key");
            }
            String key = string();
            space();
            expect(':');
            space();
            map.put(key, value());
            space();
            if (peek(',')) {
                pos++;
            } else {
                expect('}');
                return map;
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        space();
        if (peek(']')) {
            pos++;
            return list;
        }
        while (true) {
            space();
            list.add(value());
            space();
            if (peek(',')) {
                pos++;
            } else {
                expect(']');
                return list;
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("bad unicode escape");
                    }
                    sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> sb.append(e);
            }
        }
        throw error("unterminated string");
    }

    private Double number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        try {
            return Double.valueOf(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw error("bad number");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("expected " + word);
        }
        pos += word.length();
        return value;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void space() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Parses a document that must be a JSON object; throws {@link IllegalArgumentException} otherwise. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        if (parse(text) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("JSON: the document is not an object");
    }

    /** The top-level string field {@code key} of a JSON object document; null when absent, not a string or not an object. */
    public static String stringField(String text, String key) {
        return parse(text) instanceof Map<?, ?> map && map.get(key) instanceof String v ? v : null;
    }

    /**
     * {@code value} as two-space-indented JSON with a final newline: maps and {@link JsonObject}s as objects
     * (keys in their order), collections as arrays (on one line unless they hold objects), strings,
     * numbers, booleans and null.
     */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value, "");
        return sb.append('\n').toString();
    }

    static void append(StringBuilder sb, Object value, String indent) {
        if (value instanceof JsonObject o) {
            value = o.fields();
        }
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            JsonObject.quote(sb, s);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            sb.append(Double.isFinite(d) ? CsvNumbers.format(d) : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> map) {
            appendObject(sb, map, indent);
        } else if (value instanceof Collection<?> items) {
            appendArray(sb, items, indent);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void appendObject(StringBuilder sb, Map<?, ?> map, String indent) {
        if (map.isEmpty()) {
            sb.append("{}");
            return;
        }
        String inner = indent + "  ";
        sb.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            sb.append(inner);
            JsonObject.quote(sb, String.valueOf(e.getKey()));
            sb.append(": ");
            append(sb, e.getValue(), inner);
            sb.append(++i < map.size() ? ",\n" : "\n");
        }
        sb.append(indent).append('}');
    }

    private static void appendArray(StringBuilder sb, Collection<?> items, String indent) {
        boolean holdsObjects = false;
        for (Object item : items) {
            holdsObjects |= item instanceof Map || item instanceof JsonObject;
        }
        if (!holdsObjects) {
            sb.append('[');
            int i = 0;
            for (Object item : items) {
                if (i++ > 0) {
                    sb.append(", ");
                }
                append(sb, item, indent);
            }
            sb.append(']');
            return;
        }
        String inner = indent + "  ";
        sb.append("[\n");
        int i = 0;
        for (Object item : items) {
            sb.append(inner);
            append(sb, item, inner);
            sb.append(++i < items.size() ? ",\n" : "\n");
        }
        sb.append(indent).append(']');
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("JSON: " + message + " at offset " + pos);
    }
}
