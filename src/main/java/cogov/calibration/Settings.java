package cogov.calibration;

/**
 * How ABC-SMC runs.
 *
 * @param particles          particles per generation
 * @param replications       simulations per candidate, averaged before the distance (stochastic noise)
 * @param maxGenerations     at most this many generations (generation 0 samples the prior)
 * @param quantile           next tolerance = this quantile of the current generation's distances (0..1)
 * @param minTolerance       stop once the tolerance is at or below this (0: never for this reason)
 * @param minAcceptanceRate  abandon a generation (and stop) when its acceptance rate would fall below this
 * @param seed               master seed: every proposal and simulation seed derives from it
 * @param threads            candidates evaluated in parallel; results do not depend on it
 */
public record Settings(int particles, int replications, int maxGenerations, double quantile, double minTolerance,
                       double minAcceptanceRate, long seed, int threads) {
    public Settings {
        if (particles < 2 || replications < 1 || maxGenerations < 1 || threads < 1) {
            throw new IllegalArgumentException("need particles >= 2, replications >= 1, generations >= 1 and"
                    + " threads >= 1 (got " + particles + ", " + replications + ", " + maxGenerations + ", " + threads + ")");
        }
        if (!(quantile > 0 && quantile < 1) || !(minTolerance >= 0) || !(minAcceptanceRate > 0 && minAcceptanceRate <= 1)) {
            throw new IllegalArgumentException("need 0 < quantile < 1, min tolerance >= 0, 0 < min acceptance <= 1 (got "
                    + quantile + ", " + minTolerance + ", " + minAcceptanceRate + ")");
        }
    }

    /** The same settings on another number of threads. */
    public Settings withThreads(int n) {
        return new Settings(particles, replications, maxGenerations, quantile, minTolerance, minAcceptanceRate, seed, n);
    }

    /** The most candidates a later generation may examine: particles / min acceptance rate. */
    public int maxCandidates() {
        return (int) Math.min(Integer.MAX_VALUE, Math.ceil(particles / minAcceptanceRate));
    }
}
