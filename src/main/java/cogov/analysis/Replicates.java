package cogov.analysis;

/**
 * Outputs of a stochastic model at the points of a design, several replications (seeds) per point.
 * Estimators use the seed means; the seed noise itself is measured here as the share of the total sum of
 * squares that lies between replications of the same point (one-way ANOVA), reported beside the indices.
 */
public final class Replicates {

    private final double[][] values;
    private final int replications;

    /**
     * @param values {@code [point][replication]}, the same number of replications at every point
     */
    public Replicates(double[][] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no design points");
        }
        this.replications = values[0].length;
        if (replications == 0) {
            throw new IllegalArgumentException("no replications");
        }
        for (double[] v : values) {
            if (v.length != replications) {
                throw new IllegalArgumentException("every point needs " + replications + " replications (got "
                        + v.length + ")");
            }
        }
        this.values = values;
    }

    /** One replication per point. */
    public static Replicates single(double[] y) {
        double[][] v = new double[y.length][1];
        for (int i = 0; i < y.length; i++) {
            v[i][0] = y[i];
        }
        return new Replicates(v);
    }

    public int points() {
        return values.length;
    }

    public int replications() {
        return replications;
    }

    public double value(int point, int replication) {
        return values[point][replication];
    }

    /** The seed mean at a point. */
    public double mean(int point) {
        double s = 0;
        for (double v : values[point]) {
            s += v;
        }
        return s / replications;
    }

    /** Seed means of all points. */
    public double[] means() {
        double[] m = new double[values.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = mean(i);
        }
        return m;
    }

    /**
     * Sample covariance across replications of two linear combinations' inputs at given points:
     * {@code cov_r(y[p][r], sum_k w_k y[q_k][r])}, divided by the number of replications, which is the
     * covariance of the two seed means. Zero with one replication (no estimate of seed noise).
     */
    double covarianceOfMeans(int p, int[] q, double[] w) {
        if (replications < 2) {
            return 0;
        }
        double meanP = mean(p);
        double meanQ = 0;
        for (int k = 0; k < q.length; k++) {
            meanQ += w[k] * mean(q[k]);
        }
        double s = 0;
        for (int r = 0; r < replications; r++) {
            double combo = 0;
            for (int k = 0; k < q.length; k++) {
                combo += w[k] * values[q[k]][r];
            }
            s += (values[p][r] - meanP) * (combo - meanQ);
        }
        return s / (replications - 1) / replications;
    }

    /** Variance of the seed mean of {@code y[a] - y[b]}: the sample variance of the paired differences over R. */
    double varianceOfMeanDifference(int a, int b) {
        if (replications < 2) {
            return 0;
        }
        double m = mean(a) - mean(b);
        double s = 0;
        for (int r = 0; r < replications; r++) {
            double d = values[a][r] - values[b][r] - m;
            s += d * d;
        }
        return s / (replications - 1) / replications;
    }

    /**
     * Share of a single run's outcome variance that is due to the seed (one-way random-effects ANOVA
     * over the given points): sigma_w^2 / (sigma_w^2 + sigma_b^2), with sigma_w^2 the pooled variance of
     * runs about their point's seed mean and sigma_b^2 = Var(seed means) - sigma_w^2 / R (at least 0).
     * 1 when the output depends on the seed only (with common or independent seeds), 0 when it is
     * deterministic. NaN with one replication, or when every run gave the same value.
     */
    public double stochasticShare(int[] pointsUsed) {
        double[] c = components(pointsUsed);
        return replications < 2 || c[0] + c[1] <= 0 ? Double.NaN : c[0] / (c[0] + c[1]);
    }

    /**
     * {sigma_w^2, sigma_b^2}: the seed variance of one run, and the variance of the seed-free outcome across
     * points (population variance of the means minus their seed part). With one replication sigma_w^2 is 0.
     */
    double[] components(int[] pointsUsed) {
        double sum = 0;
        double sumSq = 0;
        double within = 0;
        for (int p : pointsUsed) {
            double m = mean(p);
            sum += m;
            sumSq += m * m;
            for (double v : values[p]) {
                within += (v - m) * (v - m);
            }
        }
        return components(pointsUsed.length, replications, sum, sumSq, within);
    }

    /** Variance components from sums over points of the seed means, their squares and within-point squares. */
    static double[] components(double points, int replications, double sumMeans, double sumMeanSquares,
                               double withinSs) {
        double grand = sumMeans / points;
        double varMeans = Math.max(0, sumMeanSquares / points - grand * grand);
        double sigmaW = replications > 1 ? withinSs / (points * (replications - 1)) : 0;
        double sigmaB = Math.max(0, varMeans - sigmaW / replications);
        return new double[] {sigmaW, sigmaB};
    }

    /** {@link #stochasticShare(int[])} over all points. */
    public double stochasticShare() {
        int[] all = new int[values.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return stochasticShare(all);
    }
}
