package cogov.experiment;

import cogov.config.ExperimentSpec.Factorial;
import cogov.config.ExperimentSpec.Range;
import cogov.config.ExperimentSpec.ReferenceSpec;
import cogov.config.ExperimentSpec.Robustness;
import cogov.config.ExperimentSpec.SampledDesign;
import cogov.config.ExperimentSpec.Variant;
import cogov.config.ExperimentSpec.Variants;
import cogov.config.ExperimentSpec;
import cogov.output.Hashing;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The configurations of an experiment, expanded from its design spec, and which one is the reference.
 *
 * @param factorKeys     every override key of any configuration, in first-seen order (CSV columns)
 * @param configurations in design order
 * @param referenceIndex index of the reference configuration
 * @param named          whether configurations carry variant names (a {@code variant} CSV column)
 * @param sampling       the sampled points behind the configurations (null for factorial and variants)
 */
public record Design(List<String> factorKeys, List<Configuration> configurations, int referenceIndex,
                     boolean named, Sampling sampling) {

    public Design {
        factorKeys = List.copyOf(factorKeys);
        configurations = List.copyOf(configurations);
    }

    /** A design without sampled points (factorial or variants). */
    public Design(List<String> factorKeys, List<Configuration> configurations, int referenceIndex, boolean named) {
        this(factorKeys, configurations, referenceIndex, named, null);
    }

    /** Whether configurations are sampled points, which are never t-tested against one arbitrary point. */
    public boolean sampled() {
        return sampling != null;
    }

    /** Expands an experiment's design; throws IllegalArgumentException for an unusable design. */
    public static Design expand(ExperimentSpec spec) {
        List<Configuration> configs;
        boolean named = false;
        if (spec.design() instanceof Factorial f) {
            configs = factorial(f.factors());
        } else if (spec.design() instanceof Variants v) {
            configs = new ArrayList<>();
            for (Variant variant : v.variants()) {
                configs.add(Configuration.of(variant.name(), variant.overrides()));
            }
            named = true;
        } else {
            Sampling sampling = Sampling.of((SampledDesign) spec.design(), spec.seed());
            List<Configuration> unique = sampling.configurations();
            LinkedHashSet<String> keys = new LinkedHashSet<>();
            unique.forEach(c -> keys.addAll(c.overrides().keySet()));
            boolean variantNames = spec.design() instanceof Robustness;
            int reference = variantNames ? referenceIndex(unique, spec.reference()) : 0;
            return new Design(new ArrayList<>(keys), unique, reference, variantNames, sampling);
        }
        checkDistinct(configs);
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        configs.forEach(c -> keys.addAll(c.overrides().keySet()));
        return new Design(new ArrayList<>(keys), configs, referenceIndex(configs, spec.reference()), named);
    }

    /** Every combination of the factors' values; the first factor varies slowest. */
    static List<Configuration> factorial(Map<String, List<Object>> factors) {
        List<Map<String, Object>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Object>> factor : factors.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> p : points) {
                for (Object value : factor.getValue()) {
                    Map<String, Object> q = new LinkedHashMap<>(p);
                    q.put(factor.getKey(), value);
                    next.add(q);
                }
            }
            points = next;
        }
        List<Configuration> configs = new ArrayList<>();
        points.forEach(p -> configs.add(Configuration.of("", p)));
        return configs;
    }

    /**
     * A Latin hypercube in the unit cube: in each dimension, point i falls in stratum perm(i) of n
     * equal strata, at a uniform position inside it. Seeded, so the same master seed gives the same design.
     */
    public static double[][] latinHypercube(int n, int dims, long seed) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        double[][] points = new double[n][dims];
        for (int d = 0; d < dims; d++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            for (int i = 0; i < n; i++) {
                points[i][d] = (perm[i] + rng.nextDouble()) / n;
            }
        }
        return points;
    }

    /** The first n points of commons-math3's Sobol sequence (starting with the origin). */
    public static double[][] sobol(int n, int dims) {
        SobolSequenceGenerator gen = new SobolSequenceGenerator(dims);
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            points[i] = gen.nextVector();
        }
        return points;
    }

    /** Maps unit-cube points onto the ranges; an integer range [lo, hi] is cut into hi-lo+1 equal bins, one per whole number. */
    public static List<Configuration> scale(double[][] unit, Map<String, Range> ranges) {
        List<Configuration> configs = new ArrayList<>();
        for (double[] u : unit) {
            Map<String, Object> overrides = new LinkedHashMap<>();
            int d = 0;
            for (Map.Entry<String, Range> e : ranges.entrySet()) {
                overrides.put(e.getKey(), scale(u[d++], e.getValue()));
            }
            configs.add(Configuration.of("", overrides));
        }
        return configs;
    }

    public static Object scale(double u, Range r) {
        if (r.integer()) {
            long lo = (long) r.lo();
            long width = (long) r.hi() - lo + 1;
            return lo + Math.min(width - 1, (long) Math.floor(u * width));
        }
        return r.lo() + u * (r.hi() - r.lo());
    }

    private static void checkDistinct(List<Configuration> configs) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < configs.size(); i++) {
            Integer previous = seen.putIfAbsent(configs.get(i).id(), i);
            if (previous != null) {
                throw new IllegalArgumentException("configurations " + (previous + 1) + " and " + (i + 1)
                        + " have the same overrides (" + configs.get(i).canonical().trim().replace('\n', ' ') + ")");
            }
        }
    }

    private static int referenceIndex(List<Configuration> configs, ReferenceSpec ref) {
        if (ref.variant() != null) {
            for (int i = 0; i < configs.size(); i++) {
                if (configs.get(i).name().equals(ref.variant())) {
                    return i;
                }
            }
            throw new IllegalArgumentException("reference: no variant named " + ref.variant());
        }
        if (ref.values() != null && !ref.values().isEmpty()) {
            List<Integer> matches = new ArrayList<>();
            for (int i = 0; i < configs.size(); i++) {
                if (matches(configs.get(i).overrides(), ref.values())) {
                    matches.add(i);
                }
            }
            if (matches.size() != 1) {
                throw new IllegalArgumentException("reference: " + matches.size()
                        + " configurations match " + ref.values() + " (need exactly one)");
            }
            return matches.get(0);
        }
        return 0;
    }

    private static boolean matches(Map<String, Object> overrides, Map<String, Object> wanted) {
        for (Map.Entry<String, Object> e : wanted.entrySet()) {
            Object have = overrides.get(e.getKey());
            if (have == null || !Objects.equals(Num.value(have), Num.value(e.getValue()))) {
                return false;
            }
        }
        return true;
    }

    /** The reference configuration. */
    public Configuration reference() {
        return configurations.get(referenceIndex);
    }

    /** The configuration with this id, or null. */
    public Configuration find(String configId) {
        for (Configuration c : configurations) {
            if (c.id().equals(configId)) {
                return c;
            }
        }
        return null;
    }

    /** SHA-256 over the configurations' ids and canonical overrides plus the reference: equal designs hash equal. */
    public String hash() {
        StringBuilder sb = new StringBuilder("reference=").append(reference().id()).append('\n');
        for (Configuration c : configurations) {
            sb.append(c.id()).append(' ').append(c.name()).append('\n').append(c.canonical());
        }
        return Hashing.sha256Hex(sb.toString());
    }
}
