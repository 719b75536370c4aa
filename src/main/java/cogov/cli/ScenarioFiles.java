package cogov.cli;

import cogov.config.InputFiles;
import java.nio.file.Path;

/** Checks made on an input path before the loader sees it, so the message names the real cause. */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /** Throws a {@link UserException} saying why scenario {@code file} cannot be read, if it cannot. */
    static void requireReadable(Path file) {
        requireReadable(file, "scenario");
    }

    /** Like {@link #requireReadable(Path)} for a file of another kind ({@code what}: "experiment"). */
    static void requireReadable(Path file, String what) {
        try {
            InputFiles.check(file);
        } catch (InputFiles.UnreadableException e) {
            throw new UserException("cannot read " + what + " '" + file + "': " + e.getMessage());
        }
    }

    /** The bytes of input {@code file}, read as {@link InputFiles} reads every input. */
    static byte[] readBytes(Path file, String what) {
        try {
            return InputFiles.readBytes(file);
        } catch (InputFiles.UnreadableException e) {
            throw new UserException("cannot read " + what + " '" + file + "': " + e.getMessage());
        }
    }
}
