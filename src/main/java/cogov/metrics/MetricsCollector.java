package cogov.metrics;

import cogov.config.CommunityType;
import cogov.model.ActivityKind;
import cogov.model.ActivityLedger;
import cogov.model.Community;
import cogov.model.CostItem;
import cogov.model.CostLedger;
import cogov.model.CountyModel;
import cogov.model.JointBuildingUnit;
import cogov.model.Population;
import cogov.model.ServiceLedger;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the model after all seven processes of a day and emits one row per community, per community
 * type present and for the county (DOMAIN.md section 5). Scheduled last each day; agents never know
 * they are measured.
 */
public final class MetricsCollector implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Days in the survey recall period "the last 12 months". */
    private static final int YEAR = 365;

    private final CountyModel model;
    private final MetricsSink sink;
    private final double[][] timesBuffer = {new double[1024]};
    private final Percentile percentile = new Percentile();

    public MetricsCollector(CountyModel model, MetricsSink sink) {
        this.model = model;
        this.sink = sink;
    }

    /** Schedules a collector on the model; call after {@code model.start()}. */
    public static void attach(CountyModel model, MetricsSink sink) {
        model.schedule.scheduleRepeating(0.0, CountyModel.ORDER_METRICS, new MetricsCollector(model, sink));
    }

    @Override
    public void step(SimState state) {
        sink.accept(collect());
    }

    /** The rows of the last completed day: county, then types in enum order, then communities. */
    public List<MetricsRow> collect() {
        int day = model.day();
        List<Community> communities = model.communities();
        Tally[] perCommunity = new Tally[communities.size()];
        GridStats grids = new GridStats(model.gridTotal());
        tallyResidents(day, perCommunity, grids);
        int[] waiting = new int[3];
        for (Community c : communities) {
            Tally t = perCommunity[c.index()];
            tallyLedger(t, c.ledger(), day);
            tallyCosts(t, c.index(), day);
            tallyActivities(t, c.activityLedger());
            for (JointBuildingUnit u : c.jointBuildingUnits()) {
                t.units++;
                t.engagementSum += u.engagement();
            }
            Arrays.fill(waiting, 0);
            c.countWaitingByComplexity(waiting);
            t.waitingSimple = waiting[0];
            t.waitingComplex = waiting[1];
            t.waitingCross = waiting[2];
        }
        Tally county = new Tally();
        Tally[] byType = new Tally[CommunityType.values().length];
        for (Community c : communities) {
            Tally t = perCommunity[c.index()];
            county.add(t);
            int k = c.type().ordinal();
            if (byType[k] == null) {
                byType[k] = new Tally();
            }
            byType[k].add(t);
        }
        List<MetricsRow> rows = new ArrayList<>();
        rows.add(new MetricsRow(day, Scope.COUNTY, "county", "all", values(county, day, communities, grids, byType)));
        for (CommunityType type : CommunityType.values()) {
            Tally t = byType[type.ordinal()];
            if (t != null) {
                List<Community> ofType = new ArrayList<>();
                for (Community c : communities) {
                    if (c.type() == type) {
                        ofType.add(c);
                    }
                }
                rows.add(new MetricsRow(day, Scope.TYPE, type.key(), type.key(), values(t, day, ofType, grids, null)));
            }
        }
        for (Community c : communities) {
            rows.add(new MetricsRow(day, Scope.COMMUNITY, c.name(), c.type().key(),
                    values(perCommunity[c.index()], day, List.of(c), grids, null)));
        }
        return rows;
    }

    /**
     * One pass over the residents (it runs for every resident every day): sums are kept in locals and
     * group counts are branch-free, and since a grid's residents are contiguous, grid sums are written
     * once per grid rather than once per resident.
     */
    private void tallyResidents(int day, Tally[] perCommunity, GridStats grids) {
        Population p = model.population();
        int window = model.scenario().participation().windowDays();
        boolean permanent = model.scenario().participation().permanent();
        double satisfiedThreshold = model.scenario().feedback().satisfiedThreshold();
        for (Community c : model.communities()) {
            long satisfied = 0;
            long participants = 0;
            long youth = 0;
            long youthIn = 0;
            long elderly = 0;
            long elderlyIn = 0;
            long members = 0;
            long membersIn = 0;
            long migrants = 0;
            long migrantsIn = 0;
            long yearAll = 0;
            long yearYouth = 0;
            long yearWorking = 0;
            long yearElderly = 0;
            long yearMembers = 0;
            long yearMigrants = 0;
            long yearConsultation = 0;
            long yearCultural = 0;
            long yearVolunteer = 0;
            int election = c.electionDay();
            long voted = 0;
            long votedYouth = 0;
            long votedElderly = 0;
            long votedMembers = 0;
            double efficacy = 0;
            double awareness = 0;
            double trust = 0;
            double satisfaction = 0;
            int grid = -1;
            int gridHouseholds = 0;
            int gridParticipants = 0;
            double gridSatisfaction = 0;
            for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
                int g = p.grid(i);
                if (g != grid) {
                    grids.record(grid, gridHouseholds, gridParticipants, gridSatisfaction);
                    grid = g;
                    gridHouseholds = 0;
                    gridParticipants = 0;
                    gridSatisfaction = 0;
                }
                int k = p.isParticipating(i, day, window, permanent) ? 1 : 0;
                int age = p.ageGroup(i);
                int y = age == Population.YOUTH ? 1 : 0;
                int e = age == Population.ELDERLY ? 1 : 0;
                int m = p.isPartyMember(i) ? 1 : 0;
                int r = p.isMigrant(i) ? 1 : 0;
                // NEVER lies so far in the past that day - NEVER is never below a year
                int a = day - p.lastParticipation(i) < YEAR ? 1 : 0;
                int w = age == Population.WORKING ? 1 : 0;
                yearAll += a;
                yearYouth += y & a;
                yearWorking += w & a;
                yearElderly += e & a;
                yearMembers += m & a;
                yearMigrants += r & a;
                yearConsultation += day - p.lastParticipation(i, ActivityKind.CONSULTATION) < YEAR ? 1 : 0;
                yearCultural += day - p.lastParticipation(i, ActivityKind.CULTURAL) < YEAR ? 1 : 0;
                yearVolunteer += day - p.lastParticipation(i, ActivityKind.VOLUNTEER) < YEAR ? 1 : 0;
                efficacy += p.efficacy(i);
                int v = p.lastVoted(i) == election ? 1 : 0;
                voted += v;
                votedYouth += y & v;
                votedElderly += e & v;
                votedMembers += m & v;
                participants += k;
                youth += y;
                youthIn += y & k;
                elderly += e;
                elderlyIn += e & k;
                members += m;
                membersIn += m & k;
                migrants += r;
                migrantsIn += r & k;
                double sat = p.satisfaction(i);
                awareness += p.awareness(i);
                trust += p.trust(i);
                satisfaction += sat;
                satisfied += sat >= satisfiedThreshold ? 1 : 0;
                gridHouseholds++;
                gridParticipants += k;
                gridSatisfaction += sat;
            }
            grids.record(grid, gridHouseholds, gridParticipants, gridSatisfaction);
            Tally t = new Tally();
            t.households = c.households();
            t.participants = participants;
            t.awarenessSum = awareness;
            t.trustSum = trust;
            t.satisfactionSum = satisfaction;
            t.satisfied = satisfied;
            t.groupSize[0] = youth;
            t.groupParticipants[0] = youthIn;
            t.groupSize[1] = elderly;
            t.groupParticipants[1] = elderlyIn;
            t.groupSize[2] = members;
            t.groupParticipants[2] = membersIn;
            t.groupSize[3] = migrants;
            t.groupParticipants[3] = migrantsIn;
            long n = c.households();
            long[] year = {yearAll, yearYouth, yearWorking, yearElderly, yearMembers, yearAll - yearMembers, yearMigrants,
                yearAll - yearMigrants};
            long[] yearSize = {n, youth, n - youth - elderly, elderly, members, n - members, migrants, n - migrants};
            System.arraycopy(year, 0, t.year, 0, Tally.YEAR_GROUPS);
            System.arraycopy(yearSize, 0, t.yearSize, 0, Tally.YEAR_GROUPS);
            t.kinds[ActivityKind.CONSULTATION.ordinal()] = yearConsultation;
            t.kinds[ActivityKind.CULTURAL.ordinal()] = yearCultural;
            t.kinds[ActivityKind.VOLUNTEER.ordinal()] = yearVolunteer;
            t.efficacySum = efficacy;
            t.activitiesOn = model.scenario().activities().enabled();
            if (election != Population.NEVER) {
                t.electionHouseholds = n;
                t.voted = voted;
                t.votedYouth = votedYouth;
                t.votedElderly = votedElderly;
                t.votedMembers = votedMembers;
                t.recordedVotes = c.electionRecordedVotes();
            }
            perCommunity[c.index()] = t;
        }
    }

    private static void tallyActivities(Tally t, ActivityLedger ledger) {
        for (ActivityLedger.Item item : ActivityLedger.Item.values()) {
            t.activityWindow[item.ordinal()] += ledger.window(item);
        }
        t.activityStaffHoursToday += ledger.today(ActivityLedger.Item.STAFF_HOURS);
    }

    private void tallyCosts(Tally t, int community, int day) {
        CostLedger costs = model.costs();
        t.publicCost = costs.publicToday(community);
        t.totalCost = costs.totalToday(community);
        t.partyMassFund = costs.today(community, CostItem.PARTY_MASS_FUND);
        t.publicCostWindow = costs.publicInWindow(community, day);
        t.budgetSpent = costs.budgetSpentTotal(community);
        t.budgetAllocated = costs.budgetAllocatedTotal(community);
    }

    private static void tallyLedger(Tally t, ServiceLedger ledger, int day) {
        t.needsArisen += ledger.needsArisen();
        t.needsUnreported += ledger.needsUnreported();
        t.raised += ledger.raised();
        t.resolved += ledger.resolved();
        t.escalated += ledger.escalated();
        t.overdue += ledger.overdue();
        t.dropped += ledger.dropped();
        t.backlog += ledger.waiting() + ledger.atDepartment();
        // requests raised yesterday or earlier: each has had its full day to be responded to
        t.raisedWindow += ledger.raisedInWindow(day - 1);
        t.respondedWindow += ledger.respondedQuicklyInWindow(day - 1);
        t.cohortRaised += ledger.cohortRaised(day);
        t.cohortResolved += ledger.cohortResolved(day);
        t.cohortOnTime += ledger.cohortOnTime(day);
        t.startedWindow += ledger.startedInWindow(day);
        t.waitSumWindow += ledger.waitSumInWindow(day);
        t.resolvedWindow += ledger.resolvedInWindow(day);
        t.volunteerHours += ledger.volunteerHours();
        t.eventsHeld += ledger.eventsHeld();
        t.eventParticipants += ledger.eventParticipants();
        t.spending += ledger.spendingYuan();
        t.servedCount += ledger.servedCount();
        t.servedWaitSum += ledger.servedWaitSum();
        t.staffAvailable += ledger.staffHoursAvailable();
        t.staffUsed += ledger.staffHoursUsed();
        t.volunteerAvailable += ledger.volunteerHoursAvailable();
        t.skillGapSum += ledger.skillGapSum();
        t.skillHandlings += ledger.skillHandlings();
        t.reworked += ledger.reworked();
        t.unitProjectsResolved += ledger.unitProjectsResolved();
        t.atDepartment += ledger.atDepartment();
        t.crossWindow += ledger.crossDepartmentInWindow(day);
        t.coordinatedWindow += ledger.crossCoordinatedInWindow(day);
    }

    /** Every declared metric of one scope unit; county-only metrics are NaN outside the county row. */
    private double[] values(Tally t, int day, List<Community> scoped, GridStats grids, Tally[] byType) {
        ScopeData data = new ScopeData(model, t, day, scoped, grids, byType, timesBuffer, percentile);
        List<Metric> metrics = MetricRegistry.all();
        double[] v = new double[metrics.size()];
        for (int k = 0; k < v.length; k++) {
            Metric m = metrics.get(k);
            v[k] = m.countyOnly() && byType == null ? Double.NaN : m.compute(data);
        }
        return v;
    }
}
