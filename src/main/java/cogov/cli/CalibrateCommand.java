package cogov.cli;

import cogov.calibration.AbcSmc;
import cogov.calibration.Generation;
import cogov.calibration.Shard;
import cogov.config.CalibrationLoader;
import cogov.config.CalibrationSpec;
import cogov.config.TargetSpec;
import cogov.experiment.Calibration;
import cogov.experiment.CalibrationSlurmJob;
import cogov.experiment.CalibrationTargets;
import cogov.experiment.RunPlan;
import cogov.experiment.SlurmClient;
import cogov.experiment.SlurmJob;
import cogov.experiment.SweepException;
import cogov.experiment.SweepTimeEstimate;
import cogov.output.FolderLayout;
import cogov.output.Manifest;
import cogov.output.report.CalibrationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cogov calibrate CALIBRATION}: ABC-SMC of scenario keys against published targets. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Calibrate scenario keys against targets by ABC-SMC (population Monte Carlo, Beaumont et al."
                + " 2009): posterior, summary, predictive checks, calibrated scenario and report.",
            "Writes candidates/ as candidates finish (so --resume after any interruption gives the same posterior),"
                + " then posterior.csv, posterior_summary.csv, generations.csv, predictive.csv, calibrated.yaml,"
                + " manifest.json and report/report.html.",
            "Default folder: results/<calibration name>/. See docs/calibration.md.",
            "On Slurm: --slurm --tasks N submits one job array per generation (task k runs --shard k/N) and a final"
                + " --resume job; the posterior files are those of an unsharded run.",
            "Exit codes: 0 done, 1 internal error, 2 bad input or output folder in the way."})
final class CalibrateCommand extends CogovCommand {

    @Parameters(index = "0", paramLabel = "CALIBRATION", description = "Calibration YAML file.")
    Path file;

    @Option(names = "--threads", paramLabel = "N",
            description = "Candidates simulated in parallel (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (must be new or empty unless --resume).")
    Path out;

    @Option(names = "--resume", description = "Continue an interrupted calibration in its folder: evaluated candidates"
            + " are kept, only the missing ones are simulated. Also continues a finished one whose file now has more"
            + " generations (or a lower min_tolerance or min_acceptance); any other change is refused by name.")
    boolean resume;

    @Option(names = "--dry-run", description = "Print the parameters, the targets, the run count and a time estimate;"
            + " run nothing.")
    boolean dryRun;

    @Option(names = "--no-report", description = "Do not write report/ at the end.")
    boolean noReport;

    @Option(names = "--shard", paramLabel = "i/n", description = "Simulate only candidates i, i+n, i+2n, ... of the"
            + " first incomplete generation into the (shared) output folder, reading the other shards' candidates from"
            + " it, then stop; writes no outputs (an unsharded --resume does at the end). What each task of"
            + " --slurm runs.")
    String shard;

    @Option(names = "--slurm", description = "Submit the calibration to Slurm from a login node: one job array of"
            + " --tasks shards per generation, chained, then one job that resumes and writes the outputs. Scripts, logs"
            + " and job ids in OUT/slurm/.")
    boolean slurm;

    @Option(names = "--tasks", paramLabel = "N", description = "With --slurm: tasks per job array (shards per generation).")
    Integer tasks;

    @Mixin
    SlurmResources resources = new SlurmResources();

    @Option(names = "--wait", description = "With --slurm: wait until the final job has ended and check the outputs.")
    boolean waitForJob;

    @Override
    protected int execute() throws Exception {
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw new UserException("--threads must be at least 1 (got " + nThreads + ")");
        }
        checkShardingOptions();
        ScenarioFiles.requireReadable(file);
        CalibrationSpec spec = CalibrationLoader.load(file, CalibrationTargets.CATALOG);
        Calibration calibration = new Calibration(spec, main().engine()::run);
        Path target = out != null ? out : main().resultsRoot().resolve(spec.name());
        if (slurm) {
            return submit(calibration, target);
        }
        if (dryRun) {
            return dryRun(calibration, nThreads);
        }
        if (shard != null) {
            return shard(calibration, target, nThreads);
        }
        Calibration.Outcome outcome;
        try {
            outcome = calibration.run(new Calibration.Options(target, nThreads, resume), new Progress(err()));
        } catch (SweepException e) {
            throw new UserException(e.getMessage());
        }
        err().printf("cogov: %d generations (%s), %d candidates simulated, %d reused from earlier runs, in %.1f s%n",
                outcome.result().generations().size(), outcome.result().stopReason().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' '), outcome.simulatedCandidates(), outcome.reusedCandidates(),
                outcome.wall().toMillis() / 1000.0);
        if (!noReport) {
            Path html = CalibrationReport.write(target, target.resolve(FolderLayout.REPORT_DIR));
            err().println("cogov: report in " + html);
        }
        err().flush();
        out().println("Results in " + target);
        out().flush();
        return ExitCodes.OK;
    }

    private void checkShardingOptions() {
        if (shard != null && (slurm || dryRun)) {
            throw new UserException("--shard runs one shard here; it does not go with " + (slurm ? "--slurm" : "--dry-run"));
        }
        if (!slurm && (tasks != null || resources.any() || waitForJob)) {
            throw new UserException("--tasks, --partition, --time, --cpus-per-task, --mem and --wait go with --slurm");
        }
        if (slurm) {
            if (tasks == null || tasks < 1) {
                throw new UserException("--slurm needs --tasks N (at least 1): the shards of each generation");
            }
            resources.check();
            if (waitForJob && dryRun) {
                throw new UserException("--dry-run only writes the scripts; it does not go with --wait");
            }
        }
    }

    private int shard(Calibration calibration, Path target, int nThreads) throws Exception {
        Shard slice;
        try {
            RunPlan.Shard parsed = RunPlan.Shard.parse(shard);
            slice = new Shard(parsed.index(), parsed.count());
        } catch (IllegalArgumentException e) {
            throw new UserException("--" + e.getMessage());
        }
        Calibration.ShardOutcome outcome;
        try {
            outcome = calibration.runShard(target, nThreads, slice, new Progress(err()));
        } catch (SweepException e) {
            throw new UserException(e.getMessage());
        }
        AbcSmc.ShardResult r = outcome.result();
        err().printf("cogov: shard %s: generation %d, %d candidates simulated, %d read from the folder, in %.1f s%n",
                slice, r.generation(), r.simulated(), outcome.reusedCandidates(), outcome.wall().toMillis() / 1000.0);
        err().println(r.finished()
                ? "cogov: the calibration needs no more simulations; write its outputs with 'cogov calibrate " + file
                        + " --resume --out " + target + "'"
                : "cogov: when every shard of this generation has ended, start the shards again for the next"
                        + " generation, or finish in one process with --resume");
        err().flush();
        out().println("Shard " + slice + " done in " + target);
        out().flush();
        return ExitCodes.OK;
    }

    private int submit(Calibration calibration, Path target) throws Exception {
        Path jar = main().cogovJar();
        String problem = SlurmJob.scriptProblem(file.toAbsolutePath(), target.toAbsolutePath(), jar,
                resources.partition, resources.time, resources.mem);
        if (problem != null) {
            throw new UserException(problem);
        }
        Optional<SlurmClient> client = SlurmClient.find(System.getenv("PATH"));
        if (client.isEmpty() && !dryRun) {
            throw new UserException("sbatch not found: --slurm needs a Slurm login node; use --dry-run to only write the"
                    + " scripts, or run 'cogov calibrate FILE --shard i/n' yourself");
        }
        CalibrationSlurmJob job = new CalibrationSlurmJob(new CalibrationSlurmJob.Settings(file, target, jar, tasks,
                calibration.spec().generations(), resources.partition, resources.time, resources.cpusPerTask,
                resources.mem));
        try {
            calibration.prepareForShards(new Calibration.Options(target, 1, resume));
        } catch (SweepException e) {
            throw new UserException(e.getMessage());
        }
        if (dryRun) {
            for (Path p : job.writeScripts()) {
                out().println(p);
            }
            out().flush();
            return ExitCodes.OK;
        }
        CalibrationSlurmJob.Submitted ids = job.submit(client.get());
        err().println("cogov: submitted " + ids.arrays().size() + " job arrays of " + tasks + " shards (" + String.join(
                ", ", ids.arrays()) + "), each after the previous, and the final job " + ids.finalJob()
                + "; job ids in " + job.jobsFile() + ", logs in " + job.logsDir());
        err().flush();
        out().println(ids.finalJob());
        out().flush();
        if (!waitForJob) {
            return ExitCodes.OK;
        }
        client.get().await(ids.finalJob(), java.time.Duration.ofSeconds(1));
        if (!"complete".equals(Manifest.readString(target, "status"))) {
            err().println("cogov: the final job " + ids.finalJob() + " did not complete the calibration (logs in "
                    + job.logsDir() + "); finish it with 'cogov calibrate " + file + " --resume --out " + target + "'");
            err().flush();
            return ExitCodes.INTERNAL_ERROR;
        }
        out().println("Results in " + target);
        out().flush();
        return ExitCodes.OK;
    }

    private int dryRun(Calibration calibration, int nThreads) throws Exception {
        CalibrationSpec spec = calibration.spec();
        PrintWriter o = out();
        o.println("parameter\tprior\tlow\thigh");
        spec.parameters().forEach(p -> o.println(p.key() + "\t" + p.prior().name().toLowerCase(java.util.Locale.ROOT)
                + "\t" + p.low() + "\t" + p.high()));
        o.println("target\tset\tmetric\tscope\tvalue\tsd");
        for (TargetSpec t : spec.targets()) {
            String set = !t.active() ? "skipped (needs metric)" : t.holdout() ? "holdout" : "fitted";
            o.println(t.name() + "\t" + set + "\t" + t.metric() + "\t" + t.scopeLabel() + "\t" + t.value() + "\t" + t.sd());
        }
        Calibration.Estimate e = calibration.runCounts();
        o.printf("%d particles x %d replications, up to %d generations: %d to %d runs (every candidate accepted;"
                        + " every generation at the minimum acceptance rate %s)%n", spec.particles(), spec.replications(),
                spec.generations(), e.minRuns(), e.maxRuns(), spec.minAcceptance());
        o.flush();
        // The same timed sample as the sweep's dry run, of candidates drawn from the prior, simulated as the
        // calibration simulates them (statistics only, no run files).
        List<double[]> draws = calibration.priorDraws(TimedSample.CONFIGURATIONS);
        if (draws.isEmpty()) {
            throw new UserException("no draw from the priors of " + file + " gives a valid scenario; nothing to time");
        }
        cogov.calibration.Simulator simulator = calibration.simulator();
        int days = cogov.config.ScenarioLoader.load(spec.base()).days();
        double setup = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        long seed = spec.seed();
        TimedSample.Batch batch = (index, runs, timer) -> {
            int parallel = Math.max(1, Math.min(nThreads, runs));
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
            try {
                List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    double[] theta = draws.get(i % draws.size());
                    long runSeed = seed + 1 + (long) (index + 1) * runs + i;
                    futures.add(pool.submit(() -> {
                        timer.runStarted(null);
                        simulator.simulate(theta, runSeed);
                        timer.runFinished(null, true);
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            return parallel;
        };
        int sampleRuns = draws.size() * Math.max(2, (2 * nThreads + draws.size() - 1) / draws.size());
        SweepTimeEstimate.Sample timed = TimedSample.ofRuns(batch, nThreads, days, e.maxRuns(), sampleRuns,
                draws.size());
        SweepCommand.printSample(o, timed, days, false);
        int configurations = draws.size();
        double low = SweepTimeEstimate.scale(timed, setup, Math.toIntExact(Math.min(Integer.MAX_VALUE, e.minRuns())),
                configurations, days, nThreads, false, false).totalSeconds();
        double high = SweepTimeEstimate.scale(timed, setup, Math.toIntExact(Math.min(Integer.MAX_VALUE, e.maxRuns())),
                configurations, days, nThreads, false, false).totalSeconds();
        o.printf("Estimated time: %s to %s on %d threads for the runs (scaled from the timed sample at the two run"
                + " counts; the real count depends on how fast the tolerance shrinks, and times vary with load)%n",
                SweepCommand.human(low), SweepCommand.human(high), nThreads);
        o.flush();
        return ExitCodes.OK;
    }

    /** One line per generation on stderr: tolerance, acceptance rate, effective sample size. */
    static final class Progress implements AbcSmc.Listener {
        private final PrintWriter err;

        Progress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void generationStarted(int generation, double tolerance, int maxCandidates) {
            err.printf("generation %d: tolerance %s, at most %d candidates%n", generation,
                    Double.isInfinite(tolerance) ? "none (prior draws)" : String.format("%.4g", tolerance), maxCandidates);
            err.flush();
        }

        @Override
        public void generationFinished(Generation g) {
            err.printf("generation %d done: %d particles from %d candidates (acceptance %.1f%%), ESS %.1f%n", g.index(),
                    g.particles().size(), g.candidates(), 100 * g.acceptanceRate(), g.ess());
            err.flush();
        }

        @Override
        public void generationAbandoned(int generation, double tolerance, int examined, int accepted) {
            err.printf("generation %d abandoned: %d of %d candidates within tolerance %.4g, below the minimum"
                    + " acceptance rate; the previous generation is the posterior%n", generation, accepted, examined, tolerance);
            err.flush();
        }
    }
}
