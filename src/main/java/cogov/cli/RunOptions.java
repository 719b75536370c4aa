package cogov.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that choose and adjust one run, declared once and mixed into {@code run} and {@code gui}:
 * {@code --from SWEEP_DIR --run RUN_ID} (one run of a sweep), {@code --seed} and {@code --days}.
 */
final class RunOptions {

    @Option(names = "--from", paramLabel = "SWEEP_DIR",
            description = "Sweep folder to take one run from, bit for bit (with --run).")
    Path fromSweep;

    @Option(names = "--run", paramLabel = "RUN_ID", description = "The run of --from, e.g. c1a2b3c4d5e-r07.")
    String runId;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the scenario's).")
    Long seed;

    @Option(names = "--days", paramLabel = "N", description = "Days to simulate (default: the scenario's).")
    Integer days;

    /** Rejects a non-positive {@code --days}. */
    void checkDays() throws UserException {
        if (days != null && days < 1) {
            throw new UserException("--days must be at least 1 (got " + days + ")");
        }
    }
}
