package cogov.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Lets commons-math3 distributions draw from the model's own {@link MersenneTwisterFast}, so that
 * every random number of a run comes from one seeded stream and runs stay reproducible.
 */
final class RandomAdapter implements RandomGenerator {
    private final MersenneTwisterFast random;

    RandomAdapter(MersenneTwisterFast random) {
        this.random = random;
    }

    @Override
    public void setSeed(int seed) {
        throw new UnsupportedOperationException("the model's generator is seeded once, from the scenario");
    }

    @Override
    public void setSeed(int[] seed) {
        throw new UnsupportedOperationException("the model's generator is seeded once, from the scenario");
    }

    @Override
    public void setSeed(long seed) {
        throw new UnsupportedOperationException("the model's generator is seeded once, from the scenario");
    }

    @Override
    public void nextBytes(byte[] bytes) {
        random.nextBytes(bytes);
    }

    @Override
    public int nextInt() {
        return random.nextInt();
    }

    @Override
    public int nextInt(int n) {
        return random.nextInt(n);
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    @Override
    public float nextFloat() {
        return random.nextFloat();
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }

    @Override
    public double nextGaussian() {
        return random.nextGaussian();
    }
}
