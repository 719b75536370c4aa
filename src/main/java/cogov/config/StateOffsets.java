package cogov.config;

/**
 * Additive offsets to a resident's initial state, used to make relocated or commodity-housing
 * communities start with lower awareness, trust and satisfaction, or higher thresholds.
 */
public record StateOffsets(double awareness, double trust, double satisfaction, double threshold) {

    /** No offset at all. */
    public static final StateOffsets NONE = new StateOffsets(0, 0, 0, 0);
}
