package cogov.calibration;

/**
 * An accepted candidate of a generation: parameter values, normalised importance weight, distance
 * and the statistics it produced (hold-outs included, for posterior predictive checks).
 */
public record Particle(double[] theta, double weight, double distance, double[] statistics) {
    public Particle {
        theta = theta.clone();
        statistics = statistics.clone();
    }

    @Override
    public double[] theta() {
        return theta.clone();
    }

    @Override
    public double[] statistics() {
        return statistics.clone();
    }

    /** One parameter value without copying the array. */
    public double theta(int k) {
        return theta[k];
    }

    /** One statistic without copying the array. */
    public double statistic(int k) {
        return statistics[k];
    }
}
