package cogov.cli;

import cogov.config.ExperimentLoader;
import cogov.config.ExperimentSpec;
import cogov.config.Scenario;
import cogov.experiment.ScenarioSource;
import cogov.experiment.Sweep;
import cogov.experiment.SweepFolder;
import cogov.output.FolderLayout;
import cogov.output.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the exact scenario (overrides and seed) of one run of a sweep folder, for {@code run} and {@code gui}. */
final class SweepRuns {
    private SweepRuns() {
    }

    /**
     * Refuses a folder whose stored experiment or base scenario no longer hash to what its manifest
     * recorded: re-running from an edited copy would silently reproduce another run.
     */
    static void requireUnchanged(SweepFolder folder) throws Exception {
        String recorded = Manifest.readString(folder.root(), "experiment_hash");
        String recordedDesign = Manifest.readString(folder.root(), "design_hash");
        if (recorded == null || recordedDesign == null) {
            throw new UserException("'" + folder.root() + "' has no readable " + FolderLayout.MANIFEST
                    + " with the sweep's hashes; it cannot be checked, so no run is repeated from it");
        }
        ExperimentSpec spec = ExperimentLoader.load(folder.experimentCopy(), folder.scenarioCopy());
        Sweep sweep = new Sweep(spec, folder.originalExperimentBytes(), ScenarioSource.of(folder.scenarioCopy()),
                (scenario, sink) -> { });
        if (!recorded.equals(sweep.experimentHash()) || !recordedDesign.equals(sweep.design().hash())) {
            throw new UserException("'" + folder.root() + "': " + FolderLayout.EXPERIMENT + " or "
                    + FolderLayout.SCENARIO + " no longer matches the hashes in " + FolderLayout.MANIFEST
                    + " (edited since the sweep ran); refusing to repeat a run from it");
        }
    }

    static Scenario scenario(Path sweepDir, String runId) throws Exception {
        SweepFolder folder = new SweepFolder(sweepDir);
        if (!Files.isRegularFile(folder.experimentCopy()) || !Files.isRegularFile(folder.scenarioCopy())) {
            throw new UserException("'" + sweepDir + "' is not a sweep folder (no " + FolderLayout.EXPERIMENT
                    + " and " + FolderLayout.SCENARIO + ")");
        }
        requireUnchanged(folder);
        try {
            return folder.scenarioFor(runId);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage() + " in '" + sweepDir + "'");
        }
    }
}
