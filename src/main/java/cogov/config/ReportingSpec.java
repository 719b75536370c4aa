package cogov.config;

/**
 * Whether a need becomes a request: p = base + awarenessWeight*awareness + trustWeight*trust
 * + channelWeight*reach + relayBoost*(a Party-member tie relays it), clamped to [0,1].
 *
 * @param channelQuality                 quality of channels (group chats, notice boards), scales reach
 * @param householdsPerGridWorker        households one grid worker can keep in touch with
 * @param unreportedSatisfactionLoss     satisfaction lost when a need goes unreported
 * @param relayHours                     member hours one relay takes from the relaying member's weekly member time
 */
public record ReportingSpec(
        double base,
        double awarenessWeight,
        double trustWeight,
        double channelWeight,
        double relayBoost,
        double channelQuality,
        double householdsPerGridWorker,
        double unreportedSatisfactionLoss,
        double relayHours) {
}
