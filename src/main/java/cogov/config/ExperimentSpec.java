package cogov.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated experiment file: which scenario to start from, which configurations to try, how many
 * replications of each, and how to summarise and compare them. Produced by {@link ExperimentLoader};
 * the experiment package expands it into runs.
 *
 * @param name         experiment name (output folder name)
 * @param description  free text
 * @param file         the experiment file as the user named it (labels messages, hashed for resume)
 * @param base         the base scenario file, already resolved against the experiment file's folder
 * @param design       the configurations: a factorial, a list of variants or a space-filling sample
 * @param replications replications of every configuration (at least 1)
 * @param seed         master seed from which every run's seed is derived
 * @param windowDays   outcome summary = mean of the last {@code windowDays} days of a run
 * @param reference    the configuration every other one is compared with
 * @param basePosterior a calibration's {@code posterior.csv} from which each replication draws its base
 *                     parameter values (weighted), or null: the base scenario's own values
 * @param dailySeries  whether run files keep their daily rows (false: summary-only, for designs of
 *                     thousands of runs; timeseries.csv then stays empty)
 */
public record ExperimentSpec(
        String name,
        String description,
        Path file,
        Path base,
        DesignSpec design,
        int replications,
        long seed,
        int windowDays,
        ReferenceSpec reference,
        Path basePosterior,
        boolean dailySeries) {

    /** An experiment without a base posterior that keeps the daily series of its runs. */
    public ExperimentSpec(String name, String description, Path file, Path base, DesignSpec design, int replications,
                          long seed, int windowDays, ReferenceSpec reference) {
        this(name, description, file, base, design, replications, seed, windowDays, reference, null, true);
    }

    /** An experiment with a base posterior (or null) that keeps the daily series of its runs. */
    public ExperimentSpec(String name, String description, Path file, Path base, DesignSpec design, int replications,
                          long seed, int windowDays, ReferenceSpec reference, Path basePosterior) {
        this(name, description, file, base, design, replications, seed, windowDays, reference, basePosterior, true);
    }

    /** An experiment without a base posterior; {@code dailySeries} false makes it summary-only. */
    public ExperimentSpec(String name, String description, Path file, Path base, DesignSpec design, int replications,
                          long seed, int windowDays, ReferenceSpec reference, boolean dailySeries) {
        this(name, description, file, base, design, replications, seed, windowDays, reference, null, dailySeries);
    }

    public ExperimentSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(reference, "reference");
        description = description == null ? "" : description;
    }

    /** A copy reading its base scenario from another file (a sweep folder's resolved copy). */
    public ExperimentSpec withBase(Path newBase) {
        return new ExperimentSpec(name, description, file, newBase, design, replications, seed, windowDays, reference,
                basePosterior, dailySeries);
    }

    /** How the configurations of an experiment are chosen. */
    public sealed interface DesignSpec permits Factorial, Variants, SampledDesign {
    }

    /** Designs whose configurations are points sampled over parameter ranges (no configuration is special). */
    public sealed interface SampledDesign extends DesignSpec permits Sample, Morris, Saltelli, Robustness {
        /** The sampled parameters and their ranges, in design order. */
        Map<String, Range> ranges();
    }

    /**
     * Full factorial: every combination of the listed values, the first factor varying slowest.
     * No factors at all means one configuration, the base scenario itself.
     */
    public record Factorial(Map<String, List<Object>> factors) implements DesignSpec {
        public Factorial {
            Map<String, List<Object>> copy = new LinkedHashMap<>();
            factors.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            factors = Collections.unmodifiableMap(copy);
        }
    }

    /** One named set of overrides on the base scenario. */
    public record Variant(String name, Map<String, Object> overrides) {
        public Variant {
            Objects.requireNonNull(name, "name");
            overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        }
    }

    /** Hand-picked configurations, in the order given. */
    public record Variants(List<Variant> variants) implements DesignSpec {
        public Variants {
            variants = List.copyOf(variants);
        }
    }

    /** Space-filling samplers for continuous factors. */
    public enum SampleMethod {
        LHS, SOBOL, MORRIS, SALTELLI
    }

    /**
     * A closed range of one sampled factor; {@code integer} when both bounds were written as integers,
     * in which case sampled values are whole numbers in {@code [lo, hi]}.
     */
    public record Range(double lo, double hi, boolean integer) {
    }

    /** {@code count} points of a Latin hypercube or a Sobol sequence over the given ranges. */
    public record Sample(SampleMethod method, int count, Map<String, Range> ranges) implements SampledDesign {
        public Sample {
            Objects.requireNonNull(method, "method");
            ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
        }
    }

    /**
     * The reference configuration: a variant by name, or the configuration whose overrides match the
     * given factor values; both null means the first configuration.
     */
    public record ReferenceSpec(String variant, Map<String, Object> values) {
        public static final ReferenceSpec FIRST = new ReferenceSpec(null, null);

        public ReferenceSpec {
            values = values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * Morris elementary effects: {@code trajectories} one-at-a-time trajectories on a grid of
     * {@code levels} (even, at least 2) levels per parameter range; with {@code candidates} > 0 the
     * trajectories are the most spread out of that many random ones (Campolongo et al. 2007), else random.
     */
    public record Morris(Map<String, Range> ranges, int trajectories, int levels, int candidates)
            implements SampledDesign {
        public Morris {
            ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
        }

        /** Random trajectories, no optimised selection. */
        public Morris(Map<String, Range> ranges, int trajectories, int levels) {
            this(ranges, trajectories, levels, 0);
        }
    }

    /** Saltelli's design for Sobol indices: {@code n} base rows (a power of two), n(k + 2) points. */
    public record Saltelli(Map<String, Range> ranges, int n) implements SampledDesign {
        public Saltelli {
            ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
        }
    }

    /**
     * Configurations crossed with a Latin hypercube of {@code samples} points over the uncertain ranges;
     * every configuration meets the same assumption samples (paired).
     *
     * @param threshold effect (outcome units, from the reference) below which a configuration counts as
     *                  disappointing for scenario discovery; NaN when not asked
     */
    public record Robustness(List<Variant> variants, int samples, Map<String, Range> ranges, double threshold)
            implements SampledDesign {
        public Robustness {
            variants = List.copyOf(variants);
            ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
        }
    }
}
