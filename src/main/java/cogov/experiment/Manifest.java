package cogov.experiment;

import cogov.output.AtomicFiles;
import cogov.output.BuildInfo;
import cogov.output.Json;
import cogov.output.JsonObject;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Reads one top-level string field of a manifest, however it is laid out (indented or minified);
     * null when the file, or the field, is absent, or the file is not a JSON object cogov can read
     * (unreadable text, nested deeper than {@link Json#MAX_DEPTH}, larger than 16 MB).
     */
    public static String readString(Path folder, String key) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file) || Files.size(file) > (16L << 20)) {
            return null;
        }
        try {
            Object parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
            return parsed instanceof Map<?, ?> map && map.get(key) instanceof String value ? value : null;
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
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

    /** The cogov version from the build, or "unknown". */
    public static String cogovVersion() {
        return BuildInfo.version();
    }

    /** The git commit the code was built from, or "unknown". */
    public static String gitCommit() {
        return BuildInfo.gitCommit();
    }
}
