package cogov.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files written in several steps (a run's rows arrive day by day) and published in one rename. Whole
 * files written at once go through {@link cogov.output.AtomicFiles} instead; both leave temporaries
 * whose names contain {@link #TMP_MARK}, cleaned when a sweep resumes.
 */
final class AtomicFiles {

    static final String TMP_MARK = ".tmp-";

    private AtomicFiles() {
    }

    static Path tempFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + TMP_MARK + "stream");
    }

    static void writeString(Path target, String text) throws IOException {
        cogov.output.AtomicFiles.writeString(target, text);
    }

    /** Renames a finished temporary file over its target in one step. */
    static void commit(Path tmp, Path target) throws IOException {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
