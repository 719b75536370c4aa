package cogov.experiment;

import cogov.output.AtomicFiles;
import cogov.output.JsonObject;
import cogov.output.BuildInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code manifest.json}: what a sweep folder holds and how it was made (experiment and design hashes,
 * seeds, software, machine, timing). Written when a sweep starts and again when it ends; the hashes
 * let {@code --resume} and {@code merge} refuse folders of another experiment.
 */
public final class Manifest {

    public static final String FILE = "manifest.json";

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public Manifest put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    public Object get(String key) {
        return fields.get(key);
    }

    public void write(Path folder) throws IOException {
        StringBuilder sb = new StringBuilder();
        appendValue(sb, fields, "");
        sb.append('\n');
        AtomicFiles.writeString(folder.resolve(FILE), sb.toString());
    }

    /** Reads one top-level string field of a manifest written by this class; null when absent. */
    public static String readString(Path folder, String key) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return null;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\n  \"" + Pattern.quote(key) + "\": \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
        return m.find() ? unescape(m.group(1)) : null;
    }

    private static void appendValue(StringBuilder sb, Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(indent).append("  ");
                appendString(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                appendValue(sb, e.getValue(), indent + "  ");
                sb.append(++i < map.size() ? ",\n" : "\n");
            }
            sb.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                sb.append(indent).append("  ");
                appendValue(sb, list.get(i), indent + "  ");
                sb.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            sb.append(indent).append(']');
        } else if (value == null) {
            sb.append("null");
        } else if (value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Double d) {
            sb.append(Double.isFinite(d) ? Num.format(d) : "null");
        } else if (value instanceof Number) {
            sb.append(value);
        } else {
            appendString(sb, value.toString());
        }
    }

    private static void appendString(StringBuilder sb, String s) {
        JsonObject.quote(sb, s);
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The cogov version from the build, or "unknown". */
    public static String cogovVersion() {
        return BuildInfo.version();
    }

    /** The git commit the code was built from, or "unknown". */
    public static String gitCommit() {
        return BuildInfo.gitCommit();
    }
}
