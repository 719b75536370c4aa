package cogov.cli;

import cogov.config.ExperimentLoader;
import cogov.config.ExperimentSpec;
import cogov.experiment.RunSpec;
import cogov.experiment.ScenarioSource;
import cogov.experiment.SlurmClient;
import cogov.experiment.SlurmJob;
import cogov.experiment.Sweep;
import cogov.experiment.SweepException;
import cogov.output.FolderLayout;
import cogov.output.Format;
import cogov.output.report.Report;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cogov slurm EXPERIMENT --tasks N}: a sweep as a Slurm job array, merged when it has ended. */
@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = {"Run an experiment as a Slurm job array from a login node: task k of N runs"
                + " 'cogov sweep --shard k/N' into OUT/shards/shard-k.",
            "Writes OUT/slurm/sweep.sbatch (logs in OUT/slurm/logs/), submits it with sbatch, prints the job id"
                + " and records it in OUT/slurm/jobs.txt. With --wait, merges the shards into OUT (the same"
                + " files as 'cogov sweep') and writes the report.",
            "Assumes a filesystem shared by login and compute nodes, Java 17 on the nodes ($JAVA, else java on"
                + " the PATH) and target/cogov.jar built once with './cogov --version'.",
            "Exit codes: 0 submitted (and, with --wait, merged), 1 shards failed or internal error,"
                + " 2 bad input or no sbatch."})
final class SlurmCommand extends CogovCommand {

    static final String NO_SBATCH = "sbatch not found: cogov slurm needs a Slurm login node; use --dry-run to only"
            + " write the script, or run `cogov sweep --shard i/n` yourself";
    private static final Duration POLL = Duration.ofSeconds(1);

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXPERIMENT", description = "Experiment YAML file.")
    Path experimentFile;

    @Option(names = "--tasks", paramLabel = "N", description = "Array tasks, one shard each (required unless --resume).")
    Integer tasks;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder, new or empty (default: results/<experiment>/); on the shared filesystem.")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR", description = "Resubmit only the shards of DIR that are missing"
            + " or failed (settings as recorded; --partition, --time, --cpus-per-task, --mem override them).")
    Path resume;

    @Mixin
    SlurmResources resources = new SlurmResources();

    @Option(names = "--wait", description = "Wait until the array has ended, then merge the shards into OUT and"
            + " write the report.")
    boolean waitForJob;

    @Option(names = "--dry-run", description = "Only write the sbatch script and print its path; submit nothing.")
    boolean dryRun;

    @Option(names = "--no-report", description = "With --wait, do not write the HTML report after merging.")
    boolean noReport;

    @Override
    protected int execute() throws Exception {
        checkOptions();
        Optional<SlurmClient> client = SlurmClient.find(System.getenv("PATH"));
        if (client.isEmpty() && !dryRun) {
            throw new UserException(NO_SBATCH);
        }
        SlurmJob.Settings settings = resume != null ? resumedSettings() : newSettings();
        ExperimentSpec spec = ExperimentLoader.load(settings.experiment());
        Sweep sweep = new Sweep(spec, ScenarioFiles.readBytes(settings.experiment(), "experiment"),
                ScenarioSource.of(spec.base()),
                main().engine()::run);
        sweep.scenarios();
        SlurmJob job = new SlurmJob(settings);
        List<RunSpec> plan = sweep.plan();
        List<Integer> shards = resume != null ? job.incompleteShards(plan) : job.allShards();
        if (resume != null && shards.isEmpty()) {
            err().println("cogov: all " + settings.tasks() + " shards in " + job.settings().out()
                    + " are complete; nothing to resubmit");
            return dryRun ? ExitCodes.OK : mergeAndReport(job, sweep, plan);
        }
        if (resume != null && client.isPresent() && !dryRun) {
            refuseWhileActive(job, client.get());
        }
        Path script = job.writeScript(shards, resume != null);
        if (dryRun) {
            out().println(script);
            out().flush();
            return ExitCodes.OK;
        }
        String jobId = client.get().submit(script);
        job.recordJob(jobId, shards, script);
        err().println("cogov: submitted " + script + " (array " + SlurmJob.arraySpec(shards) + " of "
                + settings.tasks() + " shards); job ids in " + job.jobsFile());
        err().flush();
        out().println(jobId);
        out().flush();
        if (!waitForJob) {
            err().println("cogov: when it has ended, merge with 'cogov slurm --resume " + settings.out()
                    + " --wait' (it resubmits failed shards first)");
            err().flush();
            return ExitCodes.OK;
        }
        client.get().await(jobId, POLL);
        List<SlurmClient.TaskState> states = client.get().states(jobId);
        if (!states.isEmpty()) {
            err().println("cogov: job " + jobId + " ended: " + states.stream()
                    .map(s -> s.task() + " " + s.state()).collect(Collectors.joining(", ")));
            err().flush();
        }
        return mergeAndReport(job, sweep, plan);
    }

    private void checkOptions() {
        if (resume != null) {
            if (experimentFile != null || tasks != null || out != null) {
                throw new UserException("--resume DIR takes the experiment, --tasks and --out recorded in DIR;"
                        + " give none of them");
            }
        } else {
            if (experimentFile == null) {
                throw new UserException("an EXPERIMENT file is required (or --resume DIR)");
            }
            if (tasks == null || tasks < 1) {
                throw new UserException("--tasks N (at least 1) is required");
            }
        }
        resources.check();
        String problem = SlurmJob.scriptProblem(experimentFile, out, null, resources.partition, resources.time,
                resources.mem);
        if (problem != null) {
            throw new UserException(problem);
        }
    }

    private SlurmJob.Settings newSettings() throws Exception {
        SweepCommand.requireReadable(experimentFile);
        ExperimentSpec spec = ExperimentLoader.load(experimentFile);
        Path target = out != null ? out : main().resultsRoot().resolve(spec.name());
        if (!SlurmJob.isFresh(target)) {
            throw new UserException(target + " exists and is not empty; choose another --out, or resubmit its"
                    + " missing shards with 'cogov slurm --resume " + target + "'");
        }
        return settings(experimentFile, target, main().cogovJar(), tasks, resources.partition, resources.time,
                resources.cpusPerTask, resources.mem);
    }

    private SlurmJob.Settings resumedSettings() throws IOException {
        SlurmJob.Settings old;
        try {
            old = SlurmJob.load(resume.toAbsolutePath());
        } catch (NoSuchFileException e) {
            throw new UserException("cannot resume '" + resume + "': " + e.getReason());
        }
        SweepCommand.requireReadable(old.experiment());
        return settings(old.experiment(), old.out(), main().cogovJar(), old.tasks(),
                resources.partition != null ? resources.partition : old.partition(),
                resources.time != null ? resources.time : old.time(),
                resources.cpusPerTask != null ? resources.cpusPerTask : old.cpusPerTask(),
                resources.mem != null ? resources.mem : old.mem());
    }

    /** Settings whose values can all be written into the batch script, else a clear refusal. */
    private static SlurmJob.Settings settings(Path experiment, Path out, Path jar, int tasks, String partition,
            String time, Integer cpusPerTask, String mem) {
        String problem = SlurmJob.scriptProblem(experiment.toAbsolutePath(), out.toAbsolutePath(),
                jar.toAbsolutePath(), partition, time, mem);
        if (problem != null) {
            throw new UserException(problem);
        }
        return new SlurmJob.Settings(experiment, out, jar, tasks, partition, time, cpusPerTask, mem);
    }

    private static void refuseWhileActive(SlurmJob job, SlurmClient client) throws Exception {
        for (String id : job.recordedJobs()) {
            if (client.active(id)) {
                throw new UserException("job " + id + " of " + job.settings().out() + " is still queued or running;"
                        + " wait for it (or scancel it) before resubmitting");
            }
        }
    }

    private int mergeAndReport(SlurmJob job, Sweep sweep, List<RunSpec> plan) throws Exception {
        List<Integer> incomplete = job.incompleteShards(plan);
        Path target = job.settings().out();
        if (!incomplete.isEmpty()) {
            err().println("cogov: shard(s) " + incomplete.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + " of " + job.settings().tasks()
                    + " failed or are incomplete (logs in " + job.logsDir() + ")");
        }
        Sweep.Result result;
        try {
            result = job.merge(sweep);
        } catch (SweepException e) {
            err().println("cogov: " + e.getMessage());
            err().println("cogov: resubmit the missing shards with 'cogov slurm --resume " + target + " --wait'");
            err().flush();
            return ExitCodes.INTERNAL_ERROR;
        }
        err().printf("cogov: merged %d shards into %s: %d runs, %d failed%n", job.settings().tasks(), target,
                result.planned(), result.failed());
        err().flush();
        if (!noReport) {
            Path html = Report.write(target, EnumSet.allOf(Format.class), target.resolve(FolderLayout.REPORT_DIR));
            err().println("cogov: report written: " + html);
            err().flush();
        }
        out().println("Results in " + target);
        out().flush();
        if (result.failed() > 0 || !incomplete.isEmpty()) {
            err().println("cogov: 'cogov slurm --resume " + target + " --wait' resubmits the failed shards");
            err().flush();
            return ExitCodes.INTERNAL_ERROR;
        }
        return ExitCodes.OK;
    }

    /** The running jar itself, or {@code cogov.jar} beside a classes folder ({@code target/classes}). */
    static Path jarFor(Path location) {
        return Files.isRegularFile(location) ? location : location.resolveSibling("cogov.jar");
    }

    /**
     * The jar the array tasks run: the running jar, or {@code target/cogov.jar} beside the classes folder
     * when cogov runs from classes (an IDE, the tests).
     */
    static Path cogovJar() {
        Path location;
        try {
            location = Path.of(SlurmCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new UserException("cannot tell where cogov runs from (" + e.getMessage() + "); run it with"
                    + " the ./cogov launcher");
        }
        Path jar = jarFor(location);
        if (!Files.isRegularFile(jar)) {
            throw new UserException("cannot find target/cogov.jar next to " + location
                    + " (the jar the array tasks run); build it once on the login node with './cogov --version'");
        }
        return jar.toAbsolutePath().normalize();
    }
}
