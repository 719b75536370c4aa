package cogov.config;

/**
 * Social influence: a DeGroot pull of awareness and trust toward the mean of one's ties, plus the
 * effect of Party-member outreach visits.
 *
 * @param awarenessRate          per-day pull of awareness toward the ties' mean
 * @param trustRate              per-day pull of trust toward the ties' mean
 * @param awarenessDecay         per-day forgetting of awareness
 * @param outreachAwarenessGain  awareness a visited household gains (times 1 - awareness)
 * @param outreachTrustGain      trust a visited household gains (times 1 - trust)
 */
public record InfluenceSpec(
        double awarenessRate,
        double trustRate,
        double awarenessDecay,
        double outreachAwarenessGain,
        double outreachTrustGain) {
}
