package cogov.output.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A full two-level factorial design recognised from the manifest's design, and its effects
 * estimated replication by replication: a factor's main effect in replication r is the mean over
 * the configurations with the factor on minus the mean over those with it off (so averaged over
 * the other factors); a two-way interaction contrasts the configurations where both factors agree
 * with those where they differ. Mean and 95% t interval are then taken over replications.
 */
final class Factorial {

    /** A two-level factor: its key path, a short display name and its two levels. */
    record Factor(String key, String name, String off, String on) {
    }

    /** Mean and 95% t confidence interval over {@code n} replications. */
    record Estimate(int n, double mean, double low, double high) {
    }

    final List<Factor> factors;
    private final List<DesignPoint> design;
    private final boolean[][] on;

    private Factorial(List<Factor> factors, List<DesignPoint> design) {
        this.factors = List.copyOf(factors);
        this.design = List.copyOf(design);
        this.on = new boolean[design.size()][factors.size()];
        for (int c = 0; c < design.size(); c++) {
            for (int f = 0; f < factors.size(); f++) {
                on[c][f] = factors.get(f).on().equals(design.get(c).factors().get(factors.get(f).key()));
            }
        }
    }

    /**
     * The factorial structure when every varying factor has exactly two levels and the design holds
     * each of the 2^k combinations exactly once; empty otherwise.
     */
    static Optional<Factorial> detect(List<DesignPoint> design) {
        Set<String> keys = new LinkedHashSet<>();
        design.forEach(d -> keys.addAll(d.factors().keySet()));
        List<Factor> factors = new ArrayList<>();
        for (String key : keys) {
            List<String> levels = new ArrayList<>();
            for (DesignPoint d : design) {
                String v = d.factors().get(key);
                if (v == null) {
                    return Optional.empty();
                }
                if (!levels.contains(v)) {
                    levels.add(v);
                }
            }
            if (levels.size() > 2) {
                return Optional.empty();
            }
            if (levels.size() == 2) {
                String on = onLevel(levels.get(0), levels.get(1));
                String off = on.equals(levels.get(0)) ? levels.get(1) : levels.get(0);
                factors.add(new Factor(key, shortName(key), off, on));
            }
        }
        if (factors.isEmpty() || factors.size() > 20 || design.size() != (1 << factors.size())) {
            return Optional.empty();
        }
        Factorial result = new Factorial(factors, design);
        Set<String> combinations = new HashSet<>();
        for (boolean[] row : result.on) {
            combinations.add(java.util.Arrays.toString(row));
        }
        return combinations.size() == design.size() ? Optional.of(result) : Optional.empty();
    }

    /** "true" over "false"; the larger of two numbers; otherwise the level met second in design order. */
    private static String onLevel(String first, String second) {
        if (first.equalsIgnoreCase("true") || second.equalsIgnoreCase("false")) {
            return first.equalsIgnoreCase("true") ? first : second;
        }
        if (first.equalsIgnoreCase("false")) {
            return second;
        }
        try {
            return Double.parseDouble(first) > Double.parseDouble(second) ? first : second;
        } catch (NumberFormatException e) {
            return second;
        }
    }

    /** "mechanisms.joint_building.enabled" becomes "joint_building". */
    static String shortName(String key) {
        List<String> parts = new ArrayList<>(List.of(key.split("\\.")));
        if (parts.size() > 1 && parts.get(0).equals("mechanisms")) {
            parts.remove(0);
        }
        if (parts.size() > 1 && parts.get(parts.size() - 1).equals("enabled")) {
            parts.remove(parts.size() - 1);
        }
        return String.join(".", parts);
    }

    /** Whether factor f is on in the design's configuration c. */
    boolean isOn(int config, int factor) {
        return on[config][factor];
    }

    /**
     * Main effect of factor f.
     *
     * @param values per configuration id, per replication number, the run's value (missing or NaN
     *               values drop that replication from every configuration, keeping the contrast paired)
     */
    Estimate mainEffect(int f, Map<String, Map<Integer, Double>> values) {
        int[] sign = new int[design.size()];
        for (int c = 0; c < design.size(); c++) {
            sign[c] = on[c][f] ? 1 : -1;
        }
        return contrast(sign, values);
    }

    /** Two-way interaction of factors f and g: half the difference between f's effect with g on and with g off. */
    Estimate interaction(int f, int g, Map<String, Map<Integer, Double>> values) {
        int[] sign = new int[design.size()];
        for (int c = 0; c < design.size(); c++) {
            sign[c] = on[c][f] == on[c][g] ? 1 : -1;
        }
        return contrast(sign, values);
    }

    private Estimate contrast(int[] sign, Map<String, Map<Integer, Double>> values) {
        Set<Integer> replications = null;
        for (DesignPoint d : design) {
            Set<Integer> reps = new TreeSet<>();
            values.getOrDefault(d.configId(), Map.of()).forEach((rep, v) -> {
                if (v != null && !v.isNaN()) {
                    reps.add(rep);
                }
            });
            if (replications == null) {
                replications = reps;
            } else {
                replications.retainAll(reps);
            }
        }
        List<Double> effects = new ArrayList<>();
        for (int rep : replications == null ? Set.<Integer>of() : replications) {
            double plus = 0;
            double minus = 0;
            int nPlus = 0;
            int nMinus = 0;
            for (int c = 0; c < design.size(); c++) {
                double v = values.get(design.get(c).configId()).get(rep);
                if (sign[c] > 0) {
                    plus += v;
                    nPlus++;
                } else {
                    minus += v;
                    nMinus++;
                }
            }
            effects.add(plus / nPlus - minus / nMinus);
        }
        return tInterval(effects.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Mean and 95% t interval; the interval is NaN with fewer than two values. */
    static Estimate tInterval(double[] x) {
        int n = x.length;
        if (n == 0) {
            return new Estimate(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        if (n < 2) {
            return new Estimate(1, mean, Double.NaN, Double.NaN);
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (n - 1) / n);
        return new Estimate(n, mean, mean - half, mean + half);
    }

    /** Description of the levels, e.g. "joint_building: false -> true". */
    String levels() {
        List<String> parts = new ArrayList<>();
        for (Factor f : factors) {
            parts.add(String.format(Locale.ROOT, "%s: %s \u2192 %s", f.name(), f.off(), f.on()));
        }
        return String.join("; ", parts);
    }
}
