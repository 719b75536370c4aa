package cogov.experiment;

/**
 * How long a sweep will take, phase by phase, scaled from a timed sample of its own work (what
 * {@code cogov sweep --dry-run} prints): a few real runs of the experiment's configurations on the same
 * threads, aggregated and reported as the sweep would be. Runs scale with the number of runs per thread,
 * the aggregation left after the last run with the number of configurations (it joins one part per
 * configuration and compares each with the reference), the report with a fixed part plus a part per
 * configuration.
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

    /** What a timed sample of the sweep took. */
    public record Sample(int runs, int configurations, int threads, int days, double runsSeconds,
                         double aggregationSeconds, double reportSeconds) {
        public Sample {
            if (runs < 1 || configurations < 1 || threads < 1 || days < 1) {
                throw new IllegalArgumentException("a sample has at least one run, configuration, thread and day");
            }
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
        // Seconds of one run on one of the sample's threads, busy as they were in the sample:
        double perRun = sample.runsSeconds() * Math.min(sample.threads(), sample.runs()) / sample.runs();
        double perDay = perRun / sample.days();
        double runSeconds = runs == 0 ? 0 : perDay * days * runs / Math.min(threads, runs);
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
