package cogov.analysis;

/**
 * A point estimate with a 95% interval: what every index and effect reports, so the size of an effect
 * and its uncertainty always travel together.
 *
 * @param value  the estimate on the full sample
 * @param ciLow  lower end of the 95% interval (NaN when it cannot be computed)
 * @param ciHigh upper end of the 95% interval
 */
public record Estimate(double value, double ciLow, double ciHigh) {

    /** An estimate without an interval. */
    public static Estimate point(double value) {
        return new Estimate(value, Double.NaN, Double.NaN);
    }

    /** Whether {@code x} lies in the interval (ends included). */
    public boolean covers(double x) {
        return ciLow <= x && x <= ciHigh;
    }
}
