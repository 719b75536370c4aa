package cogov.calibration;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Statistics of weighted samples (a particle population): mean, covariance, quantiles and effective
 * sample size. Weights need not be normalised; NaN values are skipped where stated.
 */
public final class WeightedStats {

    private WeightedStats() {
    }

    /** Weighted mean. */
    public static double mean(double[] x, double[] w) {
        double sw = 0;
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            sw += w[i];
            s += w[i] * x[i];
        }
        return s / sw;
    }

    /** Weighted standard deviation (population form: sum w (x - mean)^2 / sum w). */
    public static double sd(double[] x, double[] w) {
        double m = mean(x, w);
        double sw = 0;
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            sw += w[i];
            s += w[i] * (x[i] - m) * (x[i] - m);
        }
        return Math.sqrt(s / sw);
    }

    /** Weighted covariance matrix of the rows of {@code theta} (particles x parameters). */
    public static double[][] covariance(double[][] theta, double[] w) {
        int d = theta[0].length;
        double sw = 0;
        double[] mean = new double[d];
        for (int i = 0; i < theta.length; i++) {
            sw += w[i];
            for (int k = 0; k < d; k++) {
                mean[k] += w[i] * theta[i][k];
            }
        }
        for (int k = 0; k < d; k++) {
            mean[k] /= sw;
        }
        double[][] cov = new double[d][d];
        for (int i = 0; i < theta.length; i++) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    cov[a][b] += w[i] * (theta[i][a] - mean[a]) * (theta[i][b] - mean[b]);
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b <= a; b++) {
                cov[a][b] /= sw;
                cov[b][a] = cov[a][b];
            }
        }
        return cov;
    }

    /**
     * The {@code p}-quantile of the weighted empirical distribution, interpolating linearly between
     * the midpoints of each sample's weight (so equal weights give the usual sample quantiles, and
     * p = 0.5 of two values is their mean). NaN values are skipped; NaN when none is left.
     */
    public static double quantile(double[] x, double[] w, double p) {
        Integer[] order = new Integer[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && w[i] > 0) {
                order[n++] = i;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Integer[] idx = Arrays.copyOf(order, n);
        Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> x[i]).thenComparingInt(i -> i));
        double total = 0;
        for (int i : idx) {
            total += w[i];
        }
        double cumulative = 0;
        double previousMid = Double.NaN;
        double previousValue = Double.NaN;
        for (int i : idx) {
            double mid = (cumulative + w[i] / 2) / total;
            cumulative += w[i];
            if (p <= mid) {
                if (Double.isNaN(previousMid)) {
                    return x[i];
                }
                double f = (p - previousMid) / (mid - previousMid);
                return previousValue + f * (x[i] - previousValue);
            }
            previousMid = mid;
            previousValue = x[i];
        }
        return previousValue;
    }

    /** Effective sample size (sum w)^2 / sum w^2 (Kish). */
    public static double ess(double[] w) {
        double s = 0;
        double s2 = 0;
        for (double v : w) {
            s += v;
            s2 += v * v;
        }
        return s * s / s2;
    }
}
