package cogov.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks made on a scenario path before the loader sees it, so the message names the real cause. */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /** Throws a {@link UserException} saying why {@code file} cannot be read, if it cannot. */
    static void requireReadable(Path file) {
        String reason = null;
        if (!Files.exists(file)) {
            reason = "No such file";
        } else if (Files.isDirectory(file)) {
            reason = "Is a folder";
        } else if (!Files.isReadable(file)) {
            reason = "Permission denied";
        }
        if (reason != null) {
            throw new UserException("cannot read scenario '" + file + "': " + reason);
        }
    }
}
