package cogov.cli;

import picocli.CommandLine.Option;

/**
 * What a Slurm job asks the cluster for, declared once and mixed into {@code slurm} and {@code calibrate}:
 * {@code --partition}, {@code --time}, {@code --cpus-per-task} and {@code --mem}, with the one check of their
 * values before any of them reaches an sbatch script.
 */
final class SlurmResources {

    @Option(names = "--partition", paramLabel = "P", description = "Slurm partition (default: the cluster's).")
    String partition;

    @Option(names = "--time", paramLabel = "HH:MM:SS", description = "Time limit per job (default: the cluster's).")
    String time;

    @Option(names = "--cpus-per-task", paramLabel = "C",
            description = "CPUs per task: the runs (or threads) each task uses at once (default: the cluster's, usually 1).")
    Integer cpusPerTask;

    @Option(names = "--mem", paramLabel = "M", description = "Memory per node, as sbatch takes it, e.g. 4G.")
    String mem;

    /** Whether any of the options was given. */
    boolean any() {
        return partition != null || time != null || cpusPerTask != null || mem != null;
    }

    /** Rejects a CPU count below 1 and a time limit that is not Slurm's [D-]HH[:MM[:SS]]. */
    void check() throws UserException {
        if (cpusPerTask != null && cpusPerTask < 1) {
            throw new UserException("--cpus-per-task must be at least 1 (got " + cpusPerTask + ")");
        }
        if (time != null && !time.matches("(\\d+-)?\\d+(:\\d{1,2}){0,2}")) {
            throw new UserException("--time must look like HH:MM:SS (got " + time.replaceAll("\\p{Cntrl}", "?") + ")");
        }
    }
}
