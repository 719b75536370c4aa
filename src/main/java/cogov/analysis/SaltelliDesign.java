package cogov.analysis;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's design for first-order and total Sobol indices (Saltelli et al. 2010, section 3): two
 * independent base matrices A and B of N rows in the unit cube (the first and last k columns of a
 * 2k-dimensional Sobol sequence) and, for each parameter i, the matrix AB_i equal to A with column i
 * taken from B. N(k+2) points in all, ordered by base row: A_j, B_j, AB_1j ... AB_kj.
 *
 * <p>N must be a power of two. The first 2^m points of a Sobol sequence (first point, the origin,
 * included, as Owen 2020 recommends) are a balanced (t, m, s)-net; any other N leaves the design
 * unbalanced, and the convergence check uses the first N/2, N/4, ... rows, which are nets again
 * only when N is a power of two. {@link #of} therefore refuses other N, naming the two nearest powers.
 */
public record SaltelliDesign(int n, int k, double[][] a, double[][] b) {

    /** The design of {@code n} base rows over {@code k} parameters. */
    public static SaltelliDesign of(int n, int k) {
        if (k < 1 || 2 * k > 1000) {
            throw new IllegalArgumentException("a Saltelli design needs 1 to 500 parameters (got " + k + ")");
        }
        if (!isPowerOfTwo(n)) {
            throw new IllegalArgumentException(notPowerOfTwo(n));
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        double[][] a = new double[n][k];
        double[][] b = new double[n][k];
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            System.arraycopy(v, 0, a[j], 0, k);
            System.arraycopy(v, k, b[j], 0, k);
        }
        return new SaltelliDesign(n, k, a, b);
    }

    /** Whether n is 1, 2, 4, 8, ... */
    public static boolean isPowerOfTwo(int n) {
        return n > 0 && (n & (n - 1)) == 0;
    }

    /** The message for an N that is not a power of two. */
    public static String notPowerOfTwo(int n) {
        int lower = n < 1 ? 1 : Integer.highestOneBit(n);
        return "the Saltelli base sample size N must be a power of two, so that the Sobol points and the"
                + " convergence subsamples N/2, N/4, ... are balanced (got " + n + "; use " + lower
                + (n > 1 ? " or " + lower * 2 : "") + ")";
    }

    /** Points per base row: A, B and one AB_i per parameter. */
    public int pointsPerRow() {
        return k + 2;
    }

    /** Total number of points, N(k + 2). */
    public int size() {
        return n * (k + 2);
    }

    /** Index of A_j among {@link #points()}. */
    public int indexA(int row) {
        return row * (k + 2);
    }

    /** Index of B_j. */
    public int indexB(int row) {
        return row * (k + 2) + 1;
    }

    /** Index of AB_ij: row j of A with column i from B. */
    public int indexAB(int row, int parameter) {
        return row * (k + 2) + 2 + parameter;
    }

    /** All N(k+2) points in the unit cube, in base-row order. */
    public double[][] points() {
        double[][] p = new double[size()][];
        for (int j = 0; j < n; j++) {
            p[indexA(j)] = a[j].clone();
            p[indexB(j)] = b[j].clone();
            for (int i = 0; i < k; i++) {
                double[] ab = a[j].clone();
                ab[i] = b[j][i];
                p[indexAB(j, i)] = ab;
            }
        }
        return p;
    }
}
