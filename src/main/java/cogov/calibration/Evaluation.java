package cogov.calibration;

/**
 * One evaluated candidate: its parameter values, its statistics averaged over the replications, and
 * its distance from the fitted targets.
 */
public record Evaluation(double[] theta, double[] statistics, double distance) {
    public Evaluation {
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
}
