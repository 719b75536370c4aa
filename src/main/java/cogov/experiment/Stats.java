package cogov.experiment;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * The statistics a sweep reports across replications. NaN inputs (a metric undefined in a run) are
 * left out; results that need more data than there is are NaN (written as empty cells).
 */
public final class Stats {

    private Stats() {
    }

    /** Descriptive statistics of one sample with a 95% t-based confidence interval of the mean. */
    public record Summary(int n, double mean, double sd, double ciLow, double ciHigh, double median, double q1,
                          double q3) {
    }

    /** A paired comparison of a configuration with the reference. */
    public record Paired(int nPairs, double meanDiff, double ciLow, double ciHigh, double effectSize,
                         double pValue) {
    }

    /** Half-width factor of a 95% two-sided t interval: t(0.975, n-1); NaN for n < 2. */
    public static double t975(int n) {
        if (n < 2) {
            return Double.NaN;
        }
        if (n < T975.length) {
            double t = T975[n];
            if (t == 0) {
                t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
                T975[n] = t;
            }
            return t;
        }
        return new TDistribution(n - 1).inverseCumulativeProbability(0.975);
    }

    /**
     * t(0.975, n-1) by n, filled on first use: the time series asks for it once per day, unit and metric, and
     * inverting the t distribution is most of the aggregation's arithmetic otherwise. Racing threads store
     * the same value, so the cache needs no lock.
     */
    private static final double[] T975 = new double[1024];

    /**
     * n, mean, sample sd (n-1), mean +- t(0.975, n-1) sd / sqrt(n), and median and quartiles by R's
     * default (type 7: linear interpolation between order statistics).
     */
    public static Summary summarize(double[] sample) {
        double[] x = finite(sample);
        int n = x.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        DescriptiveStatistics ds = new DescriptiveStatistics(x);
        double mean = ds.getMean();
        double sd = n < 2 ? Double.NaN : ds.getStandardDeviation();
        double half = t975(n) * sd / Math.sqrt(n);
        Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
        p.setData(x);
        return new Summary(n, mean, sd, mean - half, mean + half, p.evaluate(50), p.evaluate(25), p.evaluate(75));
    }

    /** Mean and 95% t interval only, from running moments (used for the time series). */
    public static double[] meanCi(int n, double mean, double m2) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double half = n < 2 ? Double.NaN : t975(n) * Math.sqrt(m2 / (n - 1)) / Math.sqrt(n);
        return new double[] {mean, mean - half, mean + half};
    }

    /**
     * Paired comparison of {@code x} against {@code reference}, pairs where either is NaN dropped:
     * mean difference x - reference, its 95% paired-t interval, Cohen's d_z (mean / sd of differences)
     * and the two-sided paired t-test p-value. When every difference is 0 the p-value is 1 and d_z 0.
     */
    public static Paired paired(double[] x, double[] reference) {
        int len = Math.min(x.length, reference.length);
        double[] a = new double[len];
        double[] b = new double[len];
        int n = 0;
        for (int i = 0; i < len; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(reference[i])) {
                a[n] = x[i];
                b[n] = reference[i];
                n++;
            }
        }
        a = Arrays.copyOf(a, n);
        b = Arrays.copyOf(b, n);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = a[i] - b[i];
        }
        if (n == 0) {
            return new Paired(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        DescriptiveStatistics ds = new DescriptiveStatistics(d);
        double mean = ds.getMean();
        if (n < 2) {
            return new Paired(n, mean, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = ds.getStandardDeviation();
        double half = t975(n) * sd / Math.sqrt(n);
        double effect;
        double p;
        if (sd == 0) {
            effect = mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean);
            p = mean == 0 ? 1 : 0;
        } else {
            effect = mean / sd;
            p = new TTest().pairedTTest(a, b);
        }
        return new Paired(n, mean, mean - half, mean + half, effect, p);
    }

    /**
     * Paired ratio of mean differences, {@code scale} x mean(dNumerator) / mean(dDenominator), pairs with a
     * NaN dropped, with a 95% delta-method interval: se^2 = (var(a) - 2R cov(a,b) + R^2 var(b)) / (n mean(b)^2)
     * for R = mean(a)/mean(b), interval scale x (R +- t(0.975, n-1) se). Interval NaN when the denominator's
     * own 95% interval includes 0 (the ratio is then unbounded). Effect size and p-value are NaN.
     */
    public static Paired ratio(double[] dNumerator, double[] dDenominator, double scale) {
        int len = Math.min(dNumerator.length, dDenominator.length);
        double[] a = new double[len];
        double[] b = new double[len];
        int n = 0;
        for (int i = 0; i < len; i++) {
            if (Double.isFinite(dNumerator[i]) && Double.isFinite(dDenominator[i])) {
                a[n] = dNumerator[i];
                b[n] = dDenominator[i];
                n++;
            }
        }
        if (n == 0) {
            return new Paired(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        a = Arrays.copyOf(a, n);
        b = Arrays.copyOf(b, n);
        double ma = new DescriptiveStatistics(a).getMean();
        double mb = new DescriptiveStatistics(b).getMean();
        double r = mb == 0 ? Double.NaN : ma / mb;
        if (n < 2 || mb == 0) {
            return new Paired(n, scale * r, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double va = new DescriptiveStatistics(a).getVariance();
        double vb = new DescriptiveStatistics(b).getVariance();
        double cov = new Covariance().covariance(a, b);
        double t = t975(n);
        if (Math.abs(mb) <= t * Math.sqrt(vb / n)) {
            return new Paired(n, scale * r, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double se = Math.sqrt(Math.max(0, va - 2 * r * cov + r * r * vb) / (n * mb * mb));
        double lo = scale * (r - t * se);
        double hi = scale * (r + t * se);
        return new Paired(n, scale * r, Math.min(lo, hi), Math.max(lo, hi), Double.NaN, Double.NaN);
    }

    /**
     * Holm's step-down adjustment: sort the m p-values ascending, multiply the i-th (0-based) by m - i,
     * make the sequence non-decreasing, cap at 1. NaN p-values are left out of m and stay NaN.
     */
    public static double[] holm(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                order[m++] = i;
            }
        }
        Integer[] valid = Arrays.copyOf(order, m);
        Arrays.sort(valid, Comparator.comparingDouble((Integer i) -> p[i]).thenComparingInt(i -> i));
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        double running = 0;
        for (int k = 0; k < m; k++) {
            running = Math.max(running, Math.min(1.0, (m - k) * p[valid[k]]));
            adjusted[valid[k]] = running;
        }
        return adjusted;
    }

    private static double[] finite(double[] sample) {
        return Arrays.stream(sample).filter(Double::isFinite).toArray();
    }
}
