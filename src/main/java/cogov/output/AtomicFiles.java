package cogov.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files that are replaced in one step: written to a hidden temporary sibling, then renamed over the
 * target. Readers (and a crash) see the old content or the new, never half of it. Whole files go through
 * {@link #write}; files written in several steps (a run's rows arrive day by day) are streamed to
 * {@link #tempFor} and published with {@link #commit}. Every temporary's name contains {@link #TMP_MARK},
 * so an interrupted sweep's leftovers can be found and cleaned.
 */
public final class AtomicFiles {

    /** Part of every temporary file's name. */
    public static final String TMP_MARK = ".tmp-";

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
        Path temp = TempPaths.newFile(parent, "." + absolute.getFileName() + TMP_MARK, "");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                action.write(out);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The temporary sibling a streamed file is written to before {@link #commit}. */
    public static Path tempFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + TMP_MARK + "stream");
    }

    /** Renames a finished temporary file over its target in one step. */
    public static void commit(Path tmp, Path target) throws IOException {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
