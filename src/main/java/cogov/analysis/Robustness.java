package cogov.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Robust comparison of configurations under deep uncertainty (Lempert, Popper and Bankes 2003): every
 * configuration is evaluated on the same assumption samples (paired), and instead of one effect per
 * configuration the analysis reports the distribution of its effect across the samples, the
 * probability that it beats each other configuration, how often it is the best, and, with PRIM, the
 * assumption ranges in which the ranking flips.
 */
public final class Robustness {

    /** Fewest samples on each side before a flip is worth a PRIM box. */
    public static final int MIN_FLIP_CASES = 3;

    private Robustness() {
    }

    /** One statistic of one configuration, possibly against another (a configuration name or empty). */
    public record Row(String configuration, String statistic, String other, Estimate estimate, int n) {
    }

    /** Where configuration {@code configuration} beats {@code other} (or the question stated in {@code question}). */
    public record Flip(String configuration, String other, String question, Prim.Box box) {
    }

    /** Rows and PRIM boxes of one outcome. */
    public record Result(List<Row> rows, List<Flip> flips) {
    }

    /**
     * @param names          configuration names
     * @param y              {@code [configuration][sample]} outcomes (seed means)
     * @param reference      index of the configuration effects are measured from
     * @param higherIsBetter whether a larger outcome beats a smaller one
     * @param x              {@code [sample][parameter]} assumption values
     * @param threshold      effect below which a configuration disappoints (NaN: no such question)
     */
    public static Result analyze(List<String> names, double[][] y, int reference, boolean higherIsBetter,
                                 double[][] x, List<String> parameters, double threshold, Bootstrap bootstrap) {
        int configs = names.size();
        int samples = x.length;
        double sign = higherIsBetter ? 1 : -1;
        List<Row> rows = new ArrayList<>();
        List<Flip> flips = new ArrayList<>();
        Prim.Points points = Prim.prepare(x, parameters.size());
        for (int c = 0; c < configs; c++) {
            if (c == reference) {
                continue;
            }
            double[] effect = new double[samples];
            for (int s = 0; s < samples; s++) {
                effect[s] = y[c][s] - y[reference][s];
            }
            String name = names.get(c);
            String ref = names.get(reference);
            Estimate mean = bootstrap.estimate(samples, units -> new double[] {meanOf(effect, units)})[0];
            rows.add(new Row(name, "effect_mean", ref, mean, samples));
            double[] sorted = effect.clone();
            Arrays.sort(sorted);
            rows.add(new Row(name, "effect_q05", ref, Estimate.point(Bootstrap.quantile(sorted, 0.05)), samples));
            rows.add(new Row(name, "effect_median", ref, Estimate.point(Bootstrap.quantile(sorted, 0.5)), samples));
            rows.add(new Row(name, "effect_q95", ref, Estimate.point(Bootstrap.quantile(sorted, 0.95)), samples));
            if (Double.isFinite(threshold)) {
                boolean[] below = new boolean[samples];
                int count = 0;
                for (int s = 0; s < samples; s++) {
                    below[s] = effect[s] < threshold;
                    count += below[s] ? 1 : 0;
                }
                rows.add(new Row(name, "p_effect_below_threshold", ref, wilson(count, samples), samples));
                if (count >= MIN_FLIP_CASES && samples - count >= MIN_FLIP_CASES) {
                    flips.add(new Flip(name, ref, "effect below " + Labels.round(threshold),
                            Prim.find(points, parameters, below)));
                }
            }
        }
        for (int c = 0; c < configs; c++) {
            int best = 0;
            for (int s = 0; s < samples; s++) {
                boolean isBest = true;
                for (int d = 0; d < configs && isBest; d++) {
                    isBest = d == c || sign * (y[c][s] - y[d][s]) > 0;
                }
                best += isBest ? 1 : 0;
            }
            rows.add(new Row(names.get(c), "p_best", "", wilson(best, samples), samples));
            for (int d = 0; d < configs; d++) {
                if (d == c) {
                    continue;
                }
                boolean[] beats = new boolean[samples];
                int wins = 0;
                int losses = 0;
                for (int s = 0; s < samples; s++) {
                    double diff = sign * (y[c][s] - y[d][s]);
                    beats[s] = diff > 0;
                    wins += diff > 0 ? 1 : 0;
                    losses += diff < 0 ? 1 : 0;
                }
                rows.add(new Row(names.get(c), "p_beats", names.get(d), wilson(wins, samples), samples));
                if (c < d && wins >= MIN_FLIP_CASES && losses >= MIN_FLIP_CASES) {
                    flips.add(new Flip(names.get(c), names.get(d), names.get(c) + " beats " + names.get(d),
                            Prim.find(points, parameters, beats)));
                }
            }
        }
        return new Result(rows, flips);
    }

    /** Wilson's (1927) score interval for a proportion: sensible at 0 and 1, unlike the normal one. */
    public static Estimate wilson(int successes, int n) {
        if (n == 0) {
            return Estimate.point(Double.NaN);
        }
        double z = 1.959963984540054;
        double p = successes / (double) n;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
        return new Estimate(p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    private static double meanOf(double[] v, int[] units) {
        double s = 0;
        for (int u : units) {
            s += v[u];
        }
        return s / units.length;
    }
}
