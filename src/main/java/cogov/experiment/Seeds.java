package cogov.experiment;

/**
 * Run seeds from the master seed. A run's seed depends on the replication index only, not on the
 * configuration: replication k of every configuration meets the same random stream (common random
 * numbers), so differences between configurations are paired comparisons with less noise.
 */
public final class Seeds {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** The seed of replication {@code replication} (0-based): SplitMix64 of the master seed's stream. */
    public static long forReplication(long masterSeed, int replication) {
        return mix64(masterSeed + GOLDEN_GAMMA * (replication + 1L));
    }

    /** A seed for design sampling (Latin hypercube), kept apart from every replication seed. */
    public static long forSampling(long masterSeed) {
        return mix64(mix64(masterSeed) ^ 0x5DEECE66DL);
    }

    /** A seed for drawing replication {@code replication}'s particle from a base posterior. */
    public static long forPosterior(long masterSeed, int replication) {
        return mix64(mix64(masterSeed ^ 0x2545F4914F6CDD1DL) + GOLDEN_GAMMA * (replication + 1L));
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014): a bijection that scatters nearby inputs. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
