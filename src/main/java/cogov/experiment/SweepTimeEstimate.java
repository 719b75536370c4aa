package cogov.experiment;

import java.util.List;

/**
 * How long a sweep will take, phase by phase, scaled from a timed sample of its own work (what
 * {@code cogov sweep --dry-run} and {@code cogov calibrate --dry-run} print): real runs of the experiment's
 * configurations on the same threads, aggregated and reported as the sweep would be.
 *
 * <p>The runs are scaled from their steady speed plus a warm-up. A fresh JVM runs the model slowly at
 * first: the JIT compiler still competes for the cores and the runs execute less optimised code (on the
 * 2-core machine the first dozen runs of the main job took about twice as long each as the later ones, so
 * a sample of the first runs alone put the job at 2.2 times its real length). So the sample first runs
 * warm-up rounds until the compiler has settled, recording how many run-days were done in how much time,
 * then times runs at the steady speed. A sweep pays the same warm-up at its start: its runs take the
 * steady time of its run-days plus the warm-up's excess over the steady speed, the part of it a sweep
 * that short reaches (the whole excess for a sweep longer than the warm-up).
 *
 * <p>The aggregation left after the last run scales with the number of configurations (it joins one
 * part per configuration and compares each with the reference), the report with a fixed part plus a
 * part per configuration.
 *
 * @param setupSeconds       building and checking the scenarios of every configuration (measured on the whole design)
 * @param runsSeconds        the runs, from the first start to the last finish
 * @param aggregationSeconds aggregation left after the last run
 * @param reportSeconds      the sweep's report (0 with {@code --no-report} or for a shard)
 */
public record SweepTimeEstimate(double setupSeconds, double runsSeconds, double aggregationSeconds,
                                double reportSeconds) {

    /**
     * The fixed part of the report in configuration equivalents: most of a report's time (starting the chart
     * libraries, one chart per outcome) does not depend on how many configurations it shows. Measured with
     * {@code cogov report DIR --format svg} on two folders of the main job's base (lijin-calibrated.yaml, key
     * outcomes): 8 configurations x 4 replications took a median of 6.1 s wall (5.0 s CPU) and 32 x 20 took
     * 7.6 s (5.9 s CPU), five alternating runs each at load 3-5 on 2 cores: (F + 32) / (F + 8) = 1.25 (CPU:
     * 1.18) gives F = 86 (123); taken as 100.
     */
    public static final double REPORT_FIXED_CONFIGURATIONS = 100;

    /**
     * A point of the warm-up: after {@code seconds} of wall time on the sample's threads, each thread had
     * run {@code runDaysPerThread} simulated days (run length times runs, divided by the threads in use).
     */
    public record Progress(double runDaysPerThread, double seconds) {
        public Progress {
            if (!(runDaysPerThread > 0) || !(seconds >= 0)) {
                throw new IllegalArgumentException("a warm-up point has run-days > 0 and seconds >= 0");
            }
        }
    }

    /**
     * What a timed sample of the sweep took.
     *
     * @param runs               runs timed (after the warm-up)
     * @param configurations     configurations among them
     * @param threads            threads they ran on
     * @param days               each run's length (shortened when the sweep's runs are too long to sample)
     * @param runsSeconds        first start to last finish of the timed runs
     * @param busySeconds        the timed runs' own wall times added up (each from its start to its end on its
     *                           thread): free of the idle tail when the last runs finish unevenly
     * @param cpuSeconds         the CPU time the timed runs' threads used while running them
     * @param aggregationSeconds the sample's aggregation after its last run
     * @param reportSeconds      the sample's report
     * @param warmUp             the warm-up before the timed runs, cumulative, in order (may be empty)
     */
    public record Sample(int runs, int configurations, int threads, int days, double runsSeconds, double busySeconds,
                         double cpuSeconds, double aggregationSeconds, double reportSeconds, List<Progress> warmUp) {
        public Sample {
            if (runs < 1 || configurations < 1 || threads < 1 || days < 1) {
                throw new IllegalArgumentException("a sample has at least one run, configuration, thread and day");
            }
            if (!(busySeconds > 0)) {
                throw new IllegalArgumentException("a sample's runs took some time (busy seconds > 0)");
            }
            warmUp = List.copyOf(warmUp);
            for (int i = 1; i < warmUp.size(); i++) {
                if (warmUp.get(i).runDaysPerThread() <= warmUp.get(i - 1).runDaysPerThread()
                        || warmUp.get(i).seconds() < warmUp.get(i - 1).seconds()) {
                    throw new IllegalArgumentException("warm-up points are cumulative: each after the previous one");
                }
            }
        }

        /** Wall seconds one simulated day takes on one thread at the steady speed. */
        public double secondsPerRunDay() {
            return busySeconds / ((double) runs * days);
        }

        /** The share of their wall time the timed runs' threads were on a CPU (below 1: they waited for one). */
        public double cpuShare() {
            return cpuSeconds / busySeconds;
        }

        /**
         * How much longer than at the steady speed the first {@code runDaysPerThread} days per thread of a
         * fresh JVM take: the warm-up's time at that point (interpolated between its points, from 0 at 0)
         * minus the steady time; past the warm-up's end, its whole excess. Never negative.
         */
        public double warmUpExcessSeconds(double runDaysPerThread) {
            if (warmUp.isEmpty() || runDaysPerThread <= 0) {
                return 0;
            }
            double x = Math.min(runDaysPerThread, warmUp.get(warmUp.size() - 1).runDaysPerThread());
            double prevX = 0;
            double prevT = 0;
            double t = 0;
            for (Progress p : warmUp) {
                if (x <= p.runDaysPerThread()) {
                    t = prevT + (p.seconds() - prevT) * (x - prevX) / (p.runDaysPerThread() - prevX);
                    break;
                }
                prevX = p.runDaysPerThread();
                prevT = p.seconds();
            }
            return Math.max(0, t - x * secondsPerRunDay());
        }
    }

    /**
     * Scales {@code sample} to a sweep of {@code runs} runs of {@code days} days over {@code configurations}
     * configurations on {@code threads} threads. {@code aggregated} is false for a shard (it writes no
     * aggregates), {@code report} false when no report is written.
     */
    public static SweepTimeEstimate scale(Sample sample, double setupSeconds, int runs, int configurations, int days,
                                          int threads, boolean aggregated, boolean report) {
        if (runs < 0 || configurations < 1 || days < 1 || threads < 1) {
            throw new IllegalArgumentException("runs >= 0, configurations, days and threads >= 1");
        }
        double runSeconds = 0;
        if (runs > 0) {
            // Runs of equal length on p threads take ceil(runs / p) run lengths: the last round may be partly idle.
            int parallel = Math.min(threads, runs);
            double daysPerThread = (double) days * ((runs + parallel - 1) / parallel);
            runSeconds = daysPerThread * sample.secondsPerRunDay() + sample.warmUpExcessSeconds(daysPerThread);
        }
        double ratio = configurations / (double) sample.configurations();
        double aggregation = aggregated ? sample.aggregationSeconds() * ratio : 0;
        double reportSeconds = aggregated && report ? sample.reportSeconds()
                * (REPORT_FIXED_CONFIGURATIONS + configurations) / (REPORT_FIXED_CONFIGURATIONS + sample.configurations())
                : 0;
        return new SweepTimeEstimate(setupSeconds, runSeconds, aggregation, reportSeconds);
    }

    /** All phases together. */
    public double totalSeconds() {
        return setupSeconds + runsSeconds + aggregationSeconds + reportSeconds;
    }
}
