package cogov.metrics;

import cogov.config.CommunityType;
import cogov.model.Community;
import cogov.model.CostLedger;
import cogov.model.CountyModel;
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
        double[] countyValues = values(county, day, communities, c -> true, grids);
        Tally old = byType[CommunityType.OLD_URBAN.ordinal()];
        Tally relocated = byType[CommunityType.RELOCATED.ordinal()];
        if (old != null && relocated != null) {
            countyValues[MetricRegistry.indexOf("equity_participation_gap")] = old.participationRate() - relocated.participationRate();
            countyValues[MetricRegistry.indexOf("equity_satisfaction_gap")] = old.mean(old.satisfactionSum) - relocated.mean(relocated.satisfactionSum);
            countyValues[MetricRegistry.indexOf("equity_resolution_gap")] = old.ratio(old.cohortResolved, old.cohortRaised)
                    - relocated.ratio(relocated.cohortResolved, relocated.cohortRaised);
        }
        countyValues[MetricRegistry.indexOf("department_utilisation")] = model.departmentUtilisation();
        rows.add(new MetricsRow(day, Scope.COUNTY, "county", "all", countyValues));
        for (CommunityType type : CommunityType.values()) {
            Tally t = byType[type.ordinal()];
            if (t != null) {
                rows.add(new MetricsRow(day, Scope.TYPE, type.key(), type.key(),
                        values(t, day, communities, c -> c.type() == type, grids)));
            }
        }
        for (Community c : communities) {
            rows.add(new MetricsRow(day, Scope.COMMUNITY, c.name(), c.type().key(),
                    values(perCommunity[c.index()], day, List.of(c), x -> true, grids)));
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
            perCommunity[c.index()] = t;
        }
    }

    private void tallyCosts(Tally t, int community, int day) {
        CostLedger costs = model.costs();
        t.publicCost = costs.publicToday(community);
        t.totalCost = costs.totalToday(community);
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
        t.atDepartment += ledger.atDepartment();
        t.crossWindow += ledger.crossDepartmentInWindow(day);
        t.coordinatedWindow += ledger.crossCoordinatedInWindow(day);
    }

    private double[] values(Tally t, int day, List<Community> communities, java.util.function.Predicate<Community> inScope,
                            GridStats grids) {
        double[] v = new double[MetricRegistry.size()];
        Arrays.fill(v, Double.NaN);
        put(v, "participation_rate", t.participationRate());
        put(v, "participation_rate_youth", t.ratio(t.groupParticipants[0], t.groupSize[0]));
        put(v, "participation_rate_elderly", t.ratio(t.groupParticipants[1], t.groupSize[1]));
        put(v, "participation_rate_members", t.ratio(t.groupParticipants[2], t.groupSize[2]));
        put(v, "participation_rate_migrants", t.ratio(t.groupParticipants[3], t.groupSize[3]));
        put(v, "awareness_mean", t.mean(t.awarenessSum));
        put(v, "trust_mean", t.mean(t.trustSum));
        put(v, "satisfaction_mean", t.mean(t.satisfactionSum));
        put(v, "satisfaction_share", t.ratio(t.satisfied, t.households));
        put(v, "needs_arisen", t.needsArisen);
        put(v, "needs_unreported", t.needsUnreported);
        put(v, "requests_raised", t.raised);
        put(v, "requests_resolved", t.resolved);
        put(v, "requests_escalated", t.escalated);
        put(v, "requests_overdue", t.overdue);
        put(v, "requests_dropped", t.dropped);
        put(v, "backlog", t.backlog);
        put(v, "response_rate", t.ratio(t.respondedWindow, t.raisedWindow));
        put(v, "resolution_rate", t.ratio(t.cohortResolved, t.cohortRaised));
        put(v, "on_time_rate", t.ratio(t.cohortOnTime, t.cohortRaised));
        int count = 0;
        for (Community c : communities) {
            if (inScope.test(c)) {
                count = c.ledger().copyResolutionTimes(day, timesBuffer, count);
            }
        }
        if (count > 0) {
            percentile.setData(timesBuffer[0], 0, count);
            put(v, "resolution_days_median", percentile.evaluate(50));
            put(v, "resolution_days_p90", percentile.evaluate(90));
        }
        put(v, "wait_days_mean", t.ratio(t.waitSumWindow, t.startedWindow));
        put(v, "served_wait_days_run_mean", t.ratio(t.servedWaitSum, t.servedCount));
        put(v, "volunteer_hours", t.volunteerHours);
        put(v, "staff_utilisation", t.ratio(t.staffUsed, t.staffAvailable));
        put(v, "volunteer_utilisation", t.ratio(t.volunteerHours, t.volunteerAvailable));
        put(v, "skill_shortfall", t.ratio(t.skillGapSum, t.skillHandlings));
        put(v, "requests_reworked", t.reworked);
        put(v, "waiting_simple", t.waitingSimple);
        put(v, "waiting_complex", t.waitingComplex);
        put(v, "waiting_cross_department", t.waitingCross);
        put(v, "at_department", t.atDepartment);
        put(v, "coordination_share", t.ratio(t.coordinatedWindow, t.crossWindow));
        put(v, "events_held", t.eventsHeld);
        put(v, "event_participants", t.eventParticipants);
        put(v, "spending_yuan", t.spending);
        put(v, "public_cost_yuan", t.publicCost);
        put(v, "total_cost_yuan", t.totalCost);
        put(v, "budget_spent_share", t.ratio(t.budgetSpent, t.budgetAllocated));
        put(v, "cost_per_resolved_yuan", t.ratio(t.publicCostWindow, t.resolvedWindow));
        List<Community> scoped = new ArrayList<>();
        for (Community c : communities) {
            if (inScope.test(c)) {
                scoped.add(c);
            }
        }
        put(v, "grid_participation_gini", grids.gini(scoped, true));
        put(v, "grid_satisfaction_gini", grids.gini(scoped, false));
        return v;
    }

    private static void put(double[] v, String name, double value) {
        v[MetricRegistry.indexOf(name)] = value;
    }

    /** Sums over the residents and ledgers of one scope unit. */
    private static final class Tally {
        long households;
        long participants;
        /** Residents and participants of the groups youth, elderly, Party members, migrants. */
        final long[] groupSize = new long[4];
        final long[] groupParticipants = new long[4];
        double awarenessSum;
        double trustSum;
        double satisfactionSum;
        long satisfied;
        long needsArisen;
        long needsUnreported;
        long raised;
        long resolved;
        long escalated;
        long overdue;
        long dropped;
        long backlog;
        long raisedWindow;
        long respondedWindow;
        long cohortRaised;
        long cohortResolved;
        long cohortOnTime;
        long startedWindow;
        double waitSumWindow;
        long resolvedWindow;
        double volunteerHours;
        long eventsHeld;
        long eventParticipants;
        double spending;
        long servedCount;
        double servedWaitSum;
        double staffAvailable;
        double staffUsed;
        double volunteerAvailable;
        double skillGapSum;
        long skillHandlings;
        long reworked;
        long waitingSimple;
        long waitingComplex;
        long waitingCross;
        long atDepartment;
        long crossWindow;
        long coordinatedWindow;
        double publicCost;
        double totalCost;
        double publicCostWindow;
        double budgetSpent;
        double budgetAllocated;

        void add(Tally o) {
            households += o.households;
            participants += o.participants;
            for (int g = 0; g < groupSize.length; g++) {
                groupSize[g] += o.groupSize[g];
                groupParticipants[g] += o.groupParticipants[g];
            }
            awarenessSum += o.awarenessSum;
            trustSum += o.trustSum;
            satisfactionSum += o.satisfactionSum;
            satisfied += o.satisfied;
            needsArisen += o.needsArisen;
            needsUnreported += o.needsUnreported;
            raised += o.raised;
            resolved += o.resolved;
            escalated += o.escalated;
            overdue += o.overdue;
            dropped += o.dropped;
            backlog += o.backlog;
            raisedWindow += o.raisedWindow;
            respondedWindow += o.respondedWindow;
            cohortRaised += o.cohortRaised;
            cohortResolved += o.cohortResolved;
            cohortOnTime += o.cohortOnTime;
            startedWindow += o.startedWindow;
            waitSumWindow += o.waitSumWindow;
            resolvedWindow += o.resolvedWindow;
            volunteerHours += o.volunteerHours;
            eventsHeld += o.eventsHeld;
            eventParticipants += o.eventParticipants;
            spending += o.spending;
            servedCount += o.servedCount;
            servedWaitSum += o.servedWaitSum;
            staffAvailable += o.staffAvailable;
            staffUsed += o.staffUsed;
            volunteerAvailable += o.volunteerAvailable;
            skillGapSum += o.skillGapSum;
            skillHandlings += o.skillHandlings;
            reworked += o.reworked;
            waitingSimple += o.waitingSimple;
            waitingComplex += o.waitingComplex;
            waitingCross += o.waitingCross;
            atDepartment += o.atDepartment;
            crossWindow += o.crossWindow;
            coordinatedWindow += o.coordinatedWindow;
            publicCost += o.publicCost;
            totalCost += o.totalCost;
            publicCostWindow += o.publicCostWindow;
            budgetSpent += o.budgetSpent;
            budgetAllocated += o.budgetAllocated;
        }

        double participationRate() {
            return ratio(participants, households);
        }

        double mean(double sum) {
            return ratio(sum, households);
        }

        double ratio(double numerator, double denominator) {
            return denominator > 0 ? numerator / denominator : Double.NaN;
        }
    }

    /** Per-grid counts for the inequality metrics. */
    private static final class GridStats {
        final int[] households;
        final int[] participants;
        final double[] satisfaction;

        GridStats(int grids) {
            households = new int[grids];
            participants = new int[grids];
            satisfaction = new double[grids];
        }

        /** Adds a run of residents of one grid (grid -1: nothing yet). */
        void record(int grid, int n, int joined, double satisfactionSum) {
            if (grid >= 0) {
                households[grid] += n;
                participants[grid] += joined;
                satisfaction[grid] += satisfactionSum;
            }
        }

        double gini(List<Community> scope, boolean participation) {
            int total = 0;
            for (Community c : scope) {
                total += c.gridCount();
            }
            double[] x = new double[total];
            int n = 0;
            for (Community c : scope) {
                for (int g = c.firstGrid(); g < c.firstGrid() + c.gridCount(); g++) {
                    if (households[g] > 0) {
                        x[n++] = participation ? participants[g] / (double) households[g] : satisfaction[g] / households[g];
                    }
                }
            }
            return Gini.of(Arrays.copyOf(x, n));
        }
    }
}
