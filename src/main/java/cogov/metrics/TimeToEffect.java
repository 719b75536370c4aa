package cogov.metrics;

import java.util.List;
import java.util.Locale;

/**
 * A time-to-effect outcome (issue 11, time structure): how many days after a configuration first departs
 * from the reference run (the day its mechanisms start) a county outcome's effect reaches a given share of
 * its summary-window effect. Computed from each replication's daily county rows against the reference's
 * (paired by replication) and reported in {@code comparison.csv}; declared once here, documented in
 * docs/metrics.md.
 *
 * @param outcome  the county metric whose effect is timed
 * @param fraction share of the summary-window effect that counts as reached (0.5: half, 0.9: most)
 */
public record TimeToEffect(String outcome, double fraction) {

    /** Days of the trailing mean the effect is smoothed over before it is compared with the share. */
    public static final int SMOOTHING_DAYS = 30;

    /** The declared time-to-effect outcomes: half and 90% of the effect on the key participation, trust and service outcomes. */
    public static final List<TimeToEffect> ALL = List.of(
            new TimeToEffect("participation_12m", 0.5), new TimeToEffect("participation_12m", 0.9),
            new TimeToEffect("participation_rate", 0.5), new TimeToEffect("participation_rate", 0.9),
            new TimeToEffect("trust_mean", 0.5), new TimeToEffect("trust_mean", 0.9),
            new TimeToEffect("satisfaction_share", 0.5), new TimeToEffect("satisfaction_share", 0.9),
            new TimeToEffect("resolution_rate", 0.5), new TimeToEffect("resolution_rate", 0.9));

    public TimeToEffect {
        if (MetricRegistry.find(outcome) == null || !(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("bad time-to-effect declaration: " + outcome + " " + fraction);
        }
    }

    /** The column name in comparison.csv, e.g. {@code days_to_50pct_effect_trust_mean}. */
    public String name() {
        return String.format(Locale.ROOT, "days_to_%dpct_effect_%s", Math.round(fraction * 100), outcome);
    }

    /** The comparison row's metric: name, label, unit (days) and definition. */
    public Metric metric() {
        return Metric.derived(name(), "Days to " + Math.round(fraction * 100) + "% of the effect on " + outcome, "days",
                description(), false);
    }

    /** The definition, for docs/metrics.md and the metric. */
    public String description() {
        return String.format(Locale.ROOT, "Days from the first day a configuration's county row differs from the"
                + " reference run's (its mechanisms' start day) until the %d-day trailing mean of the paired daily"
                + " difference in %s first reaches %d%% of the summary-window mean difference, in its direction; per"
                + " replication (in steps of the days the sweep's run files keep), then mean and 95%% interval over"
                + " replications. Empty when the summary-window effect's"
                + " own 95%% interval includes 0 (no effect to time) or the sweep keeps no daily rows.",
                SMOOTHING_DAYS, outcome, Math.round(fraction * 100));
    }

    /**
     * Days to effect of one replication, from the days a run file keeps (every day, or every k-th day: then
     * in steps of k): {@code day} the day numbers, {@code value} and {@code reference} the outcome's county values
     * on those days, {@code onset} the index of the first kept day the runs differ, {@code effect} the difference
     * of their summary-window means. Days where either value is undefined are skipped. NaN when the runs never
     * differ, the effect is 0 or undefined, or the share is never reached.
     */
    public double days(int[] day, double[] value, double[] reference, int onset, double effect) {
        int n = Math.min(day.length, Math.min(value.length, reference.length));
        if (onset < 0 || onset >= n || !Double.isFinite(effect) || effect == 0) {
            return Double.NaN;
        }
        double target = fraction * Math.abs(effect);
        for (int d = onset; d < n; d++) {
            double sum = 0;
            int count = 0;
            for (int k = d; k >= onset && day[k] > day[d] - SMOOTHING_DAYS; k--) {
                double diff = value[k] - reference[k];
                if (Double.isFinite(diff)) {
                    sum += diff;
                    count++;
                }
            }
            if (count > 0 && Math.signum(effect) * sum / count >= target) {
                return day[d] - day[onset];
            }
        }
        return Double.NaN;
    }
}
