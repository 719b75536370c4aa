package cogov.model;

import cogov.config.InfluenceSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 6, influence: awareness and trust move toward the mean of one's ties (DeGroot, computed from
 * yesterday's values for everyone at once), awareness fades slowly, and Party members' outreach visits
 * raise the awareness and trust of the households they visit: random households in the first formulation,
 * targeted ties paid for from members' weekly time in the activity model.
 */
final class InfluenceProcess implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CountyModel model;
    private final InfluenceSpec spec;
    /** Tomorrow's awareness and trust, swapped with the population's arrays after each diffusion step. */
    private double[] nextAwareness;
    private double[] nextTrust;
    private final double[] visitCarry;
    /** Ties a member looks at when choosing whom to visit. */
    private static final int TARGET_TRIES = 3;
    /** Activity model: each member's accrued visits, and each community's members. */
    private double[] memberCarry;
    private int[][] members;
    /** Members in {@link #members}; a mechanism registering members mid-run makes the lists be rebuilt. */
    private int membersListed;

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
        if (model.timeBudget().isLimited()) {
            targetedOutreach(p);
            postMemberTime();
        } else {
            outreach(p);
        }
    }

    /**
     * Activity model: each Party member (resident members and registered in-service members) accrues
     * visits at its community's rate and makes one whenever a whole visit has accrued and the visit's hours
     * are left in its weekly member time. A visit goes to the tie with the lowest trust among a few looked at
     * (members reach first the neighbours the committee has not won over); a member without ties visits a
     * random household of its community. Visits that the member's time cannot cover are lost, not saved up.
     */
    private void targetedOutreach(Population p) {
        int memberCount = 0;
        for (Community c : model.communities()) {
            memberCount += c.residentMembers + c.inServiceMembers;
        }
        if (memberCarry == null) {
            memberCarry = new double[p.size];
        }
        if (members == null || memberCount != membersListed) {
            membersListed = memberCount;
            members = new int[model.communities().size()][];
            for (Community c : model.communities()) {
                int count = 0;
                int[] list = new int[c.households()];
                for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
                    if (p.doesMemberWork(i)) {
                        list[count++] = i;
                    }
                }
                members[c.index()] = java.util.Arrays.copyOf(list, count);
            }
        }
        double gainA = spec.outreachAwarenessGain();
        double gainT = spec.outreachTrustGain();
        double visitHours = model.scenario().timeBudget().visitHours();
        TimeBudget budget = model.timeBudget();
        SocialNetwork net = model.network();
        for (Community c : model.communities()) {
            double perDay = c.outreachVisitsPerMemberMonth / 30.0;
            for (int i : members[c.index()]) {
                memberCarry[i] += perDay;
                while (memberCarry[i] >= 1) {
                    memberCarry[i] -= 1;
                    if (!budget.spendMember(i, visitHours)) {
                        memberCarry[i] = 0;
                        break;
                    }
                    int j = visitTarget(i, c, p, net);
                    p.awareness[j] += gainA * (1 - p.awareness[j]);
                    p.trust[j] += gainT * (1 - p.trust[j]);
                    c.activityLedger.add(ActivityLedger.Item.MEMBER_HOURS, visitHours);
                }
            }
        }
    }

    /** Member hours spent today on invitations, organising and outreach, at the shadow wage (social cost). */
    private void postMemberTime() {
        double wage = model.scenario().costs().shadowWageYuanHour();
        for (Community c : model.communities()) {
            double hours = c.activityLedger.today(ActivityLedger.Item.MEMBER_HOURS);
            if (hours > 0) {
                model.costs().post(c.index(), CostItem.MEMBER_TIME, hours * wage);
            }
        }
    }

    private int visitTarget(int member, Community c, Population p, SocialNetwork net) {
        int degree = net.degree(member);
        if (degree == 0) {
            return c.firstHousehold() + model.random.nextInt(c.households());
        }
        int best = net.neighbour(member, model.random.nextInt(degree));
        for (int t = 1; t < TARGET_TRIES; t++) {
            int j = net.neighbour(member, model.random.nextInt(degree));
            if (p.trust[j] < p.trust[best]) {
                best = j;
            }
        }
        return best;
    }

    /**
     * a_i += rate_a (mean of a over ties - a_i), then times (1 - decay); t_i += rate_t (mean of t over ties - t_i).
     * Both means come from one pass over the ties ({@link SocialNetwork#meansOverTies}, the hottest loop of a
     * day), written into tomorrow's arrays and then turned into tomorrow's values.
     */
    private void diffuse(Population p, SocialNetwork net) {
        int n = p.size;
        double rateA = spec.awarenessRate();
        double rateT = spec.trustRate();
        double keep = 1 - spec.awarenessDecay();
        double[] awareness = p.awareness;
        double[] trust = p.trust;
        net.meansOverTies(awareness, trust, nextAwareness, nextTrust);
        for (int i = 0; i < n; i++) {
            double a = awareness[i];
            double t = trust[i];
            nextAwareness[i] = keep * (a + rateA * (nextAwareness[i] - a));
            nextTrust[i] = t + rateT * (nextTrust[i] - t);
        }
        p.awareness = nextAwareness;
        p.trust = nextTrust;
        nextAwareness = awareness;
        nextTrust = trust;
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
