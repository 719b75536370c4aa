package cogov.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class DistributionsTest {

    @Test
    void namedDistributionsHaveTheStatedParameters() {
        RealDistribution normal = Distributions.create(DistributionSpec.normal(0.35, 0.12), new MersenneTwister(1));
        assertEquals(0.35, normal.getNumericalMean(), 1e-12);
        assertEquals(0.12 * 0.12, normal.getNumericalVariance(), 1e-12);
        RealDistribution triangular = Distributions.sampler(
                new DistributionSpec("triangular", Map.of("lower", 0.0, "mode", 0.3, "upper", 0.9), List.of()));
        assertEquals(0.4, triangular.getNumericalMean(), 1e-12);
        RealDistribution exponential = Distributions.sampler(
                new DistributionSpec("exponential", Map.of("mean", 2.0), List.of()));
        assertEquals(2.0, exponential.getNumericalMean(), 1e-12);
        RealDistribution gamma = Distributions.sampler(
                new DistributionSpec("gamma", Map.of("shape", 2.0, "scale", 3.0), List.of()));
        assertEquals(6.0, gamma.getNumericalMean(), 1e-12);
    }

    @Test
    void reseedingGivesTheSameDraws() {
        RealDistribution a = Distributions.sampler(DistributionSpec.normal(0, 1));
        RealDistribution b = Distributions.sampler(DistributionSpec.normal(0, 1));
        a.reseedRandomGenerator(42);
        b.reseedRandomGenerator(42);
        assertEquals(a.sample(), b.sample());
    }

    @Test
    void explicitValuesAreNotSampled() {
        assertThrows(IllegalArgumentException.class, () -> Distributions.sampler(DistributionSpec.ofValues(List.of(0.1))));
    }
}
