package cogov.calibration;

import java.util.List;

/**
 * One population of ABC-SMC: the particles accepted at one tolerance, with how many candidates it
 * took to find them.
 *
 * @param index          0-based generation number
 * @param tolerance      the largest accepted distance (infinite for generation 0: prior draws)
 * @param candidates     candidates examined in index order up to the last accepted one
 * @param acceptanceRate particles / candidates
 * @param ess            effective sample size of the weights, (sum w)^2 / sum w^2
 */
public record Generation(int index, double tolerance, List<Particle> particles, int candidates,
                         double acceptanceRate, double ess) {
    public Generation {
        particles = List.copyOf(particles);
    }

    /** The weights in particle order. */
    public double[] weights() {
        double[] w = new double[particles.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = particles.get(i).weight();
        }
        return w;
    }

    /** Parameter {@code k} of every particle. */
    public double[] values(int k) {
        double[] v = new double[particles.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = particles.get(i).theta(k);
        }
        return v;
    }

    /** Statistic {@code k} of every particle. */
    public double[] statistics(int k) {
        double[] v = new double[particles.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = particles.get(i).statistic(k);
        }
        return v;
    }
}
