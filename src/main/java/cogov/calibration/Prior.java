package cogov.calibration;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * The prior of one parameter: where ABC-SMC draws its first particles and what the importance
 * weights are divided by afterwards. Densities need only be proportional to the true density,
 * since weights are normalised and the constant is shared by every particle.
 */
public sealed interface Prior permits Prior.Uniform, Prior.Normal {

    /** A draw from the prior. */
    double sample(RandomGenerator rng);

    /** The density at {@code x} up to a constant; 0 outside the support. */
    double density(double x);

    /** Lower end of the support (may be negative infinity). */
    double lower();

    /** Upper end of the support (may be positive infinity). */
    double upper();

    /** Whether {@code x} lies in the support. */
    default boolean contains(double x) {
        return x >= lower() && x <= upper();
    }

    /** Uniform on {@code [lower, upper]}: the prior of an uncertainty range. */
    static Prior uniform(double lower, double upper) {
        return new Uniform(lower, upper);
    }

    /** Normal, optionally truncated to {@code [lower, upper]} (infinite ends for none). */
    static Prior normal(double mean, double sd, double lower, double upper) {
        return new Normal(mean, sd, lower, upper);
    }

    /** Uniform on a closed interval. */
    record Uniform(double lower, double upper) implements Prior {
        public Uniform {
            if (!(lower < upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
                throw new IllegalArgumentException("a uniform prior needs finite lower < upper (got " + lower + ", "
                        + upper + ")");
            }
        }

        @Override
        public double sample(RandomGenerator rng) {
            return lower + (upper - lower) * rng.nextDouble();
        }

        @Override
        public double density(double x) {
            return contains(x) ? 1.0 / (upper - lower) : 0.0;
        }
    }

    /** Normal with mean and sd, truncated to {@code [lower, upper]}; drawn by rejection. */
    record Normal(double mean, double sd, double lower, double upper) implements Prior {
        private static final int MAX_TRIES = 1_000_000;

        public Normal {
            if (!(sd > 0) || !Double.isFinite(mean) || !(lower < upper)) {
                throw new IllegalArgumentException("a normal prior needs sd > 0 and lower < upper (got mean " + mean
                        + ", sd " + sd + ", [" + lower + ", " + upper + "])");
            }
        }

        @Override
        public double sample(RandomGenerator rng) {
            for (int i = 0; i < MAX_TRIES; i++) {
                double x = mean + sd * rng.nextGaussian();
                if (contains(x)) {
                    return x;
                }
            }
            throw new IllegalStateException("the truncation [" + lower + ", " + upper + "] holds almost none of"
                    + " N(" + mean + ", " + sd + ")");
        }

        @Override
        public double density(double x) {
            if (!contains(x)) {
                return 0.0;
            }
            double z = (x - mean) / sd;
            return Math.exp(-0.5 * z * z);
        }
    }
}
