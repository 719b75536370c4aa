package cogov.model;

import cogov.config.ReportingSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 2, reporting: a need becomes a request with probability
 * base + a*awareness + b*trust + c*channel reach + relay boost (a Party-member tie), clamped to [0,1];
 * an unreported need costs the household some satisfaction (latent model) or is an experience of its own
 * (expectation model).
 */
final class ReportingProcess implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CountyModel model;
    private final ReportingSpec spec;
    private final boolean expectationModel;

    ReportingProcess(CountyModel model) {
        this.model = model;
        this.spec = model.scenario().reporting();
        this.expectationModel = model.scenario().feedback().expectationModel();
    }

    /** Share of households the committee's channels reach: grid workers' coverage times channel quality. */
    static double channelReach(Community c, ReportingSpec spec) {
        double coverage = Math.min(1.0, c.gridWorkers * spec.householdsPerGridWorker() / Math.max(1, c.households()));
        return c.channelQuality * coverage;
    }

    @Override
    public void step(SimState state) {
        Population p = model.population();
        for (Community c : model.communities()) {
            double reach = spec.channelWeight() * channelReach(c, spec);
            int kept = 0;
            int unreported = 0;
            for (int k = 0; k < c.arrivalsToday.size(); k++) {
                Request r = c.arrivalsToday.get(k);
                int i = r.household;
                double prob = spec.base() + spec.awarenessWeight() * p.awareness[i] + spec.trustWeight() * p.trust[i]
                        + reach + (p.hasMemberTie[i] ? spec.relayBoost() : 0);
                if (prob >= 1.0 || model.random.nextDouble() < prob) {
                    c.arrivalsToday.set(kept++, r);
                } else {
                    unreported++;
                    if (expectationModel) {
                        model.outcomes().add(i, Experiences.UNREPORTED, 0);
                    } else {
                        p.satisfaction[i] = Math.max(0, p.satisfaction[i] - spec.unreportedSatisfactionLoss());
                    }
                }
            }
            c.arrivalsToday.subList(kept, c.arrivalsToday.size()).clear();
            c.ledger.needsUnreported = unreported;
        }
    }
}
