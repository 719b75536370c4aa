package cogov.config;

import java.util.List;
import java.util.Map;

/**
 * A distribution of a per-resident value, either an explicit list of values (assigned to residents in
 * order, cycling when there are more residents than values) or a commons-math3 distribution given by
 * name and parameters. Supported names and their parameters:
 * {@code constant(value)}, {@code normal(mean, sd)}, {@code uniform(lower, upper)},
 * {@code beta(alpha, beta)}, {@code lognormal(scale, shape)}, {@code gamma(shape, scale)},
 * {@code exponential(mean)}, {@code triangular(lower, mode, upper)}, {@code logistic(mu, s)}.
 * Sampled values are clamped to [0, 1] by the model where the quantity is a share.
 *
 * @param distribution the name, or {@code "values"} when {@code values} is used
 * @param parameters   parameter name to value (empty for {@code values})
 * @param values       the explicit values (empty unless {@code distribution} is {@code "values"})
 */
public record DistributionSpec(String distribution, Map<String, Double> parameters, List<Double> values) {

    public DistributionSpec {
        parameters = Map.copyOf(parameters);
        values = List.copyOf(values);
    }

    /** Shorthand for a normal distribution. */
    public static DistributionSpec normal(double mean, double sd) {
        return new DistributionSpec("normal", Map.of("mean", mean, "sd", sd), List.of());
    }

    /** Shorthand for an explicit list. */
    public static DistributionSpec ofValues(List<Double> values) {
        return new DistributionSpec("values", Map.of(), values);
    }

    /** The parameter names of a named distribution in their canonical order (as documented); empty for explicit values. */
    public List<String> parameterNames() {
        return isExplicit() ? List.of() : DistributionKind.fromKey(distribution).parameters;
    }

    /** True when explicit values are used. */
    public boolean isExplicit() {
        return "values".equals(distribution);
    }
}
