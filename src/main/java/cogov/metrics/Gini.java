package cogov.metrics;

import java.util.Arrays;

/** The Gini coefficient, used for inequality across grids. */
public final class Gini {
    private Gini() {
    }

    /**
     * Gini of non-negative values: sum over i of (2i - n - 1) x_(i) / (n * sum x) with x sorted ascending
     * and i from 1; 0 when all are equal, NaN for fewer than two values or a zero sum.
     */
    public static double of(double[] values) {
        int n = values.length;
        if (n < 2) {
            return Double.NaN;
        }
        double[] x = values.clone();
        Arrays.sort(x);
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
            weighted += (2.0 * (i + 1) - n - 1) * x[i];
        }
        return sum > 0 ? weighted / (n * sum) : Double.NaN;
    }
}
