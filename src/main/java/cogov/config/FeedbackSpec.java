package cogov.config;

/**
 * How experiences move satisfaction and trust. Trust: a resolved request's gain is divided by
 * (1 + wait/waitScaleDays); overdue and dropped requests cost more than resolution gains (negativity
 * bias, Kampen, Van de Walle and Bouckaert 2006). Satisfaction, in the {@code expectation} model: each
 * household keeps a perceived service quality (a weighted memory of its experiences) and an expectation
 * that adapts toward it; satisfaction = quality + disconfirmationWeight x (quality - expectation). In the
 * {@code latent} model (the first formulation) satisfaction moves like trust.
 *
 * @param decayRate           per-day pull of trust (and latent satisfaction) back toward initial values
 * @param satisfactionModel   {@code latent} or {@code expectation}
 * @param satisfiedThreshold  satisfaction at or above which a household counts as satisfied (the mean of the
 *                            households' own standards when {@code satisfiedThresholdSd} is positive)
 * @param hearsayWeight       share of an experience's weight with which it reaches each tie of the household
 * @param satisfiedThresholdSd standard deviation of the households' own satisfied thresholds around
 *                            {@code satisfiedThreshold} (0: one threshold for all)
 */
public record FeedbackSpec(
        double resolvedSatisfactionGain,
        double resolvedTrustGain,
        double waitScaleDays,
        double overdueSatisfactionLoss,
        double overdueTrustLoss,
        double droppedSatisfactionLoss,
        double droppedTrustLoss,
        double decayRate,
        String satisfactionModel,
        double satisfiedThreshold,
        double resolvedWeight,
        double responseWeight,
        double overdueWeight,
        double droppedWeight,
        double unreportedWeight,
        double unreportedValue,
        double consultationWeight,
        double expectationRate,
        double disconfirmationWeight,
        double hearsayWeight,
        double satisfiedThresholdSd) {

    /** Whether satisfaction follows the expectation model. */
    public boolean expectationModel() {
        return "expectation".equals(satisfactionModel);
    }
}
