package cogov.model;

import cogov.config.DistributionSpec;
import org.apache.commons.math3.distribution.ConstantRealDistribution;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.LogisticDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/** TEMPORARY: maps a named distribution to commons-math3 until cogov.config.Distributions lands. */
final class Distributions {
    private Distributions() {
    }

    static RealDistribution create(DistributionSpec spec, RandomGenerator rng) {
        var p = spec.parameters();
        double eps = 1e-9;
        return switch (spec.distribution()) {
            case "constant" -> new ConstantRealDistribution(p.get("value"));
            case "normal" -> new NormalDistribution(rng, p.get("mean"), p.get("sd"), eps);
            case "uniform" -> new UniformRealDistribution(rng, p.get("lower"), p.get("upper"));
            case "beta" -> new BetaDistribution(rng, p.get("alpha"), p.get("beta"), eps);
            case "lognormal" -> new LogNormalDistribution(rng, p.get("scale"), p.get("shape"), eps);
            case "gamma" -> new GammaDistribution(rng, p.get("shape"), p.get("scale"), eps);
            case "exponential" -> new ExponentialDistribution(rng, p.get("mean"), eps);
            case "triangular" -> new TriangularDistribution(rng, p.get("lower"), p.get("mode"), p.get("upper"));
            case "logistic" -> new LogisticDistribution(rng, p.get("mu"), p.get("s"));
            default -> throw new IllegalArgumentException("unknown distribution " + spec.distribution());
        };
    }
}
