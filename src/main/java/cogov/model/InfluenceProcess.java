package cogov.model;

import cogov.config.InfluenceSpec;
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

    private void diffuse(Population p, SocialNetwork net) {
        int n = p.size;
        double rateA = spec.awarenessRate();
        double rateT = spec.trustRate();
        double keep = 1 - spec.awarenessDecay();
        if (net.isWellMixed()) {
            double sumA = 0;
            double sumT = 0;
            for (int i = 0; i < n; i++) {
                sumA += p.awareness[i];
                sumT += p.trust[i];
            }
            for (int i = 0; i < n; i++) {
                double meanA = n > 1 ? (sumA - p.awareness[i]) / (n - 1) : p.awareness[i];
                double meanT = n > 1 ? (sumT - p.trust[i]) / (n - 1) : p.trust[i];
                nextAwareness[i] = keep * (p.awareness[i] + rateA * (meanA - p.awareness[i]));
                nextTrust[i] = p.trust[i] + rateT * (meanT - p.trust[i]);
            }
        } else {
            int[] offsets = net.offsets();
            int[] adj = net.neighbours();
            for (int i = 0; i < n; i++) {
                int from = offsets[i];
                int to = offsets[i + 1];
                double a = p.awareness[i];
                double t = p.trust[i];
                if (to > from) {
                    double sumA = 0;
                    double sumT = 0;
                    for (int k = from; k < to; k++) {
                        sumA += p.awareness[adj[k]];
                        sumT += p.trust[adj[k]];
                    }
                    int degree = to - from;
                    nextAwareness[i] = keep * (a + rateA * (sumA / degree - a));
                    nextTrust[i] = t + rateT * (sumT / degree - t);
                } else {
                    nextAwareness[i] = keep * a;
                    nextTrust[i] = t;
                }
            }
        }
        System.arraycopy(nextAwareness, 0, p.awareness, 0, n);
        System.arraycopy(nextTrust, 0, p.trust, 0, n);
    }

    /** Visits accrue as members x visits per month / 30 per day; whole visits go to random households. */
    private void outreach(Population p) {
        double gainA = spec.outreachAwarenessGain();
        double gainT = spec.outreachTrustGain();
        for (Community c : model.communities()) {
            int members = c.residentMembers + c.inServiceMembers;
            visitCarry[c.index()] += members * c.outreachVisitsPerMemberMonth / 30.0;
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
