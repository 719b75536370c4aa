package cogov.calibration;

import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The perturbation kernel of Beaumont et al. (2009): a multivariate normal whose covariance is twice
 * the weighted covariance of the previous population. Densities are up to a constant (the same for
 * every particle, so it cancels in the weights).
 */
final class GaussianKernel {

    private final double[][] lower;
    private final int d;

    /** @param covariance the kernel's covariance (already doubled); a tiny ridge is added if it is singular */
    GaussianKernel(double[][] covariance) {
        d = covariance.length;
        RealMatrix m = MatrixUtils.createRealMatrix(covariance);
        CholeskyDecomposition chol = null;
        double ridge = 0;
        for (int attempt = 0; chol == null; attempt++) {
            try {
                chol = new CholeskyDecomposition(m, 1e-12, 1e-14);
            } catch (NonPositiveDefiniteMatrixException e) {
                if (attempt > 40) {
                    throw new IllegalStateException("the particles' covariance cannot be made positive definite", e);
                }
                ridge = ridge == 0 ? 1e-12 * Math.max(1e-300, maxDiagonal(covariance)) + 1e-300 : ridge * 10;
                m = MatrixUtils.createRealMatrix(covariance);
                for (int k = 0; k < d; k++) {
                    m.addToEntry(k, k, ridge);
                }
            }
        }
        lower = chol.getL().getData();
    }

    /** Twice the weighted covariance of the population, as Beaumont et al. (2009) propose. */
    static GaussianKernel forPopulation(double[][] theta, double[] weights) {
        double[][] cov = WeightedStats.covariance(theta, weights);
        for (double[] row : cov) {
            for (int k = 0; k < row.length; k++) {
                row[k] *= 2;
            }
        }
        return new GaussianKernel(cov);
    }

    private static double maxDiagonal(double[][] c) {
        double max = 0;
        for (int k = 0; k < c.length; k++) {
            max = Math.max(max, Math.abs(c[k][k]));
        }
        return max;
    }

    /** {@code centre} plus a kernel draw. */
    double[] perturb(double[] centre, RandomGenerator rng) {
        double[] z = new double[d];
        for (int k = 0; k < d; k++) {
            z[k] = rng.nextGaussian();
        }
        double[] x = centre.clone();
        for (int a = 0; a < d; a++) {
            for (int b = 0; b <= a; b++) {
                x[a] += lower[a][b] * z[b];
            }
        }
        return x;
    }

    /** exp(-q/2) with q the squared Mahalanobis length of {@code x - y}. */
    double density(double[] x, double[] y) {
        double[] v = new double[d];
        double q = 0;
        for (int a = 0; a < d; a++) {
            double s = x[a] - y[a];
            for (int b = 0; b < a; b++) {
                s -= lower[a][b] * v[b];
            }
            v[a] = s / lower[a][a];
            q += v[a] * v[a];
        }
        return Math.exp(-0.5 * q);
    }
}
