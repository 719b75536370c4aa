package cogov.analysis;

import java.util.Arrays;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Percentile bootstrap (Efron and Tibshirani 1993, ch. 13) over the independent units of a design
 * (trajectories, base rows, sample points): seeded, so the same data give the same interval.
 */
public final class Bootstrap {

    /** Default number of resamples: enough for stable 2.5% and 97.5% percentiles. */
    public static final int DEFAULT_RESAMPLES = 1000;

    private final RandomGenerator random;
    private final int resamples;

    public Bootstrap(int resamples, long seed) {
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples must be >= 0 (got " + resamples + ")");
        }
        this.resamples = resamples;
        this.random = new MersenneTwister(seed);
    }

    public int resamples() {
        return resamples;
    }

    /** Indices of one resample with replacement of {@code n} units. */
    public int[] resample(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = random.nextInt(n);
        }
        return idx;
    }

    /** A statistic of several outputs computed on a resample of unit indices. */
    public interface Statistic {
        double[] compute(int[] units);
    }

    /**
     * Estimates on the full sample plus percentile intervals from {@link #resamples()} resamples.
     * Non-finite replicate values are left out of the percentiles.
     */
    public Estimate[] estimate(int n, Statistic statistic) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        double[] full = statistic.compute(all);
        double[][] reps = new double[full.length][resamples];
        for (int b = 0; b < resamples; b++) {
            double[] v = statistic.compute(resample(n));
            for (int s = 0; s < full.length; s++) {
                reps[s][b] = v[s];
            }
        }
        Estimate[] out = new Estimate[full.length];
        for (int s = 0; s < full.length; s++) {
            double[] interval = percentileInterval(reps[s]);
            out[s] = new Estimate(full[s], interval[0], interval[1]);
        }
        return out;
    }

    /** The 2.5% and 97.5% percentiles (linear interpolation) of the finite values; NaN when there are none. */
    static double[] percentileInterval(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {quantile(finite, 0.025), quantile(finite, 0.975)};
    }

    /** Quantile of sorted values, linear interpolation between order statistics (R type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
