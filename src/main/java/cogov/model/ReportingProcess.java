package cogov.model;

import cogov.config.ReportingSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 2, reporting: a need becomes a request with probability
 * base + a*awareness + b*trust + c*channel reach + relay boost, clamped to [0,1]; the relay boost counts when a
 * Party-member tie relays the need, which takes that member's time ({@code reporting.relay_hours} out of its
 * weekly member time when time is limited: the household's first member tie with the hours left relays it, and
 * with none there is no relay). An unreported need costs the household some satisfaction (latent model) or is an
 * experience of its own (expectation model).
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

    /**
     * Whether a member tie of household i relays its need: always in the first formulation (time unlimited);
     * otherwise the first tie in tie order who does member work and can spend {@code relay_hours} of its week
     * does so (the hours count as member time, a social cost). No relay boost, no relay.
     */
    private boolean relayed(Population p, int i) {
        TimeBudget budget = model.timeBudget();
        if (!budget.isLimited() || spec.relayBoost() <= 0) {
            return true;
        }
        double hours = spec.relayHours();
        SocialNetwork net = model.network();
        int degree = net.degree(i);
        for (int k = 0; k < degree; k++) {
            int j = net.neighbour(i, k);
            if (p.doesMemberWork(j) && budget.spendMember(j, hours)) {
                if (hours > 0) {
                    model.communities().get(p.community[j]).activityLedger.add(ActivityLedger.Item.MEMBER_HOURS, hours);
                }
                return true;
            }
        }
        return false;
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
                        + reach + (p.hasMemberTie[i] && relayed(p, i) ? spec.relayBoost() : 0);
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
