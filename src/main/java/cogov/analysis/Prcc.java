package cogov.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Partial rank correlation coefficients (Marino et al. 2008) for a sampled design such as a Latin
 * hypercube: the correlation of the ranks of one parameter with the ranks of the outcome once the ranks
 * of all other parameters are accounted for, read off the inverse of the rank correlation matrix.
 * Monotone, not necessarily linear, effects show as values near +1 or -1. Intervals use Fisher's z:
 * atanh(r) +- 1.96 / sqrt(n - 3 - (k - 1)).
 */
public final class Prcc {

    private Prcc() {
    }

    /**
     * @param x {@code [point][parameter]}
     * @param y outputs at the points (their seed means are used)
     */
    public static List<IndexRow> analyze(double[][] x, List<String> names, Replicates y) {
        int n = x.length;
        int k = names.size();
        if (y.points() != n) {
            throw new IllegalArgumentException("expected " + n + " outputs (got " + y.points() + ")");
        }
        double[][] ranks = new double[k + 1][];
        for (int i = 0; i < k; i++) {
            double[] col = new double[n];
            for (int p = 0; p < n; p++) {
                col[p] = x[p][i];
            }
            ranks[i] = ranks(col);
        }
        ranks[k] = ranks(y.means());
        double[][] corr = new double[k + 1][k + 1];
        for (int a = 0; a <= k; a++) {
            for (int b = a; b <= k; b++) {
                corr[a][b] = corr[b][a] = correlation(ranks[a], ranks[b]);
            }
        }
        RealMatrix inverse = new SingularValueDecomposition(new Array2DRowRealMatrix(corr)).getSolver().getInverse();
        double dof = n - 3.0 - (k - 1);
        List<IndexRow> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double denom = Math.sqrt(inverse.getEntry(i, i) * inverse.getEntry(k, k));
            double r = denom > 0 ? -inverse.getEntry(i, k) / denom : Double.NaN;
            r = Math.max(-1, Math.min(1, r));
            double lo = Double.NaN;
            double hi = Double.NaN;
            if (dof > 0 && Double.isFinite(r) && Math.abs(r) < 1) {
                double z = 0.5 * Math.log((1 + r) / (1 - r));
                double half = 1.959963984540054 / Math.sqrt(dof);
                lo = Math.tanh(z - half);
                hi = Math.tanh(z + half);
            }
            rows.add(new IndexRow(names.get(i), "PRCC", new Estimate(r, lo, hi), n));
        }
        rows.add(new IndexRow(IndexRow.ALL, "stochastic_share", Estimate.point(y.stochasticShare()), n));
        return rows;
    }

    /** Ranks 1..n, ties given their average rank. */
    static double[] ranks(double[] v) {
        int n = v.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && Double.compare(v[order[j + 1]], v[order[i]]) == 0) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int m = i; m <= j; m++) {
                r[order[m]] = rank;
            }
            i = j + 1;
        }
        return r;
    }

    private static double correlation(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
    }
}
