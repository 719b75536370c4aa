package cogov.cli;

import cogov.config.ExperimentLoader;
import cogov.config.ExperimentSpec;
import cogov.experiment.ScenarioSource;
import cogov.experiment.Sweep;
import cogov.experiment.SweepException;
import cogov.experiment.SweepFolder;
import cogov.output.FolderLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cogov merge OUT SHARD_DIR...}: the shards of one sweep into a folder equal to an unsharded sweep. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge the folders of 'cogov sweep --shard i/n' into one sweep folder.",
            "Checks that every shard belongs to the same experiment and design and names any missing run;"
                + " the aggregates are then byte-identical to those of an unsharded sweep."})
final class MergeCommand extends CogovCommand {

    @Parameters(index = "0", paramLabel = "OUT", description = "Folder to create (must be new or empty).")
    Path out;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SHARD_DIR", description = "Shard folders.")
    List<Path> shards;

    @Override
    protected int execute() throws Exception {
        SweepFolder first = new SweepFolder(shards.get(0));
        if (!Files.isRegularFile(first.experimentCopy()) || !Files.isRegularFile(first.scenarioCopy())) {
            throw new UserException("'" + shards.get(0) + "' is not a sweep folder (no "
                    + FolderLayout.EXPERIMENT + " and " + FolderLayout.SCENARIO + ")");
        }
        ExperimentSpec spec = ExperimentLoader.load(first.experimentCopy(), first.scenarioCopy());
        Sweep sweep = new Sweep(spec, first.originalExperimentBytes(), ScenarioSource.of(first.scenarioCopy()),
                main().engine()::run);
        Sweep.Result result;
        try {
            result = sweep.merge(out, shards);
        } catch (SweepException e) {
            throw new UserException(e.getMessage());
        }
        err().printf("cogov: merged %d shards: %d runs, %d failed%n", shards.size(), result.planned(), result.failed());
        err().flush();
        out().println("Results in " + out);
        out().flush();
        return ExitCodes.OK;
    }
}
