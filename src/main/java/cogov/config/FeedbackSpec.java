package cogov.config;

/**
 * How service experiences move satisfaction and trust. A resolved request's gain is divided by
 * (1 + wait/waitScaleDays); overdue and dropped requests cost more than resolution gains
 * (negativity bias, Kampen, Van de Walle and Bouckaert 2006).
 *
 * @param decayRate per-day pull of satisfaction and trust back toward their initial values
 */
public record FeedbackSpec(
        double resolvedSatisfactionGain,
        double resolvedTrustGain,
        double waitScaleDays,
        double overdueSatisfactionLoss,
        double overdueTrustLoss,
        double droppedSatisfactionLoss,
        double droppedTrustLoss,
        double decayRate) {
}
