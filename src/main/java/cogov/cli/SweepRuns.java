package cogov.cli;

import cogov.config.Scenario;
import cogov.experiment.SweepFolder;
import cogov.output.FolderLayout;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the exact scenario (overrides and seed) of one run of a sweep folder, for {@code run} and {@code gui}. */
final class SweepRuns {
    private SweepRuns() {
    }

    static Scenario scenario(Path sweepDir, String runId) throws Exception {
        SweepFolder folder = new SweepFolder(sweepDir);
        if (!Files.isRegularFile(folder.experimentCopy()) || !Files.isRegularFile(folder.scenarioCopy())) {
            throw new UserException("'" + sweepDir + "' is not a sweep folder (no " + FolderLayout.EXPERIMENT
                    + " and " + FolderLayout.SCENARIO + ")");
        }
        try {
            return folder.scenarioFor(runId);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage() + " in '" + sweepDir + "'");
        }
    }
}
