package cogov.model;

import cogov.config.FeedbackSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 4, feedback: the experiences since the last feedback step move trust and satisfaction, then
 * are cleared. Trust: a resolution's gain shrinks with the wait (divided by 1 + wait/scale); overdue and
 * dropped requests cost more than a resolution gains (negativity bias); trust relaxes toward each
 * resident's initial level at a small daily rate. Satisfaction, in the expectation model: each
 * experience of value x in [0,1] with weight w moves perceived quality Q += w(x - Q), the expectation
 * E += rate(Q - E) follows, and satisfaction = clamp(Q + delta(Q - E)); households without experiences
 * keep theirs (no pull back). With a hearsay weight h > 0, a service outcome (resolved, overdue, dropped)
 * also reaches each tie of the household as an experience of h times the weight (vicarious experience), so
 * that what a household believes of the service does not rest on its own rare contacts alone. In the
 * latent model satisfaction moves like trust and decays too.
 */
final class FeedbackProcess implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CountyModel model;
    private final FeedbackSpec spec;
    private final boolean expectation;
    private final double hearsay;

    FeedbackProcess(CountyModel model) {
        this.model = model;
        this.spec = model.scenario().feedback();
        this.expectation = spec.expectationModel();
        this.hearsay = spec.hearsayWeight();
    }

    @Override
    public void step(SimState state) {
        Population p = model.population();
        Experiences outcomes = model.outcomes();
        for (int k = 0; k < outcomes.size(); k++) {
            int i = outcomes.household(k);
            byte kind = outcomes.kind(k);
            updateTrust(p, i, kind, outcomes.wait(k));
            if (expectation) {
                experience(p, i, kind, outcomes.wait(k), 1.0);
                if (hearsay > 0 && isServiceOutcome(kind)) {
                    tellTies(p, i, kind, outcomes.wait(k));
                }
            } else {
                updateLatentSatisfaction(p, i, kind, outcomes.wait(k));
            }
        }
        outcomes.clear();
        double decay = spec.decayRate();
        if (decay > 0) {
            for (int i = 0; i < p.size; i++) {
                if (!expectation) {
                    p.satisfaction[i] += decay * (p.initialSatisfaction[i] - p.satisfaction[i]);
                }
                p.trust[i] += decay * (p.initialTrust[i] - p.trust[i]);
            }
        }
    }

    private static boolean isServiceOutcome(byte kind) {
        return kind == Experiences.RESOLVED || kind == Experiences.OVERDUE || kind == Experiences.DROPPED;
    }

    /** The household's ties hear of its service outcome, at the hearsay share of the weight (in tie order; none under well-mixed). */
    private void tellTies(Population p, int i, byte kind, double wait) {
        SocialNetwork network = model.network();
        int degree = network.degree(i);
        for (int k = 0; k < degree; k++) {
            experience(p, network.neighbour(i, k), kind, wait, hearsay);
        }
    }

    private double damping(double wait) {
        return 1.0 / (1.0 + wait / spec.waitScaleDays());
    }

    private void updateTrust(Population p, int i, byte kind, double wait) {
        switch (kind) {
            case Experiences.RESOLVED -> p.trust[i] += spec.resolvedTrustGain() * damping(wait) * (1 - p.trust[i]);
            case Experiences.OVERDUE -> p.trust[i] -= spec.overdueTrustLoss() * p.trust[i];
            case Experiences.DROPPED -> p.trust[i] -= spec.droppedTrustLoss() * p.trust[i];
            default -> {
            }
        }
    }

    private void updateLatentSatisfaction(Population p, int i, byte kind, double wait) {
        switch (kind) {
            case Experiences.RESOLVED -> p.satisfaction[i] += spec.resolvedSatisfactionGain() * damping(wait) * (1 - p.satisfaction[i]);
            case Experiences.OVERDUE -> p.satisfaction[i] -= spec.overdueSatisfactionLoss() * p.satisfaction[i];
            case Experiences.DROPPED -> p.satisfaction[i] -= spec.droppedSatisfactionLoss() * p.satisfaction[i];
            default -> {
            }
        }
    }

    /**
     * Expectation model: one experience moves quality, then expectation, then satisfaction; {@code share}
     * scales its weight (1 for the household's own experience, the hearsay weight for a tie's).
     */
    private void experience(Population p, int i, byte kind, double wait, double share) {
        double weight;
        double value;
        switch (kind) {
            case Experiences.RESOLVED -> {
                weight = spec.resolvedWeight();
                value = damping(wait);
            }
            case Experiences.RESPONDED -> {
                weight = spec.responseWeight();
                value = damping(wait);
            }
            case Experiences.OVERDUE -> {
                weight = spec.overdueWeight();
                value = 0;
            }
            case Experiences.DROPPED -> {
                weight = spec.droppedWeight();
                value = 0;
            }
            case Experiences.UNREPORTED -> {
                weight = spec.unreportedWeight();
                value = spec.unreportedValue();
            }
            case Experiences.CONSULTATION_FOLLOWED -> {
                weight = spec.consultationWeight();
                value = 1;
            }
            default -> {
                weight = spec.consultationWeight();
                value = 0;
            }
        }
        double q = p.quality[i] + share * weight * (value - p.quality[i]);
        double e = p.expectation[i] + share * spec.expectationRate() * (q - p.expectation[i]);
        p.quality[i] = q;
        p.expectation[i] = e;
        double s = q + spec.disconfirmationWeight() * (q - e);
        p.satisfaction[i] = s < 0 ? 0 : (s > 1 ? 1 : s);
    }
}
