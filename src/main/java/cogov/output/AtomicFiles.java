package cogov.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Single files that are replaced in one step: written to a hidden temporary sibling, then renamed
 * over the target. Readers (and a crash) see the old content or the new, never half of it.
 */
public final class AtomicFiles {

    /** Writes the content of one file, given a writer. */
    @FunctionalInterface
    public interface WriterAction {
        void write(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code text} (UTF-8); creates parent folders. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }

    /** Replaces {@code target} with whatever {@code action} writes (UTF-8); creates parent folders. */
    public static void write(Path target, WriterAction action) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temp = TempPaths.newFile(parent, "." + absolute.getFileName() + ".tmp-", "");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                action.write(out);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
