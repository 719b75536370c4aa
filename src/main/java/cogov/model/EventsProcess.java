package cogov.model;

import cogov.config.EventsSpec;
import cogov.config.ParticipationSpec;
import ec.util.MersenneTwisterFast;
import java.util.function.IntToDoubleFunction;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 5, events and participation. Communities hold an event every {@code interval_days} (and,
 * under Party-led governance, consultation meetings). Party members personally invite some of their
 * ties. Every resident of a community holding an event decides by the threshold rule
 * s_i &gt;= theta_i - a*awareness - b*trust - c*invited, where s_i is the share of its ties (well-mixed:
 * of all other residents in the county) who took part within the window up to yesterday, so the
 * order in which residents decide does not matter. A resident who would join attends only if free that
 * day (availability by age group). Noise can flip a decision. Venue area and funds cap
 * attendance; if more want to come, a random subset does.
 */
final class EventsProcess implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CountyModel model;
    private final ParticipationSpec rule;
    private final EventsSpec events;
    private final double[] availability;
    private int[] candidates = new int[1024];
    /** Venue area each community borrowed from the pool today (regional integration's venue sharing). */
    private double[] borrowedToday = new double[0];

    EventsProcess(CountyModel model) {
        this.model = model;
        this.rule = model.scenario().participation();
        this.events = model.scenario().events();
        this.availability = new double[3];
        availability[Population.YOUTH] = rule.availability().youth();
        availability[Population.WORKING] = rule.availability().working();
        availability[Population.ELDERLY] = rule.availability().elderly();
    }

    static boolean regularEventOn(Community c, int day, int intervalDays) {
        return Math.floorMod(day - 1 - c.index(), intervalDays) == 0;
    }

    static boolean consultationOn(Community c, int day) {
        double perDay = c.consultationsPerMonth / Days.PER_MONTH;
        return perDay > 0 && Math.floor(day * perDay) > Math.floor((day - 1) * perDay);
    }

    /** Whether resident j took part within the window before {@code day} (today's attendance excluded). */
    private boolean participatedBefore(Population p, int j, int day) {
        return p.participatedBefore(j, day, rule.windowDays(), rule.permanent());
    }

    @Override
    public void step(SimState state) {
        int day = model.day();
        Population p = model.population();
        SocialNetwork net = model.network();
        MersenneTwisterFast random = model.random;
        IntToDoubleFunction share = net.shareOfActiveTies(j -> participatedBefore(p, j, day));
        int[] starts = new int[model.communities().size() + 1];
        int[] capacity = new int[model.communities().size()];
        long[] regularPlaces = new long[model.communities().size()];
        boolean[] consultation = new boolean[model.communities().size()];
        boolean[] busy = new boolean[model.communities().size()];
        for (Community c : model.communities()) {
            busy[c.index()] = regularEventOn(c, day, events.intervalDays()) || consultationOn(c, day);
        }
        borrowedToday = new double[model.communities().size()];
        for (Community c : model.communities()) {
            if (busy[c.index()] && c.venueBorrowWishM2 > 0) {
                borrowedToday[c.index()] = model.venuePool().borrow(c, day, c.venueBorrowWishM2, busy);
            }
        }
        int total = 0;
        for (Community c : model.communities()) {
            int idx = c.index();
            boolean regular = regularEventOn(c, day, events.intervalDays());
            consultation[idx] = consultationOn(c, day);
            int eventCount = (regular ? 1 : 0) + (consultation[idx] ? 1 : 0);
            starts[idx] = total;
            if (eventCount == 0) {
                starts[idx + 1] = total;
                continue;
            }
            regularPlaces[idx] = regular ? regularPlaces(c) : 0;
            long places = regularPlaces[idx] + (consultation[idx] ? venuePlaces(c) : 0);
            capacity[idx] = (int) Math.min(Integer.MAX_VALUE, places);
            if (capacity[idx] == 0) {
                starts[idx + 1] = total;
                continue;
            }
            c.ledger.eventsHeld = (regularPlaces[idx] > 0 ? 1 : 0) + (consultation[idx] ? 1 : 0);
            invite(c, day, p, net, random);
            total = decide(c, day, p, share, random, total);
            starts[idx + 1] = total;
        }
        for (Community c : model.communities()) {
            attend(c, day, p, starts[c.index()], starts[c.index() + 1], capacity[c.index()], regularPlaces[c.index()],
                    consultation[c.index()], random);
        }
    }

    /**
     * Places at a regular event: capped by venue area (own, units', shared) and by funds (units' first,
     * then public), uncapped when capacity is not limited. A consultation meeting is capped by venue area
     * only, since it is held as part of the Party organisation's own work (assumption).
     */
    private long regularPlaces(Community c) {
        if (!events.capacityLimited()) {
            return Integer.MAX_VALUE;
        }
        double funds = c.publicBalance + c.unitBalance - events.costYuanPerEvent();
        if (funds < 0) {
            return 0;
        }
        long byFunds = events.costYuanPerParticipant() > 0
                ? (long) Math.floor(funds / events.costYuanPerParticipant()) : Long.MAX_VALUE;
        return Math.min(venuePlaces(c), byFunds);
    }

    private long venuePlaces(Community c) {
        if (!events.capacityLimited()) {
            return Integer.MAX_VALUE;
        }
        return (long) Math.floor((model.venuePool().ownAndUnitArea(c, model.day()) + borrowedToday[c.index()])
                / events.m2PerParticipant());
    }

    private void invite(Community c, int day, Population p, SocialNetwork net, MersenneTwisterFast random) {
        int perMember = model.scenario().residents().memberInvitationsPerEvent();
        if (perMember == 0) {
            return;
        }
        int n = c.households();
        for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
            if (!p.doesMemberWork(i)) {
                continue;
            }
            int degree = net.contactCount(i, n);
            if (degree == 0) {
                continue;
            }
            for (int k = 0; k < perMember; k++) {
                int j = net.contact(i, random.nextInt(degree), c.firstHousehold());
                p.invitedOn[j] = day;
            }
        }
    }

    /** Joins when s_i >= theta_i - a*awareness_i - b*trust_i - c*invited_i, if free, with noise (ODD 7.7). */
    private int decide(Community c, int day, Population p, IntToDoubleFunction share, MersenneTwisterFast random,
                       int total) {
        for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
            if (rule.permanent() && participatedBefore(p, i, day)) {
                continue;
            }
            double effective = p.threshold[i] - rule.awarenessWeight() * p.awareness[i] - rule.trustWeight() * p.trust[i]
                    - (p.invitedOn[i] == day ? rule.invitationWeight() : 0);
            boolean join = share.applyAsDouble(i) >= PopulationBuilder.clamp(effective);
            double available = availability[p.ageGroup[i]];
            if (join && available < 1.0 && random.nextDouble() >= available) {
                continue;
            }
            if (join && rule.dropoutRate() > 0 && random.nextDouble() < rule.dropoutRate()) {
                join = false;
            } else if (!join && rule.spontaneousRate() > 0 && random.nextDouble() < rule.spontaneousRate()) {
                join = true;
            }
            if (join) {
                if (total == candidates.length) {
                    candidates = java.util.Arrays.copyOf(candidates, total * 2);
                }
                candidates[total++] = i;
            }
        }
        return total;
    }

    private void attend(Community c, int day, Population p, int from, int to, int capacity, long regularPlaces,
                        boolean consultation, MersenneTwisterFast random) {
        if (c.ledger.eventsHeld == 0) {
            return;
        }
        int wanting = to - from;
        int admitted = Math.min(wanting, capacity);
        if (admitted < wanting) {
            for (int k = 0; k < admitted; k++) {
                int j = from + k + random.nextInt(wanting - k);
                int tmp = candidates[from + k];
                candidates[from + k] = candidates[j];
                candidates[j] = tmp;
            }
        }
        double trustGain = events.trustGain() + (consultation ? c.consultationTrustGain : 0);
        for (int k = from; k < from + admitted; k++) {
            int i = candidates[k];
            p.lastParticipation[i] = day;
            p.awareness[i] += events.awarenessGain() * (1 - p.awareness[i]);
            p.trust[i] += trustGain * (1 - p.trust[i]);
        }
        c.ledger.eventParticipants = admitted;
        if (events.capacityLimited() && regularPlaces > 0) {
            long paying = Math.min(admitted, regularPlaces);
            double cost = events.costYuanPerEvent() + events.costYuanPerParticipant() * paying;
            double fromUnits = Math.min(cost, c.unitBalance);
            c.unitBalance -= fromUnits;
            c.publicBalance -= cost - fromUnits;
            c.ledger.recordSpending(day, cost - fromUnits);
            model.costs().recordBudgetSpent(c.index(), cost - fromUnits);
        }
    }
}
