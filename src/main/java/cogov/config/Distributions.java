package cogov.config;

import java.util.Map;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.ConstantRealDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.LogisticDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Turns a named {@link DistributionSpec} into a commons-math3 {@link RealDistribution}, so the model
 * samples exactly the distribution the scenario validated. Explicit value lists are not distributions
 * in this sense: callers assign them to residents in order.
 */
public final class Distributions {

    private Distributions() {
    }

    /**
     * A sampler with its own generator (seeded 0); callers reseed it with
     * {@link RealDistribution#reseedRandomGenerator(long)} from the run's seed.
     *
     * @throws IllegalArgumentException for explicit values or an unknown name
     */
    public static RealDistribution sampler(DistributionSpec spec) {
        return create(spec, new Well19937c(0L));
    }

    /**
     * A sampler drawing from {@code rng} ({@code constant} ignores it).
     *
     * @throws IllegalArgumentException for explicit values or an unknown name
     */
    public static RealDistribution create(DistributionSpec spec, RandomGenerator rng) {
        if (spec.isExplicit()) {
            throw new IllegalArgumentException("explicit values are assigned by the caller, not sampled");
        }
        DistributionKind kind = DistributionKind.fromKey(spec.distribution());
        if (kind == null) {
            throw new IllegalArgumentException("unknown distribution " + spec.distribution());
        }
        Map<String, Double> p = spec.parameters();
        return switch (kind) {
            case CONSTANT -> new ConstantRealDistribution(p.get("value"));
            case NORMAL -> new NormalDistribution(rng, p.get("mean"), p.get("sd"));
            case UNIFORM -> new UniformRealDistribution(rng, p.get("lower"), p.get("upper"));
            case BETA -> new BetaDistribution(rng, p.get("alpha"), p.get("beta"));
            case LOGNORMAL -> new LogNormalDistribution(rng, p.get("scale"), p.get("shape"));
            case GAMMA -> new GammaDistribution(rng, p.get("shape"), p.get("scale"));
            case EXPONENTIAL -> new ExponentialDistribution(rng, p.get("mean"));
            case TRIANGULAR -> new TriangularDistribution(rng, p.get("lower"), p.get("mode"), p.get("upper"));
            case LOGISTIC -> new LogisticDistribution(rng, p.get("mu"), p.get("s"));
        };
    }
}
