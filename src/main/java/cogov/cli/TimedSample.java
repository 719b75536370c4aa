package cogov.cli;

import cogov.experiment.Aggregator;
import cogov.experiment.ResourceEstimate;
import cogov.experiment.RunPlan;
import cogov.experiment.RunSpec;
import cogov.experiment.Sweep;
import cogov.experiment.SweepTimeEstimate;
import cogov.output.AtomicDirectory;
import cogov.output.FolderLayout;
import cogov.output.Format;
import cogov.output.report.Report;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The timed sample behind the dry runs of {@code cogov sweep} and {@code cogov calibrate}: real runs of the
 * experiment in a temporary folder (deleted afterwards), first warm-up rounds until the JIT compiler has
 * settled, then the timed runs, aggregated and reported as the sweep would be. Each run is timed on its own
 * thread (wall and CPU), so an idle tail does not count and a busy machine shows. {@link SweepTimeEstimate}
 * scales the result to the whole sweep.
 */
final class TimedSample {

    /** Configurations of the sample (spread over the design, the reference among them). */
    static final int CONFIGURATIONS = 6;
    /** Most seconds the timed runs should take; longer runs are shortened (and the estimate extrapolated by days). */
    static final double BUDGET_SECONDS = 30;
    /**
     * Most seconds of warm-up rounds (a round that starts before this runs to its end). Measured on the
     * 2-core machine at load 1.3: the main job's runs took 1.8 s per run and thread in the first two rounds,
     * 1.0 s in the next two and 0.72 s in the last three (12.9 s in all), while its two compiler threads
     * were still busy 40-120% of each round's wall time; the timed runs after it went at 0.68 s and the
     * real job's first 80 runs at 0.72 s, so 12 s is enough for the speed though not for the compiler.
     */
    static final double WARM_UP_BUDGET_SECONDS = 12;
    /**
     * The compiler counts as settled when it spent less than this share of a round's wall time compiling
     * (added over its threads): smaller models get there within the budget (the quick county's calibration
     * sample after 16 rounds, 5 s, at load 12); the main job does not, and stops at the budget.
     */
    static final double SETTLED_COMPILE_SHARE = 0.05;
    /**
     * Seconds of runs per thread the timed sample should hold at least (more replications of its
     * configurations when runs are short): 12 runs of the quick county take 0.1 s, in which one pause or
     * another process's burst changed the speed threefold between two dry runs.
     */
    static final double TIMED_SECONDS = 2;
    /** Most replications per configuration in the timed sample. */
    static final int MAX_REPLICATIONS = 50;
    /** Seconds a warm-up round should last (at least one run per thread): long enough to even out bursts of compiling. */
    static final double ROUND_SECONDS = 1;

    private TimedSample() {
    }

    /**
     * Times a sample of {@code sweep} on {@code threads} threads. {@code days} is the sweep's run length and
     * {@code runs} its number of runs (the warm-up need not outlast the sweep); {@code aggregated} false
     * leaves out the aggregation's time (a shard has none), {@code report} false writes no report.
     */
    static SweepTimeEstimate.Sample of(Sweep sweep, int threads, int days, long runs, boolean aggregated,
                                       boolean report, Aggregator.Output output) throws Exception {
        int configurations = Math.min(CONFIGURATIONS, sweep.design().configurations().size());
        int replications = Math.max(2, (2 * threads + configurations - 1) / configurations);
        Sweep full = sweep.sample(configurations, replications, 0);
        int sampleRuns = full.plan().size();
        double guess = ResourceEstimate.of(sweep.largestScenario()).seconds() * sampleRuns
                / Math.min(threads, sampleRuns);
        int window = sweep.spec().windowDays();
        int sampleDays = guess <= BUDGET_SECONDS ? days
                : Math.min(days, Math.max(2 * window, (int) Math.ceil(days * BUDGET_SECONDS / guess)));
        Path scratch = cogov.output.TempPaths.newDirectory(Path.of(System.getProperty("java.io.tmpdir")),
                "cogov-dry-run-");
        try {
            double sweepDaysPerThread = daysPerThread(days, runs, threads);
            // A warm-up round: a shard (which writes no aggregates) of a sample with enough replications for it.
            Batch rounds = (index, size, timer) -> {
                Sweep round = sweep.sample(configurations, (size + configurations - 1) / configurations, sampleDays);
                int shards = Math.max(1, round.plan().size() / size);
                RunPlan.Shard shard = new RunPlan.Shard(index % shards, shards);
                round.run(new Sweep.Options(scratch.resolve("warm-up-" + index), threads, false, shard, output), timer);
                return Math.min(threads, RunPlan.shard(round.plan(), shard).size());
            };
            List<SweepTimeEstimate.Progress> warmUp = warmUp(rounds, threads, sampleDays, sweepDaysPerThread);
            int timedReplications = Math.max(replications, (int) Math.min(MAX_REPLICATIONS,
                    Math.ceil(TIMED_SECONDS * threads / (configurations * lastRunSeconds(warmUp, sampleDays)))));
            Sweep timed = sweep.sample(configurations, timedReplications, sampleDays == days ? 0 : sampleDays);
            sampleRuns = timed.plan().size();
            Timer timer = new Timer();
            Path folder = scratch.resolve("sample");
            long t0 = System.nanoTime();
            timed.run(new Sweep.Options(folder, threads, false, RunPlan.Shard.ALL, output), timer);
            long end = System.nanoTime();
            double runsSeconds = ((timer.lastRun == 0 ? end : timer.lastRun) - t0) / 1e9;
            double aggregation = aggregated && timer.lastRun != 0 ? (end - timer.lastRun) / 1e9 : 0;
            double reportSeconds = 0;
            if (report) {
                long r0 = System.nanoTime();
                Report.write(folder, EnumSet.of(Format.SVG), folder.resolve(FolderLayout.REPORT_DIR),
                        ReportCommand.selection("key"));
                reportSeconds = (System.nanoTime() - r0) / 1e9;
            }
            return new SweepTimeEstimate.Sample(sampleRuns, timed.design().configurations().size(), threads, sampleDays,
                    runsSeconds, Math.max(1e-9, timer.busy()), timer.cpu(), aggregation, reportSeconds, warmUp);
        } finally {
            AtomicDirectory.deleteTree(scratch);
        }
    }

    /**
     * Times plain runs (the calibration's, which write no run files): {@code batch} runs batch {@code i} of
     * about {@code n} runs; first as warm-up rounds, then one timed batch of at least {@code sampleRuns} runs (more when
     * runs are short: {@link #TIMED_SECONDS}) over
     * {@code configurations} candidates. {@code days} is a run's length and {@code runs} the job's runs.
     */
    static SweepTimeEstimate.Sample ofRuns(Batch batch, int threads, int days, long runs, int sampleRuns,
                                           int configurations) throws Exception {
        List<SweepTimeEstimate.Progress> warmUp = warmUp(batch, threads, days, daysPerThread(days, runs, threads));
        int perConfiguration = Math.max(sampleRuns / configurations, (int) Math.min(MAX_REPLICATIONS,
                Math.ceil(TIMED_SECONDS * threads / (configurations * lastRunSeconds(warmUp, days)))));
        Timer timer = new Timer();
        long t0 = System.nanoTime();
        batch.run(-1, perConfiguration * configurations, timer);
        double runsSeconds = (System.nanoTime() - t0) / 1e9;
        return new SweepTimeEstimate.Sample(timer.runs(), configurations, threads, days, runsSeconds,
                Math.max(1e-9, timer.busy()), timer.cpu(), 0, 0, warmUp);
    }

    /** Wall seconds of one run on one thread in the warm-up's last round (days: the runs' length). */
    private static double lastRunSeconds(List<SweepTimeEstimate.Progress> warmUp, int days) {
        SweepTimeEstimate.Progress last = warmUp.get(warmUp.size() - 1);
        double prevDays = warmUp.size() < 2 ? 0 : warmUp.get(warmUp.size() - 2).runDaysPerThread();
        double prevSeconds = warmUp.size() < 2 ? 0 : warmUp.get(warmUp.size() - 2).seconds();
        return Math.max(1e-4, (last.seconds() - prevSeconds) / (last.runDaysPerThread() - prevDays) * days);
    }

    /** Run-days each thread does in a job of {@code runs} runs of {@code days} days: whole run lengths. */
    private static double daysPerThread(int days, long runs, int threads) {
        long parallel = Math.max(1, Math.min(threads, runs));
        return (double) days * ((runs + parallel - 1) / parallel);
    }

    /** Runs of the sample on its threads, each reported to a {@link Timer} from the thread that runs it. */
    @FunctionalInterface
    interface Batch {
        /** Runs batch {@code index} (-1: the timed one) of about {@code runs} runs; gives how many ran at once. */
        int run(int index, int runs, Timer timer) throws Exception;
    }

    /**
     * Runs warm-up rounds ({@code batch}es of the sampled runs at the sample's length), about
     * {@link #ROUND_SECONDS} long each (at least one run per thread), until the compiler spent less than
     * {@link #SETTLED_COMPILE_SHARE} of a round compiling, {@link #WARM_UP_BUDGET_SECONDS} have passed or the
     * warm-up has done as many run-days per thread as the whole sweep will (a sweep that short is all warm-up,
     * and only that part of the curve is needed); gives
     * the cumulative progress after each round (run-days per thread against the rounds' busy time per thread).
     */
    private static List<SweepTimeEstimate.Progress> warmUp(Batch batch, int threads, int days,
                                                           double sweepDaysPerThread) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean compileTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
        List<SweepTimeEstimate.Progress> progress = new ArrayList<>();
        double spent = 0;
        double doneDays = 0;
        double busy = 0;
        int perThread = 1;
        for (int i = 0; ; i++) {
            Timer timer = new Timer();
            long compile0 = compileTimed ? jit.getTotalCompilationTime() : 0;
            long t0 = System.nanoTime();
            int parallel = batch.run(i, threads * perThread, timer);
            double wall = (System.nanoTime() - t0) / 1e9;
            double compileShare = compileTimed ? (jit.getTotalCompilationTime() - compile0) / 1e3 / wall : 0;
            spent += wall;
            doneDays += (double) days * timer.runs() / parallel;
            busy += timer.busy() / parallel;
            progress.add(new SweepTimeEstimate.Progress(doneDays, busy));
            if (!compileTimed || compileShare < SETTLED_COMPILE_SHARE || spent >= WARM_UP_BUDGET_SECONDS
                    || doneDays >= sweepDaysPerThread) {
                return progress;
            }
            double perRun = timer.busy() / Math.max(1, timer.runs());
            perThread = (int) Math.max(1, Math.min(64, Math.ceil(ROUND_SECONDS / Math.max(1e-3, perRun))));
        }
    }

    /**
     * Each run's wall and CPU time on its thread (from {@link #runStarted} to {@link #runFinished}, called
     * on the run's thread), and when the last run finished.
     */
    static final class Timer implements Sweep.Listener {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final ThreadLocal<long[]> start = new ThreadLocal<>();
        private long busyNanos;
        private long cpuNanos;
        private int runs;
        volatile long lastRun;

        @Override
        public void runStarted(RunSpec run) {
            start.set(new long[] {System.nanoTime(), cpuTime()});
        }

        @Override
        public void runFinished(RunSpec run, boolean ok) {
            long[] s = start.get();
            long wall = System.nanoTime() - s[0];
            long cpu = cpuTime() - s[1];
            synchronized (this) {
                busyNanos += wall;
                cpuNanos += cpu;
                runs++;
            }
        }

        private static long cpuTime() {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
        }

        synchronized int runs() {
            return runs;
        }

        synchronized double busy() {
            return busyNanos / 1e9;
        }

        synchronized double cpu() {
            return cpuNanos / 1e9;
        }

        @Override
        public void aggregationStarted(int configurations, int alreadyDone) {
            lastRun = System.nanoTime();
        }
    }
}
