package cogov.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * First-order (S1) and total (ST) Sobol indices from a {@link SaltelliDesign}: S1 with the estimator of
 * Saltelli et al. (2010, Table 2 (b)), V_i = mean(f(B) (f(AB_i) - f(A))), and ST with Jansen's (1999),
 * E_i = mean((f(A) - f(AB_i))^2) / 2, with percentile bootstrap intervals over base rows and the same
 * indices on the first N/2, N/4, ... rows to show convergence.
 *
 * <p>With several replications (seeds) per point, the estimators use the seed means, and each product
 * of two means is corrected by the covariance of those means across seeds (a squared mean difference
 * by its seed variance), so seed noise does not masquerade as sensitivity. Indices are shares of the
 * variance of a single run's outcome over inputs and seeds; the share due to seeds alone is reported
 * beside them as {@code stochastic_share} (needs at least 2 replications). Both come from the A and B
 * points, independent draws of the inputs: a random-effects ANOVA splits their runs' variance into a
 * seed part and a part due to the inputs (see {@link Replicates#stochasticShare(int[])}). With one replication these
 * are the textbook estimators.
 */
public final class SobolIndices {

    /** Smallest base sample shown in the convergence rows. */
    public static final int MIN_CONVERGENCE_N = 16;

    private SobolIndices() {
    }

    /**
     * Indices of every parameter at N and at the convergence sizes N/2, N/4, ... (not below
     * {@link #MIN_CONVERGENCE_N}), plus the stochastic share at N.
     *
     * @param y outputs at {@link SaltelliDesign#points()}, in that order
     */
    public static List<IndexRow> analyze(SaltelliDesign design, List<String> names, Replicates y, Bootstrap bootstrap) {
        if (y.points() != design.size()) {
            throw new IllegalArgumentException("expected " + design.size() + " outputs (got " + y.points() + ")");
        }
        if (names.size() != design.k()) {
            throw new IllegalArgumentException("expected " + design.k() + " parameter names");
        }
        Terms terms = new Terms(design, y);
        List<IndexRow> rows = new ArrayList<>();
        for (int n = design.n(); n >= 1; n /= 2) {
            if (n < MIN_CONVERGENCE_N && n != design.n()) {
                break;
            }
            int rowsUsed = n;
            Estimate[] e = bootstrap.estimate(rowsUsed, units -> terms.indices(units));
            for (int i = 0; i < design.k(); i++) {
                rows.add(new IndexRow(names.get(i), "S1", e[2 * i], n));
                rows.add(new IndexRow(names.get(i), "ST", e[2 * i + 1], n));
            }
            if (n == design.n()) {
                rows.add(new IndexRow(IndexRow.ALL, "stochastic_share", e[2 * design.k()], n));
            }
        }
        return rows;
    }

    /** Per-base-row contributions, computed once and summed over any resample of rows. */
    private static final class Terms {
        final int k;
        final int reps;
        final double[][] s1;
        final double[][] st;
        final double[] sum;
        final double[] sumSq;
        final double[] within;

        Terms(SaltelliDesign d, Replicates y) {
            k = d.k();
            reps = y.replications();
            int n = d.n();
            s1 = new double[n][k];
            st = new double[n][k];
            sum = new double[n];
            sumSq = new double[n];
            within = new double[n];
            for (int j = 0; j < n; j++) {
                int a = d.indexA(j);
                int b = d.indexB(j);
                double ma = y.mean(a);
                double mb = y.mean(b);
                for (int i = 0; i < k; i++) {
                    int c = d.indexAB(j, i);
                    double mc = y.mean(c);
                    s1[j][i] = mb * (mc - ma) - y.covarianceOfMeans(b, new int[] {c, a}, new double[] {1, -1});
                    st[j][i] = ((ma - mc) * (ma - mc) - y.varianceOfMeanDifference(a, c)) / 2;
                }
                for (int p : new int[] {a, b}) {
                    double m = y.mean(p);
                    sum[j] += m;
                    sumSq[j] += m * m;
                    for (int r = 0; r < reps; r++) {
                        double v = y.value(p, r);
                        within[j] += (v - m) * (v - m);
                    }
                }
            }
        }

        /** S1_1, ST_1, ..., S1_k, ST_k, stochastic share, over the given base rows. */
        double[] indices(int[] rows) {
            double[] out = new double[2 * k + 1];
            double total = 0;
            double totalSq = 0;
            double withinSs = 0;
            for (int j : rows) {
                for (int i = 0; i < k; i++) {
                    out[2 * i] += s1[j][i];
                    out[2 * i + 1] += st[j][i];
                }
                total += sum[j];
                totalSq += sumSq[j];
                withinSs += within[j];
            }
            double[] c = Replicates.components(2.0 * rows.length, reps, total, totalSq, withinSs);
            double variance = c[0] + c[1];
            for (int i = 0; i < 2 * k; i++) {
                out[i] = variance > 0 ? out[i] / rows.length / variance : Double.NaN;
            }
            out[2 * k] = reps > 1 && variance > 0 ? c[0] / variance : Double.NaN;
            return out;
        }
    }
}
