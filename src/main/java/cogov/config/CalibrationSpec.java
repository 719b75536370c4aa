package cogov.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A validated calibration experiment: the base scenario, the numeric keys to fit with their priors,
 * the targets, and how ABC-SMC runs. Produced by {@link CalibrationLoader}.
 *
 * @param name          output folder name
 * @param file          the calibration file as the user named it
 * @param base          the base scenario file, resolved against the calibration file's folder
 * @param targetsFile   the targets file, resolved likewise
 * @param parameters    the fitted keys in file order
 * @param targets       every target of the targets file, inactive ones included
 * @param particles     particles per generation
 * @param replications  runs per candidate, averaged
 * @param generations   at most this many generations
 * @param quantile      next tolerance = this quantile of the current distances
 * @param minTolerance  stop once the tolerance reaches this
 * @param minAcceptance abandon a generation whose acceptance rate would be lower, and stop
 * @param seed          master seed
 */
public record CalibrationSpec(String name, String description, Path file, Path base, Path targetsFile,
                              List<ParameterSpec> parameters, List<TargetSpec> targets, int particles, int replications,
                              int generations, double quantile, double minTolerance, double minAcceptance, long seed) {

    public CalibrationSpec {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        parameters = List.copyOf(parameters);
        targets = List.copyOf(targets);
    }

    /** The targets whose metric exists: what the calibration simulates. */
    public List<TargetSpec> activeTargets() {
        return targets.stream().filter(TargetSpec::active).toList();
    }

    /** How a prior is shaped. */
    public enum PriorKind {
        UNIFORM, NORMAL
    }

    /**
     * One fitted scenario key.
     *
     * @param key     dotted scenario key path, e.g. {@code residents.threshold.mean}
     * @param integer true when the key takes whole numbers (sampled values are rounded)
     * @param prior   uniform on [low, high], or normal(mean, sd) truncated to [low, high]
     */
    public record ParameterSpec(String key, boolean integer, PriorKind prior, double low, double high, double mean,
                                double sd) {
        public ParameterSpec {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(prior, "prior");
        }

        /** The value to put in the scenario: rounded (and kept in [low, high]) for whole-number keys. */
        public Object scenarioValue(double x) {
            if (integer) {
                return (int) Math.max(low, Math.min(high, Math.round(x)));
            }
            return x;
        }
    }
}
