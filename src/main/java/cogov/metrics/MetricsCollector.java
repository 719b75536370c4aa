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
        sink.accept(collect(sink.wantsCommunityRows()));
    }

    /** The rows of the last completed day: county, then types in enum order, then communities. */
    public List<MetricsRow> collect() {
        return collect(true);
    }

    /** The rows of the last completed day, the community rows only when asked for. */
    private List<MetricsRow> collect(boolean communityRows) {
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
            t.tiesFormed = c.tiesFormed();
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
        for (Community c : communityRows ? communities : List.<Community>of()) {
            rows.add(new MetricsRow(day, Scope.COMMUNITY, c.name(), c.type().key(),
                    values(perCommunity[c.index()], day, List.of(c), grids, null)));
        }
        return rows;
    }

    /**
     * One pass over the residents (it runs for every resident every day). Each resident adds one to a bin of
     * each of two small histograms: its group (age, membership, migrant origin) crossed with three yes/no
     * facts (took part in the window, in the last 12 months, voted in the last election), and its three
     * yes/no facts by activity type; the group sums are read off the bins once per community. Grid sums are
     * written once per grid, since a grid's residents are contiguous. The loop keeps few live values, which
     * is what makes it fast; the double sums run in resident order as before.
     */
    private void tallyResidents(int day, Tally[] perCommunity, GridStats grids) {
        Population p = model.population();
        int window = model.scenario().participation().windowDays();
        boolean permanent = model.scenario().participation().permanent();
        int[] groupBins = new int[GROUP_BINS];
        int[] kindBins = new int[KIND_BINS];
        for (Community c : model.communities()) {
            Arrays.fill(groupBins, 0);
            Arrays.fill(kindBins, 0);
            int election = c.electionDay();
            long satisfied = 0;
            long volunteers = 0;
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
                // NEVER lies so far in the past that day - NEVER is never below a year
                int a = day - p.lastParticipation(i) < YEAR ? 1 : 0;
                int v = p.lastVoted(i) == election ? 1 : 0;
                int group = p.ageGroup(i) << 2 | (p.isPartyMember(i) ? 2 : 0) | (p.isMigrant(i) ? 1 : 0);
                groupBins[group << 3 | v << 2 | a << 1 | k]++;
                kindBins[(day - p.lastParticipation(i, ActivityKind.CONSULTATION) < YEAR ? 1 : 0)
                        | (day - p.lastParticipation(i, ActivityKind.CULTURAL) < YEAR ? 2 : 0)
                        | (day - p.lastParticipation(i, ActivityKind.VOLUNTEER) < YEAR ? 4 : 0)]++;
                efficacy += p.efficacy(i);
                double sat = p.satisfaction(i);
                awareness += p.awareness(i);
                trust += p.trust(i);
                satisfaction += sat;
                satisfied += sat >= p.satisfiedThreshold(i) ? 1 : 0;
                volunteers += p.isVolunteer(i) ? 1 : 0;
                gridHouseholds++;
                gridParticipants += k;
                gridSatisfaction += sat;
            }
            grids.record(grid, gridHouseholds, gridParticipants, gridSatisfaction);
            Tally t = fromBins(groupBins, kindBins, c.households(), election != Population.NEVER);
            t.awarenessSum = awareness;
            t.trustSum = trust;
            t.satisfactionSum = satisfaction;
            t.satisfied = satisfied;
            t.volunteers = volunteers;
            t.efficacySum = efficacy;
            t.activitiesOn = model.scenario().activities().enabled();
            if (election != Population.NEVER) {
                t.electionHouseholds = t.households;
                t.recordedVotes = c.electionRecordedVotes();
            }
            perCommunity[c.index()] = t;
        }
    }

    /** Bins of {@link #tallyResidents}: 12 groups (age x member x migrant) x 8 (voted, 12 months, window). */
    private static final int GROUP_BINS = 12 << 3;
    /** Bins of {@link #tallyResidents}: took part in the last 12 months in a consultation, cultural, volunteer activity. */
    private static final int KIND_BINS = 8;

    /**
     * A community's resident counts from its histogram bins; votes only when an election was held (before the
     * first one, every resident's last vote and the election day are both {@link Population#NEVER}).
     */
    private static Tally fromBins(int[] groupBins, int[] kindBins, long households, boolean election) {
        Tally t = new Tally();
        t.households = households;
        long yearAll = 0;
        long yearYouth = 0;
        long yearWorking = 0;
        long yearElderly = 0;
        long yearMembers = 0;
        long yearMigrants = 0;
        long youth = 0;
        long elderly = 0;
        long members = 0;
        long migrants = 0;
        for (int bin = 0; bin < GROUP_BINS; bin++) {
            long count = groupBins[bin];
            if (count == 0) {
                continue;
            }
            int age = bin >> 5;
            boolean member = (bin & 16) != 0;
            boolean migrant = (bin & 8) != 0;
            boolean voted = (bin & 4) != 0;
            boolean year = (bin & 2) != 0;
            boolean window = (bin & 1) != 0;
            boolean isYouth = age == Population.YOUTH;
            boolean isElderly = age == Population.ELDERLY;
            youth += isYouth ? count : 0;
            elderly += isElderly ? count : 0;
            members += member ? count : 0;
            migrants += migrant ? count : 0;
            if (window) {
                t.participants += count;
                t.groupParticipants[0] += isYouth ? count : 0;
                t.groupParticipants[1] += isElderly ? count : 0;
                t.groupParticipants[2] += member ? count : 0;
                t.groupParticipants[3] += migrant ? count : 0;
            }
            if (year) {
                yearAll += count;
                yearYouth += isYouth ? count : 0;
                yearWorking += age == Population.WORKING ? count : 0;
                yearElderly += isElderly ? count : 0;
                yearMembers += member ? count : 0;
                yearMigrants += migrant ? count : 0;
            }
            if (voted && election) {
                t.voted += count;
                t.votedYouth += isYouth ? count : 0;
                t.votedElderly += isElderly ? count : 0;
                t.votedMembers += member ? count : 0;
            }
        }
        t.groupSize[0] = youth;
        t.groupSize[1] = elderly;
        t.groupSize[2] = members;
        t.groupSize[3] = migrants;
        long n = households;
        long[] year = {yearAll, yearYouth, yearWorking, yearElderly, yearMembers, yearAll - yearMembers, yearMigrants,
            yearAll - yearMigrants};
        long[] yearSize = {n, youth, n - youth - elderly, elderly, members, n - members, migrants, n - migrants};
        System.arraycopy(year, 0, t.year, 0, Tally.YEAR_GROUPS);
        System.arraycopy(yearSize, 0, t.yearSize, 0, Tally.YEAR_GROUPS);
        for (int bin = 0; bin < KIND_BINS; bin++) {
            t.kinds[ActivityKind.CONSULTATION.ordinal()] += (bin & 1) != 0 ? kindBins[bin] : 0;
            t.kinds[ActivityKind.CULTURAL.ordinal()] += (bin & 2) != 0 ? kindBins[bin] : 0;
            t.kinds[ActivityKind.VOLUNTEER.ordinal()] += (bin & 4) != 0 ? kindBins[bin] : 0;
        }
        return t;
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
