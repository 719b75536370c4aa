package cogov.model;

import cogov.config.CommunitySpec;
import cogov.config.CommunityType;

import java.util.ArrayList;
import java.util.List;

/**
 * One community with its committee (community Party organisation + residents' committee): staff,
 * grid workers, budget, venue, joint-building units, its service queue and its ledger. Mechanisms
 * adjust the resources before day 1 through the public adjusters; the daily processes use them.
 */
public final class Community {
    private final int index;
    private final CommunitySpec spec;
    private final int firstHousehold;
    private final int endHousehold;
    private int firstGrid;
    int gridCount;

    int staffPosts;
    double staffProductivity = 1.0;
    double turnoverPerYear;
    int[] vacantUntil;
    int gridWorkers;
    double venueM2;
    double budgetYuanYear;
    /** The part of budgetYuanYear that is the Party-mass service fund (input guarantee), a cost line of its own. */
    double partyMassFundYuanYear;
    double channelQuality;
    double outreachVisitsPerMemberMonth;
    double consultationsPerMonth;
    double consultationTrustGain;
    int units;
    double unitMoneyYuanYear;
    double unitVolunteerHoursWeek;
    double memberServiceHoursYear;
    /** The registered in-service members living here (household indices, in registration order). */
    int[] inServiceMemberIds = new int[0];
    /** What each of them offers today for volunteer-able service tasks (same order), from their weekly member time. */
    double[] inServiceOfferedToday = new double[0];
    /** The resident Party members living here (household indices, in household order; not the in-service ones). */
    int[] residentMemberIds = new int[0];
    /** What each of them offers today for volunteer-able service tasks (same order), from their weekly member time. */
    double[] residentMemberOfferedToday = new double[0];
    /** Today's volunteer pool by who offers it: registered volunteers, resident members, in-service members, units. */
    double volunteerPartToday;
    double residentMemberPartToday;
    double inServicePartToday;
    double unitPartToday;
    double trainingYuanYear;
    double trainingSkillGainPerYear;
    /** First formulation under venue sharing: area a community holding an event borrows from the pool. */
    double venueBorrowWishM2;
    boolean coordinatesCrossDepartment;
    double triageHours;
    private double staffHoursReservedToday;
    private int staffHoursReservedDay = -1;
    double volunteerHoursToday;
    double volunteerHoursUsedToday;
    double volunteerHoursPerYearAtBaseline;

    double publicBalance;
    double unitBalance;
    double capacityHours;

    int residentMembers;
    int inServiceMembers;
    int volunteers;

    ServiceQueue queue;
    /** The activity model's calendar (null in the first formulation) and what limited participation. */
    ActivityCalendar calendar;
    /** The most recent residents' committee election: its day, personal votes and proxy-recorded households. */
    int electionDay = Population.NEVER;
    int electionVoters;
    /** Ties formed between residents at this community's activities so far. */
    long tiesFormed;
    int electionProxies;
    final ActivityLedger activityLedger = new ActivityLedger();
    final ServiceLedger ledger = new ServiceLedger();
    final List<Request> arrivalsToday = new ArrayList<>();
    final List<JointBuildingUnit> unitAgents = new ArrayList<>();
    double unitMinEngagement;
    double unitProjectDays;
    double unitSkill;
    double unitSuccessGain;
    double unitFailureLoss;

    Community(int index, CommunitySpec spec, int firstHousehold) {
        this.index = index;
        this.spec = spec;
        this.firstHousehold = firstHousehold;
        this.endHousehold = firstHousehold + spec.households();
        this.gridCount = spec.grids();
        this.staffPosts = spec.staff();
        this.gridWorkers = spec.gridWorkers();
        this.venueM2 = spec.venueM2();
        this.budgetYuanYear = spec.budgetYuan();
    }

    public int index() {
        return index;
    }

    public String name() {
        return spec.name();
    }

    public CommunityType type() {
        return spec.type();
    }

    public CommunitySpec spec() {
        return spec;
    }

    public int households() {
        return endHousehold - firstHousehold;
    }

    /** First resident index of this community. */
    public int firstHousehold() {
        return firstHousehold;
    }

    /** One past the last resident index of this community. */
    public int endHousehold() {
        return endHousehold;
    }

    /** County-wide index of this community's first grid. */
    public int firstGrid() {
        return firstGrid;
    }

    void setFirstGrid(int grid) {
        firstGrid = grid;
    }

    public int gridCount() {
        return gridCount;
    }

    public int staffPosts() {
        return staffPosts;
    }

    /** Posts filled today (posts minus vacancies after turnover). */
    public int staffOnDuty(int day) {
        int filled = 0;
        for (int until : vacantUntil) {
            if (until < day) {
                filled++;
            }
        }
        return filled;
    }

    public double staffProductivity() {
        return staffProductivity;
    }

    public int gridWorkers() {
        return gridWorkers;
    }

    public double venueM2() {
        return venueM2;
    }

    public double budgetYuanYear() {
        return budgetYuanYear;
    }

    public int units() {
        return units;
    }

    public int residentMembers() {
        return residentMembers;
    }

    public int inServiceMembers() {
        return inServiceMembers;
    }

    /** Staff service capacity of the day in effort hours (after activities' reservation and pooling). */
    public double capacityHours() {
        return capacityHours;
    }

    /** Skill of the worker in post {@code post} (0..1), for display and diagnostics. */
    public double staffSkill(int post) {
        return queue.skill(post);
    }

    /** Mean skill over the community's posts. */
    public double meanStaffSkill() {
        double total = 0;
        for (int k = 0; k < queue.serverCount(); k++) {
            total += queue.skill(k);
        }
        return total / queue.serverCount();
    }

    /** Adds the requests open at the committee by complexity (simple, complex, cross-department) to {@code counts}. */
    public void countWaitingByComplexity(int[] counts) {
        queue.countWaiting(counts);
    }

    /** Whether the community Party organisation coordinates cross-department requests (political leadership). */
    public boolean coordinatesCrossDepartment() {
        return coordinatesCrossDepartment;
    }

    // ----- interfaces with the participation side (docs/ODD.md section 3) ------------------------

    /** Staff hours that today's planned activities take from casework (written before service). */
    public double staffHoursReservedForActivities(int day) {
        return day == staffHoursReservedDay ? staffHoursReservedToday : 0;
    }

    /** Reserves staff hours for activities on {@code day}; service subtracts them from casework capacity. */
    public void reserveStaffHoursForActivities(int day, double hours) {
        if (day != staffHoursReservedDay) {
            staffHoursReservedDay = day;
            staffHoursReservedToday = 0;
        }
        staffHoursReservedToday += hours;
    }

    /**
     * Volunteer and member hours available on {@code day} for volunteer-able service tasks: registered
     * volunteers', resident members', registered in-service members' and units' hours, less what
     * activities have already used that day.
     */
    public double volunteerHoursAvailable(int day) {
        return Math.max(0, volunteerHoursToday - volunteerHoursUsedToday);
    }

    /** Records volunteer hours used on {@code day} (by service tasks or activities). */
    public void useVolunteerHours(int day, double hours) {
        volunteerHoursUsedToday += hours;
    }

    public ServiceLedger ledger() {
        return ledger;
    }

    /** Requests outstanding at the committee, in effort hours. */
    public double outstandingEffort() {
        return queue.outstandingEffort(triageHours);
    }

    /** Day of the most recent residents' committee election, or {@link Population#NEVER}. */
    public int electionDay() {
        return electionDay;
    }

    /** Households recorded as voting at the most recent election: personal votes plus proxy votes. */
    public int electionRecordedVotes() {
        return electionVoters + electionProxies;
    }

    /** Ties formed between residents at this community's activities since day 1 (activity model). */
    public long tiesFormed() {
        return tiesFormed;
    }

    /** What limited participation in this community over the last 30 days (activity model). */
    public ActivityLedger activityLedger() {
        return activityLedger;
    }

    // ----- adjusters used by mechanisms before day 1 ---------------------------------------------

    /** Raises the number of full-time posts to at least {@code posts}. */
    public void ensureStaffPosts(int posts) {
        staffPosts = Math.max(staffPosts, posts);
    }

    public void multiplyStaffProductivity(double factor) {
        staffProductivity *= factor;
    }

    public void setTurnoverPerYear(double rate) {
        turnoverPerYear = rate;
    }

    /** Training: raises the yearly rate at which staff skill closes the gap to full skill. */
    public void addTrainingSkillGain(double perYear) {
        trainingSkillGainPerYear += perYear;
    }

    /** Work integration: the community Party organisation coordinates cross-department requests. */
    public void coordinateCrossDepartment() {
        coordinatesCrossDepartment = true;
    }

    public void addTrainingCost(double yuanPerYear) {
        trainingYuanYear += yuanPerYear;
    }

    public void ensureVenueM2(double area) {
        venueM2 = Math.max(venueM2, area);
    }

    public void ensureBudgetYuanYear(double yuan) {
        budgetYuanYear = Math.max(budgetYuanYear, yuan);
    }

    public void addBudgetYuanYear(double yuan) {
        budgetYuanYear += yuan;
    }

    /**
     * Adds a Party-mass service fund of {@code yuan} a year: its money joins the activity funds (it pays for
     * activities and services like the rest of the budget) and its cost is posted as its own public item.
     */
    public void addPartyMassFund(double yuan) {
        budgetYuanYear += yuan;
        partyMassFundYuanYear += yuan;
    }

    /** The Party-mass service fund, yuan a year (part of {@link #budgetYuanYear()}). */
    public double partyMassFundYuanYear() {
        return partyMassFundYuanYear;
    }

    /** Splits the community into grids of at most {@code households} households, one grid worker each. */
    public void rebalanceGrids(int householdsPerGrid) {
        gridCount = Math.max(1, (int) Math.ceil(households() / (double) householdsPerGrid));
        gridWorkers = Math.max(gridWorkers, gridCount);
    }

    public void improveChannels(double boost) {
        channelQuality = Math.min(1.0, channelQuality + boost);
    }

    public void setOutreachVisitsPerMemberMonth(double visits) {
        outreachVisitsPerMemberMonth = visits;
    }

    /**
     * Consultation meetings per month (and, in the first formulation, the trust they add). In the activity
     * model the committee's calendar plans at least this many consultations a month.
     */
    public void setConsultations(double perMonth, double trustGain) {
        consultationsPerMonth = perMonth;
        consultationTrustGain = trustGain;
        if (calendar != null) {
            calendar.ensurePerMonth(ActivityKind.CONSULTATION, (int) Math.round(perMonth));
        }
    }

    /**
     * Raises the probability that a consultation's outcome is acted upon (democratic guarantee; activity model
     * only).
     */
    public void ensureConsultationFollowThrough(double share) {
        if (calendar != null) {
            calendar.ensureFollowThrough(share);
        }
    }

    /** The joint-building units with an agreement with this community, in signing order. */
    public List<JointBuildingUnit> jointBuildingUnits() {
        return java.util.Collections.unmodifiableList(unitAgents);
    }

    /** Mean engagement of the community's units (NaN without units). */
    public double meanUnitEngagement() {
        if (unitAgents.isEmpty()) {
            return Double.NaN;
        }
        double total = 0;
        for (JointBuildingUnit u : unitAgents) {
            total += u.engagement();
        }
        return total / unitAgents.size();
    }

    /** Adds capacity for today only (regional pooling); negative to lend capacity out. */
    public void adjustCapacityToday(double hours) {
        capacityHours = Math.max(0, capacityHours + hours);
    }

    @Override
    public String toString() {
        return spec.name();
    }
}
