package cogov.model;

import cogov.config.InfluenceSpec;
import java.util.function.IntToDoubleFunction;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 6, influence: awareness and trust move toward the mean of one's ties (DeGroot, computed from
 * yesterday's values for everyone at once), awareness fades slowly, and Party members' outreach visits
 * raise the awareness and trust of the households they visit.
 */
final class InfluenceProcess implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CountyModel model;
    private final InfluenceSpec spec;
    private final double[] nextAwareness;
    private final double[] nextTrust;
    private final double[] visitCarry;

    InfluenceProcess(CountyModel model) {
        this.model = model;
        this.spec = model.scenario().influence();
        nextAwareness = new double[model.population().size];
        nextTrust = new double[model.population().size];
        visitCarry = new double[model.communities().size()];
    }

    @Override
    public void step(SimState state) {
        Population p = model.population();
        if (spec.awarenessRate() > 0 || spec.trustRate() > 0 || spec.awarenessDecay() > 0) {
            diffuse(p, model.network());
        }
        outreach(p);
    }

    /** a_i += rate_a (mean of a over ties - a_i), then times (1 - decay); t_i += rate_t (mean of t over ties - t_i). */
    private void diffuse(Population p, SocialNetwork net) {
        int n = p.size;
        double rateA = spec.awarenessRate();
        double rateT = spec.trustRate();
        double keep = 1 - spec.awarenessDecay();
        IntToDoubleFunction meanAwareness = net.meanOverTies(p.awareness);
        IntToDoubleFunction meanTrust = net.meanOverTies(p.trust);
        for (int i = 0; i < n; i++) {
            double a = p.awareness[i];
            double t = p.trust[i];
            nextAwareness[i] = keep * (a + rateA * (meanAwareness.applyAsDouble(i) - a));
            nextTrust[i] = t + rateT * (meanTrust.applyAsDouble(i) - t);
        }
        System.arraycopy(nextAwareness, 0, p.awareness, 0, n);
        System.arraycopy(nextTrust, 0, p.trust, 0, n);
    }

    /** Visits accrue as members x visits per month / Days.PER_MONTH per day; whole visits go to random households. */
    private void outreach(Population p) {
        double gainA = spec.outreachAwarenessGain();
        double gainT = spec.outreachTrustGain();
        for (Community c : model.communities()) {
            int members = c.residentMembers + c.inServiceMembers;
            visitCarry[c.index()] += members * c.outreachVisitsPerMemberMonth / Days.PER_MONTH;
            int visits = (int) Math.floor(visitCarry[c.index()]);
            visitCarry[c.index()] -= visits;
            int n = c.households();
            for (int v = 0; v < visits; v++) {
                int i = c.firstHousehold() + model.random.nextInt(n);
                p.awareness[i] += gainA * (1 - p.awareness[i]);
                p.trust[i] += gainT * (1 - p.trust[i]);
            }
        }
    }
}
