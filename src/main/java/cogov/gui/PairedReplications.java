package cogov.gui;

import cogov.metrics.MetricsRow;
import cogov.metrics.Scope;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The twin run's paired comparison: for each replication (one seed, both sides), the configuration's
 * county value minus the reference's, per metric and day; across the completed replications, the mean
 * difference per day with its two-sided 95% t interval (commons-math3). This is the sweep's paired
 * comparison, accumulated live.
 */
final class PairedReplications {
    /** Mean paired difference over {@code n} replications and its 95% t interval (NaN bounds below two). */
    record Interval(double mean, double lo, double hi, int n) {
    }

    private static final double LEVEL = 0.95;

    private final List<String> metrics;
    private final int days;
    private final List<double[][]> completed = new ArrayList<>();
    private double[][] configuration;
    private double[][] reference;

    PairedReplications(List<String> metrics, int days) {
        this.metrics = List.copyOf(metrics);
        this.days = days;
        begin();
    }

    /** Starts a new replication: both sides empty. */
    synchronized void begin() {
        configuration = empty();
        reference = empty();
    }

    private double[][] empty() {
        double[][] a = new double[metrics.size()][days + 1];
        for (double[] row : a) {
            Arrays.fill(row, Double.NaN);
        }
        return a;
    }

    /** A day's rows of the configuration side (its county row is kept). */
    synchronized void configuration(List<MetricsRow> rows) {
        keep(rows, configuration);
    }

    /** A day's rows of the reference side (its county row is kept). */
    synchronized void reference(List<MetricsRow> rows) {
        keep(rows, reference);
    }

    private void keep(List<MetricsRow> rows, double[][] into) {
        for (MetricsRow row : rows) {
            if (row.scope() == Scope.COUNTY && row.day() <= days) {
                for (int m = 0; m < metrics.size(); m++) {
                    into[m][row.day()] = row.get(metrics.get(m));
                }
            }
        }
    }

    /** The difference (configuration minus reference) of the replication in progress. */
    synchronized double difference(int metric, int day) {
        return configuration[metric][day] - reference[metric][day];
    }

    /** The reference side's value of the replication in progress. */
    synchronized double referenceValue(int metric, int day) {
        return reference[metric][day];
    }

    /** Ends the replication in progress: its differences join the completed ones. */
    synchronized void end() {
        double[][] diff = new double[metrics.size()][days + 1];
        for (int m = 0; m < metrics.size(); m++) {
            for (int d = 0; d <= days; d++) {
                diff[m][d] = configuration[m][d] - reference[m][d];
            }
        }
        completed.add(diff);
        begin();
    }

    /** Replications completed. */
    synchronized int completed() {
        return completed.size();
    }

    /** The paired interval of one metric (index in the constructor's list) on one day, over completed replications. */
    synchronized Interval at(int metric, int day) {
        SummaryStatistics s = new SummaryStatistics();
        for (double[][] diff : completed) {
            double v = diff[metric][day];
            if (Double.isFinite(v)) {
                s.addValue(v);
            }
        }
        long n = s.getN();
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        if (n == 1) {
            return new Interval(s.getMean(), Double.NaN, Double.NaN, 1);
        }
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + LEVEL / 2);
        double half = t * s.getStandardDeviation() / Math.sqrt(n);
        return new Interval(s.getMean(), s.getMean() - half, s.getMean() + half, (int) n);
    }
}
