package cogov.experiment;

import cogov.output.AtomicFiles;
import cogov.output.BuildInfo;
import cogov.output.FolderLayout;
import cogov.output.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code manifest.json}: what a sweep folder holds and how it was made (experiment and design hashes,
 * seeds, software, machine, timing). Written when a sweep starts and again when it ends; the hashes
 * let {@code --resume} and {@code merge} refuse folders of another experiment.
 */
public final class Manifest {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public Manifest put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    public Object get(String key) {
        return fields.get(key);
    }

    public void write(Path folder) throws IOException {
        AtomicFiles.writeString(folder.resolve(FolderLayout.MANIFEST), Json.write(fields));
    }

    /** Reads one top-level string field of a sweep folder's manifest; null when absent or unreadable. */
    public static String readString(Path folder, String key) throws IOException {
        Path file = folder.resolve(FolderLayout.MANIFEST);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return Json.stringField(Files.readString(file, StandardCharsets.UTF_8), key);
        } catch (IllegalArgumentException e) {
            return null;
        }
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
