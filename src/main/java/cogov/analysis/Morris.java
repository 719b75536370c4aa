package cogov.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Elementary effects from a {@link MorrisDesign}: for each parameter, mu (mean effect, signed), mu*
 * (mean absolute effect, Campolongo, Cariboni and Saltelli 2007: the screening measure), and sigma
 * (standard deviation: non-linearity or interactions), with percentile bootstrap intervals over
 * trajectories, and mu* on the first r/2, r/4, ... trajectories to show convergence.
 *
 * <p>An elementary effect is the change of the seed-mean outcome per whole parameter range: a step of
 * Delta in the unit cube is scaled by 1/Delta, so mu* reads in outcome units for moving the parameter
 * from the low to the high end of its range. Beside them: {@code ee_seed_se}, the seed standard error
 * of one elementary effect (RMS over trajectories; compare mu* with it), and the stochastic share of
 * the design's runs. Both need at least 2 replications.
 */
public final class Morris {

    /** Fewest trajectories shown in the convergence rows. */
    public static final int MIN_CONVERGENCE_R = 4;

    private Morris() {
    }

    /** Indices of every parameter; y holds outputs at {@link MorrisDesign#points()}, in that order. */
    public static List<IndexRow> analyze(MorrisDesign design, List<String> names, Replicates y, Bootstrap bootstrap) {
        if (y.points() != design.size()) {
            throw new IllegalArgumentException("expected " + design.size() + " outputs (got " + y.points() + ")");
        }
        int k = design.k();
        int r = design.trajectories();
        double[][] effects = new double[k][r];
        double[][] seedVariance = new double[k][r];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                int i = design.changed()[t][s];
                int from = design.index(t, s);
                int to = from + 1;
                double step = design.up()[t][s] ? design.delta() : -design.delta();
                effects[i][t] = (y.mean(to) - y.mean(from)) / step;
                seedVariance[i][t] = y.varianceOfMeanDifference(to, from) / (step * step);
            }
        }
        List<IndexRow> rows = new ArrayList<>();
        for (int n = r; n >= 1; n /= 2) {
            if (n != r && n < MIN_CONVERGENCE_R) {
                break;
            }
            boolean full = n == r;
            Estimate[] e = bootstrap.estimate(n, units -> measures(effects, units));
            for (int i = 0; i < k; i++) {
                if (full) {
                    rows.add(new IndexRow(names.get(i), "mu", e[3 * i], n));
                }
                rows.add(new IndexRow(names.get(i), "mu_star", e[3 * i + 1], n));
                if (full) {
                    rows.add(new IndexRow(names.get(i), "sigma", e[3 * i + 2], n));
                }
            }
        }
        for (int i = 0; i < k; i++) {
            double s = 0;
            for (int t = 0; t < r; t++) {
                s += seedVariance[i][t];
            }
            double se = y.replications() > 1 ? Math.sqrt(s / r) : Double.NaN;
            rows.add(new IndexRow(names.get(i), "ee_seed_se", Estimate.point(se), r));
        }
        rows.add(new IndexRow(IndexRow.ALL, "stochastic_share", Estimate.point(y.stochasticShare()), r));
        return rows;
    }

    /** mu, mu*, sigma of each parameter over the given trajectories. */
    private static double[] measures(double[][] effects, int[] trajectories) {
        int k = effects.length;
        double[] out = new double[3 * k];
        int n = trajectories.length;
        for (int i = 0; i < k; i++) {
            double sum = 0;
            double abs = 0;
            for (int t : trajectories) {
                sum += effects[i][t];
                abs += Math.abs(effects[i][t]);
            }
            double mean = sum / n;
            double ss = 0;
            for (int t : trajectories) {
                ss += (effects[i][t] - mean) * (effects[i][t] - mean);
            }
            out[3 * i] = mean;
            out[3 * i + 1] = abs / n;
            out[3 * i + 2] = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        }
        return out;
    }
}
