package cogov.model;

import cogov.config.FeedbackSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 4, feedback: the day's service experiences move satisfaction and trust. A resolution's gain
 * shrinks with the wait (divided by 1 + wait/scale); overdue and dropped requests cost more than a
 * resolution gains (negativity bias). Satisfaction and trust then relax toward each resident's initial
 * level at a small daily rate, so that effects fade without renewal.
 */
final class FeedbackProcess implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CountyModel model;
    private final FeedbackSpec spec;

    FeedbackProcess(CountyModel model) {
        this.model = model;
        this.spec = model.scenario().feedback();
    }

    @Override
    public void step(SimState state) {
        Population p = model.population();
        ServiceOutcomes outcomes = model.outcomes();
        for (int k = 0; k < outcomes.size(); k++) {
            int i = outcomes.household(k);
            switch (outcomes.kind(k)) {
                case ServiceOutcomes.RESOLVED -> {
                    double damping = 1.0 / (1.0 + outcomes.wait(k) / spec.waitScaleDays());
                    p.satisfaction[i] += spec.resolvedSatisfactionGain() * damping * (1 - p.satisfaction[i]);
                    p.trust[i] += spec.resolvedTrustGain() * damping * (1 - p.trust[i]);
                }
                case ServiceOutcomes.OVERDUE -> {
                    p.satisfaction[i] -= spec.overdueSatisfactionLoss() * p.satisfaction[i];
                    p.trust[i] -= spec.overdueTrustLoss() * p.trust[i];
                }
                default -> {
                    p.satisfaction[i] -= spec.droppedSatisfactionLoss() * p.satisfaction[i];
                    p.trust[i] -= spec.droppedTrustLoss() * p.trust[i];
                }
            }
        }
        double decay = spec.decayRate();
        if (decay > 0) {
            for (int i = 0; i < p.size; i++) {
                p.satisfaction[i] += decay * (p.initialSatisfaction[i] - p.satisfaction[i]);
                p.trust[i] += decay * (p.initialTrust[i] - p.trust[i]);
            }
        }
    }
}
