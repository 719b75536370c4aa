package cogov.model;

import cogov.config.ActivitiesSpec;
import cogov.config.ActivityTypeSpec;
import cogov.config.ParticipationSpec;
import cogov.config.TimeBudgetSpec;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

import static cogov.model.ActivityLedger.Item;

/**
 * Process 5 of the activity model (DOMAIN.md section 10): on a day when a community's calendar holds an
 * activity, every resident of the community is considered, and takes part when
 * <ul>
 * <li><b>willing</b>: interested in the activity's type, and the share s_i of its ties who took part within
 * the window up to yesterday reaches theta_i - a*awareness - b*trust - e*efficacy - c*invited (noise can flip
 * the decision, as in the first formulation);</li>
 * <li><b>able</b>: free in the activity's time slot and with the activity's hours left in this week's budget;</li>
 * <li><b>admitted</b>: when more are willing and able than there are seats (venue area / area per attendee) or
 * places the funds pay for, a random subset is admitted; this is the only place where seats bind.</li>
 * </ul>
 * Before deciding, Party members spend member time on personal invitations to ties not taking part. Every
 * community decides before anyone's attendance is recorded, so today's attendance never changes what a tie
 * sees today. Attendees spend their hours and gain awareness and trust; a consultation's outcome is then
 * acted upon or not (one draw per meeting), raising or lowering attendees' efficacy and trust, and each
 * attendee's consultation experience goes to the service side's satisfaction model; a volunteer
 * service activity may register attendees as volunteers.
 */
final class ParticipationProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final double DAYS_PER_YEAR = 365.0;
    /** Ties a member looks at to find one who is not taking part, per invitation. */
    private static final int INVITE_TRIES = 3;

    private final CountyModel model;
    private final ParticipationSpec rule;
    private final ActivitiesSpec spec;
    private final TimeBudgetSpec time;
    private final int communities;
    private final ActivityKind[] today;
    private final int[] from;
    private final int[] to;
    private final boolean[] busy;
    private int[] candidates = new int[1024];
    /** Per resident, 1 when it took part within the window up to yesterday (see {@link #participatedBefore}). */
    private byte[] active;

    ParticipationProcess(CountyModel model) {
        this.model = model;
        this.rule = model.scenario().participation();
        this.spec = model.scenario().activities();
        this.time = model.scenario().timeBudget();
        this.communities = model.communities().size();
        today = new ActivityKind[communities];
        from = new int[communities];
        to = new int[communities];
        busy = new boolean[communities];
    }

    /** Step 0: plans each committee's month on its first day and records the day's activity allocation. */
    void beginDay(int day) {
        double hoursPerStaffDay = model.scenario().service().hoursPerStaffDay();
        for (Community c : model.communities()) {
            c.activityLedger.beginDay(day);
            c.activityLedger.add(Item.ALLOCATED_YUAN, (c.budgetYuanYear + c.unitMoneyYuanYear) / DAYS_PER_YEAR);
            if (ActivityCalendar.monthStarts(day)) {
                double funds = c.publicBalance + c.unitBalance
                        + (c.budgetYuanYear + c.unitMoneyYuanYear) * ActivityCalendar.MONTH / DAYS_PER_YEAR;
                double staffHours = c.staffPosts * hoursPerStaffDay * ActivityCalendar.MONTH;
                c.calendar.plan(day, funds, staffHours);
            }
            double staff = c.calendar.staffHoursOn(day);
            c.activityLedger.add(Item.STAFF_HOURS, staff);
            if (staff > 0) {
                c.reserveStaffHoursForActivities(day, staff);
            }
        }
    }

    /**
     * Whether resident j took part within the window up to yesterday: what its ties see today. Read from
     * {@link #active}, filled at the start of a day with activities (nobody's record changes before attendance).
     */
    private boolean participatedBefore(Population p, int j, int day) {
        return active[j] != 0;
    }

    /** Fills {@link #active} for today from the residents' records; returns how many took part within the window. */
    private int markActive(Population p, int day) {
        if (active == null) {
            active = new byte[p.size];
        }
        int count = 0;
        for (int i = 0; i < p.size; i++) {
            boolean before = p.participatedBefore(i, day, rule.windowDays(), rule.permanent());
            active[i] = (byte) (before ? 1 : 0);
            count += before ? 1 : 0;
        }
        return count;
    }

    @Override
    public void step(SimState state) {
        int day = model.day();
        Population p = model.population();
        SocialNetwork net = model.network();
        MersenneTwisterFast random = model.random;
        boolean election = model.scenario().election().heldOn(day);
        boolean anyActivity = election;
        for (Community c : model.communities()) {
            anyActivity |= c.calendar.on(day) != null;
        }
        if (!anyActivity) {
            return;
        }
        int countyParticipating = markActive(p, day);
        if (election) {
            for (Community c : model.communities()) {
                elect(c, day, p, net, random, countyParticipating);
            }
            for (Community c : model.communities()) {
                recordProxies(c, day, p, random);
            }
        }
        int total = 0;
        for (Community c : model.communities()) {
            int idx = c.index();
            today[idx] = c.calendar.on(day);
            from[idx] = total;
            if (today[idx] != null) {
                invite(c, day, p, net, random);
                total = decide(c, today[idx], day, p, net, random, countyParticipating, total);
            }
            to[idx] = total;
        }
        for (Community c : model.communities()) {
            busy[c.index()] = today[c.index()] != null;
        }
        for (Community c : model.communities()) {
            if (today[c.index()] != null) {
                attend(c, today[c.index()], day, p, random);
            }
        }
    }

    /**
     * A residents' committee election: members mobilise ties first; then each household's representative
     * votes when willing (the threshold rule with the election's salience subtracted) and able (free in the
     * election's slot with the voting hours left). Nobody is turned away. A household whose representative
     * did not vote is recorded as voting through a proxy with probability {@code proxy_share}: that inflates
     * only the reported turnout, never the residents' own record.
     */
    private void elect(Community c, int day, Population p, SocialNetwork net, MersenneTwisterFast random,
                       int countyParticipating) {
        cogov.config.ElectionSpec election = model.scenario().election();
        invite(c, day, p, net, random, election.invitationsPerMember());
        TimeBudget budget = model.timeBudget();
        int voters = 0;
        for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
            boolean willing = isWilling(i, day, p, net, random, countyParticipating, election.salience());
            if (willing && budget.isAble(i, election.slot(), election.hours())) {
                budget.spend(i, election.hours());
                p.lastVoted[i] = day;
                voters++;
            }
        }
        c.electionDay = day;
        c.electionVoters = voters;
    }

    /** Proxy votes, drawn after every community has voted so that they never change who votes in person. */
    private void recordProxies(Community c, int day, Population p, MersenneTwisterFast random) {
        double share = model.scenario().election().proxyShare();
        int proxies = 0;
        for (int i = c.firstHousehold(); i < c.endHousehold() && share > 0; i++) {
            if (p.lastVoted[i] != day && random.nextDouble() < share) {
                proxies++;
            }
        }
        c.electionProxies = proxies;
    }

    /** The threshold rule with noise, less {@code extraLowering} (used for the election's salience). */
    private boolean isWilling(int i, int day, Population p, SocialNetwork net, MersenneTwisterFast random,
                              int countyParticipating, double extraLowering) {
        double share = net.shareOfActiveTies(i, active, countyParticipating);
        double effective = p.threshold[i] - rule.awarenessWeight() * p.awareness[i] - rule.trustWeight() * p.trust[i]
                - spec.efficacyWeight() * p.efficacy[i] - (p.invitedOn[i] == day ? rule.invitationWeight() : 0)
                - extraLowering;
        boolean willing = share >= PopulationBuilder.clamp(effective);
        if (willing && rule.dropoutRate() > 0 && random.nextDouble() < rule.dropoutRate()) {
            willing = false;
        } else if (!willing && rule.spontaneousRate() > 0 && random.nextDouble() < rule.spontaneousRate()) {
            willing = true;
        }
        return willing;
    }

    private void invite(Community c, int day, Population p, SocialNetwork net, MersenneTwisterFast random) {
        invite(c, day, p, net, random, model.scenario().residents().memberInvitationsPerEvent());
    }

    /** Members spend member time inviting ties who are not taking part (up to {@code perMember} each). */
    private void invite(Community c, int day, Population p, SocialNetwork net, MersenneTwisterFast random,
                        int perMember) {
        if (perMember == 0) {
            return;
        }
        TimeBudget budget = model.timeBudget();
        double cost = time.invitationHours();
        int n = c.households();
        for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
            if (!p.doesMemberWork(i)) {
                continue;
            }
            int degree = net.contactCount(i, n);
            if (degree == 0) {
                continue;
            }
            for (int k = 0; k < perMember && budget.spendMember(i, cost); k++) {
                int j = -1;
                for (int t = 0; t < INVITE_TRIES; t++) {
                    j = net.contact(i, random.nextInt(degree), c.firstHousehold());
                    if (!participatedBefore(p, j, day)) {
                        break;
                    }
                }
                p.invitedOn[j] = day;
                c.activityLedger.add(Item.MEMBER_HOURS, cost);
            }
        }
    }

    private int decide(Community c, ActivityKind kind, int day, Population p, SocialNetwork net,
                       MersenneTwisterFast random, int countyParticipating, int total) {
        ActivityTypeSpec type = kind.of(spec);
        TimeBudget budget = model.timeBudget();
        int bit = kind.bit();
        int notWilling = 0;
        int unable = 0;
        for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
            if ((p.interests[i] & bit) == 0) {
                notWilling++;
                continue;
            }
            boolean willing = isWilling(i, day, p, net, random, countyParticipating, 0);
            if (!willing) {
                notWilling++;
            } else if (!budget.isAble(i, type.slot(), type.hours())) {
                unable++;
            } else {
                if (total == candidates.length) {
                    candidates = java.util.Arrays.copyOf(candidates, total * 2);
                }
                candidates[total++] = i;
            }
        }
        ActivityLedger ledger = c.activityLedger;
        ledger.add(Item.CONSIDERED, c.households());
        ledger.add(Item.NOT_WILLING, notWilling);
        ledger.add(Item.UNABLE, unable);
        return total;
    }

    /** Seats at the venue today: venue area (own, units' and borrowed, from the venue pool) over the area one attendee needs. */
    private long seats(Community c, int day, ActivityTypeSpec type, double borrowedM2) {
        if (type.m2PerParticipant() <= 0) {
            return Long.MAX_VALUE;
        }
        return (long) Math.floor((model.venuePool().ownAndUnitArea(c, day) + borrowedM2) / type.m2PerParticipant() + 1e-9);
    }

    private void attend(Community c, ActivityKind kind, int day, Population p, MersenneTwisterFast random) {
        ActivityTypeSpec type = kind.of(spec);
        ActivityLedger ledger = c.activityLedger;
        int first = from[c.index()];
        int wanting = to[c.index()] - first;
        double funds = c.publicBalance + c.unitBalance + allocationLeftThisMonth(c, day) - type.costYuan();
        if (funds < 0) {
            ledger.add(Item.CANCELLED, 1);
            ledger.add(Item.TURNED_AWAY, wanting);
            return;
        }
        long byFunds = type.costYuanPerParticipant() > 0
                ? (long) Math.floor(funds / type.costYuanPerParticipant()) : Long.MAX_VALUE;
        long seats = seats(c, day, type, 0);
        if (seats < wanting && byFunds > seats) {
            double borrowed = model.venuePool().borrow(c, day, (Math.min(wanting, byFunds) - seats) * type.m2PerParticipant(),
                    busy);
            seats = seats(c, day, type, borrowed);
        }
        long places = Math.min(seats, byFunds);
        int admitted = (int) Math.min(wanting, places);
        if (admitted < wanting) {
            for (int k = 0; k < admitted; k++) {
                int j = first + k + random.nextInt(wanting - k);
                int tmp = candidates[first + k];
                candidates[first + k] = candidates[j];
                candidates[j] = tmp;
            }
        }
        boolean followed = kind == ActivityKind.CONSULTATION && random.nextDouble() < c.calendar.followThrough();
        int[] lastOfKind = p.lastByKind[kind.ordinal()];
        TimeBudget budget = model.timeBudget();
        Experiences experiences = model.experiences();
        for (int k = first; k < first + admitted; k++) {
            int i = candidates[k];
            p.lastParticipation[i] = day;
            lastOfKind[i] = day;
            budget.spend(i, type.hours());
            p.awareness[i] += type.awarenessGain() * (1 - p.awareness[i]);
            if (kind != ActivityKind.CONSULTATION) {
                p.trust[i] += type.trustGain() * (1 - p.trust[i]);
            } else {
                if (followed) {
                    p.trust[i] += type.trustGain() * (1 - p.trust[i]);
                    p.efficacy[i] += type.efficacyGain() * (1 - p.efficacy[i]);
                } else {
                    p.trust[i] -= type.trustLoss() * p.trust[i];
                    p.efficacy[i] -= type.efficacyLoss() * p.efficacy[i];
                }
                experiences.consultation(i, followed);
            }
            if (type.volunteerRegistration() > 0 && !p.volunteer[i] && random.nextDouble() < type.volunteerRegistration()) {
                p.volunteer[i] = true;
                c.volunteers++;
            }
        }
        formTies(c, type, first, admitted, random);
        double cost = type.costYuan() + type.costYuanPerParticipant() * admitted;
        double fromPublic = Math.min(cost, Math.max(0, c.publicBalance));
        c.publicBalance -= fromPublic;
        c.unitBalance -= cost - fromPublic;
        c.ledger.recordSpending(day, fromPublic);
        model.costs().recordBudgetSpent(c.index(), fromPublic);
        c.ledger.eventsHeld += 1;
        c.ledger.eventParticipants += admitted;
        spendMemberHours(c, type.memberHours(), p);
        boolean over = admitted < wanting;
        ledger.add(Item.HELD, 1);
        ledger.add(Item.ADMITTED, admitted);
        ledger.add(Item.TURNED_AWAY, wanting - admitted);
        ledger.add(Item.OVERSUBSCRIBED, over ? 1 : 0);
        ledger.add(Item.SPENT_YUAN, cost);
        if (seats != Long.MAX_VALUE) {
            ledger.add(Item.SEATS, seats);
            ledger.add(Item.SEATED, admitted);
        }
        if (kind == ActivityKind.CONSULTATION) {
            ledger.add(Item.CONSULTATIONS, 1);
            ledger.add(Item.FOLLOWED_THROUGH, followed ? 1 : 0);
        }
        c.calendar.recordHeld(kind, wanting, over);
    }

    /**
     * Belonging: each attendee, with probability {@code new_tie_chance}, meets another attendee drawn at random
     * and they form a tie (unless already tied or either has formed {@code max_new_ties}). The tie counts from
     * today's influence step on. No draws when the chance is 0, so the random stream is then unchanged.
     */
    private void formTies(Community c, ActivityTypeSpec type, int first, int admitted, MersenneTwisterFast random) {
        double chance = type.newTieChance();
        if (chance <= 0 || admitted < 2) {
            return;
        }
        SocialNetwork net = model.network();
        for (int k = first; k < first + admitted; k++) {
            if (random.nextDouble() < chance) {
                int partner = candidates[first + random.nextInt(admitted)];
                if (net.formTie(candidates[k], partner)) {
                    c.tiesFormed++;
                }
            }
        }
    }

    /**
     * The committee spends against the month's allocation: money that will still arrive this month (public
     * budget and units' money) counts as available, so an activity early in the month is not starved by the
     * daily accrual of a yearly budget.
     */
    private static double allocationLeftThisMonth(Community c, int day) {
        int daysLeft = ActivityCalendar.MONTH - 1 - Math.floorMod(day - 1, ActivityCalendar.MONTH);
        return (c.budgetYuanYear + c.unitMoneyYuanYear) * daysLeft / DAYS_PER_YEAR;
    }

    /** Organising an activity takes member hours, from the community's members in turn while they have some. */
    private void spendMemberHours(Community c, double hours, Population p) {
        if (hours <= 0) {
            return;
        }
        TimeBudget budget = model.timeBudget();
        double left = hours;
        for (int i = c.firstHousehold(); i < c.endHousehold() && left > 1e-9; i++) {
            if (!p.doesMemberWork(i)) {
                continue;
            }
            double take = Math.min(left, budget.memberHoursLeft(i));
            if (take > 0 && budget.spendMember(i, take)) {
                left -= take;
            }
        }
        c.activityLedger.add(Item.MEMBER_HOURS, hours - left);
    }
}
