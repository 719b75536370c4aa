package cogov.output;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code manifest.json}, the provenance of every results folder (a run, a sweep, a calibration), in one
 * format with one writer and one reader over {@link Json}. Every manifest starts with the same block:
 * {@link #FORMAT} (its version), {@link #KIND}, the cogov version and git commit, and the
 * {@link #environment()} (Java, OS, cores, heap); what follows is the kind's own fields (hashes, seeds,
 * design, timing). Seeds are written as numbers and, under a {@code _text} key, as text
 * ({@link Columns#seedText}), since JSON readers in JavaScript and spreadsheets round 64-bit numbers.
 *
 * <pre>{@code
 * Manifest.of(Manifest.Kind.SWEEP).put("experiment_hash", hash).write(folder);
 * String hash = Manifest.readIn(folder).string("experiment_hash");
 * }</pre>
 */
public final class Manifest {

    /** Which results folder a manifest describes. */
    public enum Kind {
        RUN, SWEEP, CALIBRATION;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Key of the format version. */
    public static final String FORMAT = "manifest_format";
    /** This format's version. */
    public static final int VERSION = 1;
    /** Key of the {@link Kind}. */
    public static final String KIND = "kind";
    /** Key of the environment block. */
    public static final String ENVIRONMENT = "environment";
    /** Largest manifest read: a sweep of the 10,000 configurations allowed writes under 4 MB. */
    public static final long MAX_BYTES = 16L << 20;

    private final Map<String, Object> fields;

    private Manifest(Map<String, Object> fields) {
        this.fields = fields;
    }

    /** A new manifest of {@code kind}, its common block filled in. */
    public static Manifest of(Kind kind) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put(FORMAT, VERSION);
        f.put(KIND, kind.key());
        f.put("cogov_version", BuildInfo.version());
        f.put("git_commit", BuildInfo.gitCommit());
        f.put(ENVIRONMENT, environment());
        return new Manifest(f);
    }

    /** A run's manifest: enough to tell which code, input and machine produced a run folder and to repeat it. */
    public static Manifest ofRun(String scenarioName, String sourceFile, long seed, int days, String resolvedSha256,
                                 List<String> commandLine, Instant start, double wallSeconds) {
        return of(Kind.RUN)
                .put("scenario", scenarioName)
                .put("source_file", sourceFile)
                .put("seed", seed)
                .put("seed_text", Columns.seedText(seed))
                .put("days", days)
                .put("resolved_scenario_sha256", resolvedSha256)
                .put("start_time", start.truncatedTo(ChronoUnit.MILLIS).toString())
                .put("wall_time_seconds", Math.round(wallSeconds * 1000) / 1000.0)
                .put("command_line", List.copyOf(commandLine));
    }

    /** Java, OS and hardware of this process: the environment block of every manifest. */
    public static JsonObject environment() {
        return new JsonObject()
                .put("java_version", System.getProperty("java.version"))
                .put("java_vendor", System.getProperty("java.vendor"))
                .put("os", System.getProperty("os.name") + " " + System.getProperty("os.version")
                        + " " + System.getProperty("os.arch"))
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** Sets (or replaces, keeping its place) a field; null values are written as JSON null. */
    public Manifest put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    /** A field as read or put: String, Double (numbers read back), Boolean, List, Map, or null. */
    public Object get(String key) {
        return fields.get(key);
    }

    /** A string field, or null when absent or not a string. */
    public String string(String key) {
        return fields.get(key) instanceof String s ? s : null;
    }

    /** Every field in order (read only). */
    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** The manifest as indented JSON. */
    public String toJson() {
        return Json.write(fields);
    }

    @Override
    public String toString() {
        return toJson();
    }

    /** Writes {@code folder/manifest.json} atomically. */
    public void write(Path folder) throws IOException {
        AtomicFiles.writeString(folder.resolve(FolderLayout.MANIFEST), toJson());
    }

    /**
     * Reads a manifest file (indented or minified), refusing anything that is not one: larger than
     * {@link #MAX_BYTES}, not UTF-8, not a JSON object, nested deeper than {@link Json#MAX_DEPTH}.
     *
     * @throws ManifestFormatException naming the file and what is wrong with it
     */
    public static Manifest read(Path file) throws IOException {
        Object parsed;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ManifestFormatException(file + ": larger than " + (MAX_BYTES >> 20) + " MB; not a cogov manifest");
            }
            parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new ManifestFormatException(file + ": " + e.getMessage());
        } catch (CharacterCodingException e) {
            throw new ManifestFormatException(file + ": not UTF-8 text");
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new ManifestFormatException(file + ": expected a JSON object");
        }
        Map<String, Object> f = new LinkedHashMap<>();
        map.forEach((k, v) -> f.put(String.valueOf(k), v));
        return new Manifest(f);
    }

    /**
     * The manifest of {@code folder}, or null when it has none or an unreadable one: for checks that
     * treat "no manifest" and "not a manifest" alike (resume, merge, repeating a run).
     */
    public static Manifest readIn(Path folder) throws IOException {
        Path file = folder.resolve(FolderLayout.MANIFEST);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return read(file);
        } catch (ManifestFormatException e) {
            return null;
        }
    }

    /** A top-level string field of {@code folder}'s manifest, or null (see {@link #readIn}). */
    public static String readString(Path folder, String key) throws IOException {
        Manifest m = readIn(folder);
        return m == null ? null : m.string(key);
    }

    /** A JSON scalar as text; integral numbers without a trailing ".0". */
    public static String scalar(Object v) {
        if (v instanceof Double d) {
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return String.format(Locale.ROOT, "%d", d.longValue());
            }
            return d.toString();
        }
        return String.valueOf(v);
    }

    /** A file that is not a readable manifest; the message names it and why. */
    public static final class ManifestFormatException extends IOException {
        private static final long serialVersionUID = 1L;

        public ManifestFormatException(String message) {
            super(message);
        }
    }
}
