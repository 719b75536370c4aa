package cogov.config;

/**
 * Whether a need becomes a request: p = base + awarenessWeight*awareness + trustWeight*trust
 * + channelWeight*reach + relayBoost*(has a Party-member tie), clamped to [0,1].
 *
 * @param channelQuality                 quality of channels (group chats, notice boards), scales reach
 * @param householdsPerGridWorker        households one grid worker can keep in touch with
 * @param unreportedSatisfactionLoss     satisfaction lost when a need goes unreported
 */
public record ReportingSpec(
        double base,
        double awarenessWeight,
        double trustWeight,
        double channelWeight,
        double relayBoost,
        double channelQuality,
        double householdsPerGridWorker,
        double unreportedSatisfactionLoss) {
}
