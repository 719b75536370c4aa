package cogov.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either nothing or the whole file: text goes to a temporary sibling
 * (named {@code .<name>.tmp}, cleaned on resume) which is then renamed over the target.
 */
final class AtomicFiles {

    /** A step that writes text and may fail with an I/O error. */
    @FunctionalInterface
    interface Body {
        void write(Writer out) throws IOException;
    }

    static final String TMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    static Path tempFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + TMP_SUFFIX);
    }

    static void write(Path target, Body body) throws IOException {
        Path tmp = tempFor(target);
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            body.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        commit(tmp, target);
    }

    static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }

    /** Renames a finished temporary file over its target in one step. */
    static void commit(Path tmp, Path target) throws IOException {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
