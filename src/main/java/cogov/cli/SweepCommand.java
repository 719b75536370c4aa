package cogov.cli;

import cogov.config.ExperimentLoader;
import cogov.config.ExperimentSpec;
import cogov.config.Scenario;
import cogov.experiment.Aggregator;
import cogov.experiment.Configuration;
import cogov.experiment.Design;
import cogov.experiment.Num;
import cogov.experiment.ResourceEstimate;
import cogov.experiment.RunPlan;
import cogov.experiment.RunSpec;
import cogov.experiment.ScenarioSource;
import cogov.experiment.Sweep;
import cogov.experiment.SweepException;
import cogov.experiment.SweepFolder;
import cogov.experiment.SweepTimeEstimate;
import cogov.output.AtomicDirectory;
import cogov.output.FolderLayout;
import cogov.output.Format;
import cogov.output.report.Headlines;
import cogov.output.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cogov sweep EXPERIMENT}: every run of an experiment design, in parallel, resumable, shardable. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run an experiment: every configuration of its design, replicated with paired seeds.",
            "Writes runs/<run_id>.csv as runs finish, then runs.csv, timeseries.csv, summary.csv,"
                + " comparison.csv, experiment.yaml, scenario.yaml and manifest.json.",
            "Default folder: results/<experiment>/ (results/<experiment>-shard<i>of<n>/ with --shard).",
            "Exit codes: 0 all runs ok, 1 some runs failed, 2 bad input or output folder in the way."})
final class SweepCommand extends CogovCommand {

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Experiment YAML file.")
    Path experimentFile;

    @Option(names = "--threads", paramLabel = "N",
            description = "Runs in parallel, one per thread (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (must be new or empty unless --resume or --force).")
    Path out;

    @Option(names = "--resume", description = "Continue an interrupted sweep in its folder: finished runs are kept,"
            + " failed and missing ones are run. Also adds replications: raise 'replications:' in the experiment"
            + " and resume; only the new ones run, with the seeds a sweep of that size would give them.")
    boolean resume;

    @Option(names = "--force", description = "Replace the output folder if it holds results: the new sweep is written"
            + " beside it and swapped in when complete (report included); the old folder is deleted only then, and"
            + " stays as it was if the sweep fails, has failed runs or is interrupted.")
    boolean force;

    @Option(names = "--full-precision", description = "Write the aggregates (runs.csv, timeseries.csv, summary.csv,"
            + " comparison.csv) at full double precision (the shortest text that reads back exactly) instead of"
            + " seven significant digits.")
    boolean fullPrecision;

    @Option(names = "--every", paramLabel = "N",
            description = "Keep every N-th day (and the last) in timeseries.csv and the run files (default: about 100"
                    + " points per series, days / 100: every 7th day of a 730-day run; --every 1 keeps every day).")
    Integer every;

    @Option(names = "--no-timeseries", description = "Write no timeseries.csv (the daily series per configuration);"
            + " the report then has no time-series charts. Run files keep the days either way.")
    boolean noTimeseries;

    @Option(names = "--shard", paramLabel = "i/n",
            description = "Run only the runs whose round-robin index modulo n is i (0-based); combine with 'cogov merge'.")
    String shard;

    @Option(names = "--dry-run", description = "Print the design, the number of runs and a time estimate; run nothing.")
    boolean dryRun;

    @Option(names = "--no-report", description = "Do not write report/ (report.html with inline SVG charts of the key"
            + " outcomes) at the end; 'cogov report DIR' writes it, and PNG/PDF files, at any time.")
    boolean noReport;

    @Mixin
    ResourceOptions resources = new ResourceOptions();

    @Override
    protected int execute() throws Exception {
        int nThreads = CommandLimits.threads(threads, Runtime.getRuntime().availableProcessors(), err());
        RunPlan.Shard slice;
        try {
            slice = shard == null ? RunPlan.Shard.ALL : RunPlan.Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new UserException("--" + e.getMessage());
        }
        requireReadable(experimentFile);
        ExperimentSpec spec = ExperimentLoader.load(experimentFile);
        Engine engine = main().engine();
        Sweep sweep = new Sweep(spec, ScenarioFiles.readBytes(experimentFile, "experiment"),
                ScenarioSource.of(spec.base()), engine::run);
        if (dryRun) {
            return dryRun(sweep, nThreads, slice);
        }
        nThreads = fitMemory(sweep, nThreads);
        int days = sweep.scenarios().stream().mapToInt(Scenario::days).max().orElse(1);
        Path target = out != null ? out : main().resultsRoot().resolve(slice.isAll() ? spec.name()
                : spec.name() + "-shard" + slice.index() + "of" + slice.count());
        if (force && resume) {
            throw new UserException("--force starts the sweep afresh and --resume continues it: give one of them");
        }
        try (AtomicDirectory staging = force && new SweepFolder(target).isNonEmpty()
                ? AtomicDirectory.create(target, true) : null) {
            return sweep(sweep, staging != null ? staging.path() : target, target, nThreads, slice, staging, days);
        }
    }

    /**
     * Runs the sweep into {@code folder} (the target, or the staging folder of {@code --force}) and writes
     * the report there; a staging folder replaces the target only when every run succeeded.
     */
    private int sweep(Sweep sweep, Path folder, Path target, int nThreads, RunPlan.Shard slice,
                      AtomicDirectory staging, int days) throws Exception {
        Sweep.Result result;
        try (Progress progress = new Progress(err())) {
            result = sweep.run(new Sweep.Options(folder, nThreads, resume, slice, output(days)), progress);
        } catch (SweepException e) {
            throw new UserException(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw Errors.namingFolder(e, folder);
        }
        err().printf("cogov: %d of %d runs done (%d already done), %d failed, in %.1f s%n",
                result.planned() - result.failed(), result.planned(), result.skipped(), result.failed(),
                result.wall().toMillis() / 1000.0);
        Path kept = target;
        if (staging != null && result.failed() > 0) {
            kept = vacantSibling(target, "-new");
            staging.keepAs(kept);
            err().println("cogov: " + result.failed() + " runs failed, so " + target + " was not replaced and is as"
                    + " it was; the new sweep is in " + kept);
        }
        if (result.failed() > 0) {
            err().println("cogov: failed runs are recorded in " + kept.resolve(FolderLayout.RUNS_DIR) + "/<run_id>.failed;"
                    + " 'cogov sweep --resume " + experimentFile + " --out " + kept + "' retries them");
        }
        if (!slice.isAll()) {
            err().println("cogov: shard " + slice + " done; combine the shards with 'cogov merge OUT SHARD_DIR...'");
        } else if (!noReport && result.failed() == 0) {
            err().println("cogov: report: writing report.html");
            err().flush();
            long t0 = System.nanoTime();
            Report.write(folder, EnumSet.of(Format.SVG), folder.resolve(FolderLayout.REPORT_DIR), ReportCommand.selection("key"));
            err().printf(java.util.Locale.ROOT, "cogov: report: done in %.1f s: %s (PNG/PDF charts: cogov report %s)%n",
                    (System.nanoTime() - t0) / 1e9, target.resolve(FolderLayout.REPORT_DIR).resolve(Report.HTML), target);
        } else if (!noReport) {
            Report.write(kept, EnumSet.of(Format.SVG), kept.resolve(FolderLayout.REPORT_DIR), ReportCommand.selection("key"));
            err().println("cogov: report in " + kept.resolve(FolderLayout.REPORT_DIR).resolve(Report.HTML));
        }
        if (slice.isAll()) {
            Headlines.sweep(kept == target ? folder : kept).forEach(err()::println);
        }
        if (staging != null && result.failed() == 0) {
            staging.commit();
            err().println("cogov: replaced the old results in " + target);
        }
        err().flush();
        out().println("Results in " + target);
        out().flush();
        return result.failed() > 0 ? ExitCodes.INTERNAL_ERROR : ExitCodes.OK;
    }

    private Aggregator.Output output(int days) {
        try {
            return new Aggregator.Output(fullPrecision ? 0 : Aggregator.Output.DEFAULT.significantDigits(),
                    every != null ? every : Aggregator.Output.everyFor(days), !noTimeseries);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    /** {@code target + suffix}, or with a number after it, that does not exist yet. */
    private static Path vacantSibling(Path target, String suffix) {
        Path candidate = target.resolveSibling(target.getFileName() + suffix);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = target.resolveSibling(target.getFileName() + suffix + n);
        }
        return candidate;
    }

    /** The threads whose runs fit in memory together; refuses when not even one run fits (unless --yes). */
    private int fitMemory(Sweep sweep, int nThreads) throws Exception {
        Scenario largest = sweep.largestScenario();
        if (largest == null) {
            return nThreads;
        }
        long most = largest.communities().stream().mapToLong(c -> c.households()).sum();
        return resources.fit(ResourceEstimate.of(largest), most, nThreads, err());
    }

    static void requireReadable(Path file) {
        ScenarioFiles.requireReadable(file, "experiment");
    }

    private int dryRun(Sweep sweep, int nThreads, RunPlan.Shard slice) throws Exception {
        Design design = sweep.design();
        PrintWriter o = out();
        List<String> header = new ArrayList<>(List.of("config_id"));
        if (design.named()) {
            header.add("variant");
        }
        header.addAll(design.factorKeys());
        o.println(String.join("\t", header));
        for (Configuration c : design.configurations()) {
            List<String> row = new ArrayList<>(List.of(c.id()));
            if (design.named()) {
                row.add(c.name());
            }
            for (String k : design.factorKeys()) {
                Object v = c.overrides().get(k);
                row.add(v == null ? "" : Num.value(v));
            }
            o.println(String.join("\t", row) + (c.equals(design.reference()) ? "\t(reference)" : ""));
        }
        List<RunSpec> runs = RunPlan.shard(sweep.plan(), slice);
        o.printf("%d configurations x %d replications = %d runs%s%n", design.configurations().size(),
                sweep.spec().replications(), sweep.plan().size(),
                slice.isAll() ? "" : " (" + runs.size() + " in shard " + slice + ")");
        o.flush();
        sweep.scenarios();
        double setup = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        int days = sweep.scenarios().stream().mapToInt(Scenario::days).max().orElse(1);
        boolean aggregated = slice.isAll();
        boolean report = aggregated && !noReport;
        SweepTimeEstimate.Sample sample = TimedSample.of(sweep, nThreads, days, runs.size(), aggregated, report,
                output(days));
        SweepTimeEstimate e = SweepTimeEstimate.scale(sample, setup, runs.size(), design.configurations().size(), days,
                nThreads, aggregated, report);
        printSample(o, sample, days, true);
        o.printf("Estimated time on %d threads, by phase (scaled from the timed sample; real times vary with load):%n",
                nThreads);
        o.printf("  set-up      %s%n", human(e.setupSeconds()));
        o.printf("  runs        %s (%d runs)%n", human(e.runsSeconds()), runs.size());
        o.printf("  aggregate   %s after the last run%s%n", human(e.aggregationSeconds()),
                aggregated ? "" : " (a shard writes no aggregates: cogov merge does)");
        o.printf("  report      %s%s%n", human(e.reportSeconds()), report ? "" : " (none written)");
        o.printf("Estimated time: about %s in all%n", human(e.totalSeconds()));
        o.flush();
        return ExitCodes.OK;
    }

    /**
     * The dry run's account of its timed sample: the warm-up, the timed runs (with the aggregation and report
     * when {@code phases}), and how busy the machine was.
     */
    static void printSample(PrintWriter o, SweepTimeEstimate.Sample sample, int days, boolean phases) {
        List<SweepTimeEstimate.Progress> w = sample.warmUp();
        if (!w.isEmpty()) {
            SweepTimeEstimate.Progress last = w.get(w.size() - 1);
            o.printf(java.util.Locale.ROOT, "Warm-up: %d round%s, %.1f s per thread, %.1f s more than at the steady"
                    + " speed (the JIT compiler at work; a sweep pays this at its start)%n", w.size(),
                    w.size() == 1 ? "" : "s", last.seconds(), sample.warmUpExcessSeconds(last.runDaysPerThread()));
        }
        o.printf(java.util.Locale.ROOT, "Timed sample: %d runs (%d configurations x %d replications%s) on %d threads:"
                + " runs %.1f s (%.2f s per run and thread at the steady speed)%s%n", sample.runs(),
                sample.configurations(), sample.runs() / sample.configurations(),
                sample.days() == days ? "" : ", shortened to " + sample.days() + " of " + days + " days",
                sample.threads(), sample.runsSeconds(), sample.busySeconds() / sample.runs(), !phases ? ""
                        : String.format(java.util.Locale.ROOT, ", aggregation after the last run %.1f s, report %.1f s",
                        sample.aggregationSeconds(), sample.reportSeconds()));
        if (sample.cpuSeconds() > 0) {
            o.printf(java.util.Locale.ROOT, "The sampled runs were on a CPU %.0f%% of their time%s%n",
                    100 * Math.min(1, sample.cpuShare()), sample.cpuShare() < 0.8
                            ? " (the machine is busy: the estimate holds while the load stays as it is)" : "");
        }
    }

    static String human(double seconds) {
        return human(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    static String human(Duration d) {
        if (d.toMillis() < 10_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        long s = Math.max(1, d.toSeconds());
        if (s < 120) {
            return s + " s";
        }
        if (s < 600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        if (s < 7200) {
            return (s + 30) / 60 + " min";
        }
        return String.format("%.1f h", s / 3600.0);
    }

    /**
     * A progress bar on stderr: animated on a terminal; one plain line every 5 s when stderr is not a
     * terminal or {@code CI} is set (a redrawn bar would become one huge line of carriage returns).
     */
    static final class Progress implements Sweep.Listener, AutoCloseable {
        private final PrintWriter err;
        private ProgressBar bar;

        Progress(PrintWriter err) {
            this.err = err;
        }

        static boolean plain() {
            return System.console() == null || System.getenv("CI") != null;
        }

        @Override
        public synchronized void started(int toRun, int alreadyDone) {
            bar = builder("runs", toRun + alreadyDone, " runs").showSpeed().build();
            bar.stepTo(alreadyDone);
        }

        @Override
        public synchronized void runFileRejected(RunSpec run, String reason) {
            err.println("cogov: " + reason);
            err.flush();
        }

        @Override
        public synchronized void runFinished(RunSpec run, boolean ok) {
            if (bar != null) {
                bar.step();
                if (!ok) {
                    bar.setExtraMessage("failed: " + run.runId());
                }
            }
        }

        private long aggregationStart;

        @Override
        public synchronized void aggregationStarted(int configurations, int alreadyDone) {
            close();
            aggregationStart = System.nanoTime();
            this.alreadyAggregated = alreadyDone;
            bar = builder("aggregate", configurations, " configurations").build();
            bar.stepTo(alreadyDone);
        }

        private int alreadyAggregated;

        @Override
        public synchronized void configurationAggregated() {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public synchronized void aggregationFinished() {
            close();
            bar = null;
            err.printf(java.util.Locale.ROOT, "cogov: aggregate: runs.csv, timeseries.csv, summary.csv, comparison.csv"
                    + " done %.1f s after the last run (%d configurations were aggregated while the runs went)%n",
                    (System.nanoTime() - aggregationStart) / 1e9, alreadyAggregated);
            err.flush();
        }

        private ProgressBarBuilder builder(String task, int max, String unit) {
            ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                    .setUnit(unit, 1).continuousUpdate();
            if (plain()) {
                b.setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.println(line.trim());
                    err.flush();
                })).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(5000);
            }
            return b;
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
