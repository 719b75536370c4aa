package cogov.model;

import java.util.Arrays;

/**
 * A committee's accounting of requests: today's flows, cumulative totals (for the conservation
 * invariant) and rolling windows over recent days (for response, resolution and on-time rates, time
 * to resolution and cost per resolved request). The metrics collector reads it; only the service
 * process writes it.
 */
public final class ServiceLedger {
    /** Days of history kept; must exceed the longest window (30) plus the resolution lag (15). */
    static final int HISTORY = 64;
    /** Window of the rolling rates, in days. */
    public static final int WINDOW = 30;
    /** Lag before a cohort's resolution rate is judged: the longest time limit. */
    public static final int COHORT_LAG = 15;

    int needsArisen;
    int needsUnreported;
    int raised;
    int resolved;
    int escalated;
    int overdue;
    int dropped;
    double volunteerHours;
    double spendingYuan;
    int eventsHeld;
    int eventParticipants;

    long cumulativeRaised;
    long cumulativeResolved;
    long cumulativeDropped;
    int waiting;
    int atDepartment;

    long servedCount;
    double servedWaitSum;

    double staffHoursAvailable;
    double staffHoursUsed;
    double volunteerHoursAvailable;
    double skillGapSum;
    int skillGapCount;
    int reworked;
    int crossDepartment;
    int crossCoordinated;
    int volunteerServed;
    long cumulativeVolunteerServed;
    long volunteerServedCasework;
    private int today;
    int unitProjectsTaken;
    int unitProjectsResolved;
    int unitProjectsFailed;

    private final int[] raisedByDay = new int[HISTORY];
    private final int[] respondedQuicklyByDay = new int[HISTORY];
    private final int[] resolvedByRaiseDay = new int[HISTORY];
    private final int[] onTimeByRaiseDay = new int[HISTORY];
    private final int[] resolvedOnDay = new int[HISTORY];
    private final double[] spendingOnDay = new double[HISTORY];
    private final int[] startedOnDay = new int[HISTORY];
    private final double[] waitSumOnDay = new double[HISTORY];
    private final double[][] resolutionTimes = new double[HISTORY][];
    private final int[] resolutionTimeCount = new int[HISTORY];
    private final int[] crossByDay = new int[HISTORY];
    private final int[] coordinatedByDay = new int[HISTORY];

    ServiceLedger() {
        for (int i = 0; i < HISTORY; i++) {
            resolutionTimes[i] = new double[8];
        }
    }

    private static int slot(int day) {
        return Math.floorMod(day, HISTORY);
    }

    /** Clears today's flows and the history slot that today reuses. */
    void beginDay(int day) {
        needsArisen = 0;
        needsUnreported = 0;
        raised = 0;
        resolved = 0;
        escalated = 0;
        overdue = 0;
        dropped = 0;
        volunteerHours = 0;
        spendingYuan = 0;
        eventsHeld = 0;
        eventParticipants = 0;
        staffHoursAvailable = 0;
        staffHoursUsed = 0;
        volunteerHoursAvailable = 0;
        skillGapSum = 0;
        skillGapCount = 0;
        reworked = 0;
        crossDepartment = 0;
        crossCoordinated = 0;
        volunteerServed = 0;
        unitProjectsTaken = 0;
        unitProjectsResolved = 0;
        unitProjectsFailed = 0;
        int s = slot(day);
        raisedByDay[s] = 0;
        respondedQuicklyByDay[s] = 0;
        resolvedByRaiseDay[s] = 0;
        onTimeByRaiseDay[s] = 0;
        resolvedOnDay[s] = 0;
        spendingOnDay[s] = 0;
        startedOnDay[s] = 0;
        waitSumOnDay[s] = 0;
        resolutionTimeCount[s] = 0;
        crossByDay[s] = 0;
        coordinatedByDay[s] = 0;
        today = day;
    }

    void recordRaised(Request r) {
        raised++;
        cumulativeRaised++;
        waiting++;
        raisedByDay[slot(r.raiseDay)]++;
    }

    /** Service (or triage) began; {@code day} is the current day. */
    void recordStarted(Request r, double time, int day) {
        double wait = time - r.arrival;
        if (wait <= 1.0 && r.raiseDay > day - HISTORY) {
            respondedQuicklyByDay[slot(r.raiseDay)]++;
        }
        startedOnDay[slot(day)]++;
        waitSumOnDay[slot(day)] += wait;
        servedCount++;
        servedWaitSum += wait;
    }

    void recordEscalated() {
        escalated++;
        waiting--;
        atDepartment++;
    }

    void recordResolved(Request r, double time, int day, boolean fromDepartment) {
        resolved++;
        cumulativeResolved++;
        if (fromDepartment) {
            atDepartment--;
        } else {
            waiting--;
        }
        if (r.raiseDay > day - HISTORY) {
            resolvedByRaiseDay[slot(r.raiseDay)]++;
            if (time <= r.deadline) {
                onTimeByRaiseDay[slot(r.raiseDay)]++;
            }
        }
        int s = slot(day);
        resolvedOnDay[s]++;
        if (resolutionTimeCount[s] == resolutionTimes[s].length) {
            resolutionTimes[s] = Arrays.copyOf(resolutionTimes[s], resolutionTimes[s].length * 2);
        }
        resolutionTimes[s][resolutionTimeCount[s]++] = time - r.arrival;
    }

    void recordDropped(boolean fromDepartment) {
        dropped++;
        cumulativeDropped++;
        if (fromDepartment) {
            atDepartment--;
        } else {
            waiting--;
        }
    }

    void recordOverdue() {
        overdue++;
    }

    /** A casework handling began; {@code gap} is how far the worker's skill fell short of what the request needs. */
    void recordSkillGap(double gap) {
        skillGapSum += gap;
        skillGapCount++;
    }

    /** A unit took a complex request as a project. */
    void recordUnitProjectTaken() {
        unitProjectsTaken++;
    }

    /** A unit finished a project: resolved or failed. */
    void recordUnitProject(boolean success) {
        if (success) {
            unitProjectsResolved++;
        } else {
            unitProjectsFailed++;
        }
    }

    /** Complex requests units took as projects today, and projects they resolved and failed today. */
    public int unitProjectsTaken() {
        return unitProjectsTaken;
    }

    public int unitProjectsResolved() {
        return unitProjectsResolved;
    }

    public int unitProjectsFailed() {
        return unitProjectsFailed;
    }

    void recordRework() {
        reworked++;
    }

    void recordCrossDepartment(boolean coordinated) {
        crossDepartment++;
        crossByDay[slot(today)]++;
        if (coordinated) {
            crossCoordinated++;
            coordinatedByDay[slot(today)]++;
        }
    }

    /** Cross-department requests escalated in the last {@link #WINDOW} days, and those coordinated. */
    public int crossDepartmentInWindow(int day) {
        return sum(crossByDay, day - WINDOW + 1, day);
    }

    public int crossCoordinatedInWindow(int day) {
        return sum(coordinatedByDay, day - WINDOW + 1, day);
    }

    /** Volunteers finished a task; counts separately any task that is casework (an invariant keeps that at 0). */
    void recordVolunteerServed(Request r) {
        volunteerServed++;
        cumulativeVolunteerServed++;
        if (r.isCasework()) {
            volunteerServedCasework++;
        }
    }

    void recordSpending(int day, double yuan) {
        spendingYuan += yuan;
        spendingOnDay[slot(day)] += yuan;
    }

    // ----- read side -------------------------------------------------------------------------

    public int needsArisen() {
        return needsArisen;
    }

    public int needsUnreported() {
        return needsUnreported;
    }

    public int raised() {
        return raised;
    }

    public int resolved() {
        return resolved;
    }

    public int escalated() {
        return escalated;
    }

    public int overdue() {
        return overdue;
    }

    public int dropped() {
        return dropped;
    }

    public double volunteerHours() {
        return volunteerHours;
    }

    public double spendingYuan() {
        return spendingYuan;
    }

    public int eventsHeld() {
        return eventsHeld;
    }

    public int eventParticipants() {
        return eventParticipants;
    }

    public long cumulativeRaised() {
        return cumulativeRaised;
    }

    public long cumulativeResolved() {
        return cumulativeResolved;
    }

    public long cumulativeDropped() {
        return cumulativeDropped;
    }

    /** Requests waiting for service or in service at the committee. */
    public int waiting() {
        return waiting;
    }

    /** Requests currently with a county department. */
    public int atDepartment() {
        return atDepartment;
    }

    /** Requests served (service or triage begun) since day 1, and their summed queue wait in days. */
    public long servedCount() {
        return servedCount;
    }

    public double servedWaitSum() {
        return servedWaitSum;
    }

    /** Staff effort hours available today (after hours reserved for activities) and used on requests. */
    public double staffHoursAvailable() {
        return staffHoursAvailable;
    }

    public double staffHoursUsed() {
        return staffHoursUsed;
    }

    /** Volunteer hours available today for volunteer-able tasks (used: {@link #volunteerHours()}). */
    public double volunteerHoursAvailable() {
        return volunteerHoursAvailable;
    }

    /** Mean skill shortfall of today's casework handlings (0 when none began). */
    public double skillShortfall() {
        return skillGapCount == 0 ? 0 : skillGapSum / skillGapCount;
    }

    public int skillHandlings() {
        return skillGapCount;
    }

    public double skillGapSum() {
        return skillGapSum;
    }

    /** Committee handlings today that failed for want of skill and were reworked. */
    public int reworked() {
        return reworked;
    }

    /** Cross-department requests escalated today, and how many of them the Party organisation coordinated. */
    public int crossDepartment() {
        return crossDepartment;
    }

    public int crossCoordinated() {
        return crossCoordinated;
    }

    /** Volunteer-able tasks volunteers finished today. */
    public int volunteerServed() {
        return volunteerServed;
    }

    public long cumulativeVolunteerServed() {
        return cumulativeVolunteerServed;
    }

    /** Casework requests volunteers served since day 1: must stay 0. */
    public long volunteerServedCasework() {
        return volunteerServedCasework;
    }

    /** Sum over days {@code day-WINDOW+1 .. day} of requests raised. */
    public int raisedInWindow(int day) {
        return sum(raisedByDay, day - WINDOW + 1, day);
    }

    public int respondedQuicklyInWindow(int day) {
        return sum(respondedQuicklyByDay, day - WINDOW + 1, day);
    }

    /** Requests raised on days {@code day-COHORT_LAG-WINDOW+1 .. day-COHORT_LAG}. */
    public int cohortRaised(int day) {
        return sum(raisedByDay, day - COHORT_LAG - WINDOW + 1, day - COHORT_LAG);
    }

    public int cohortResolved(int day) {
        return sum(resolvedByRaiseDay, day - COHORT_LAG - WINDOW + 1, day - COHORT_LAG);
    }

    public int cohortOnTime(int day) {
        return sum(onTimeByRaiseDay, day - COHORT_LAG - WINDOW + 1, day - COHORT_LAG);
    }

    public int resolvedInWindow(int day) {
        return sum(resolvedOnDay, day - WINDOW + 1, day);
    }

    public double spendingInWindow(int day) {
        double total = 0;
        for (int d = Math.max(1, day - WINDOW + 1); d <= day; d++) {
            total += spendingOnDay[slot(d)];
        }
        return total;
    }

    public int startedInWindow(int day) {
        return sum(startedOnDay, day - WINDOW + 1, day);
    }

    public double waitSumInWindow(int day) {
        double total = 0;
        for (int d = Math.max(1, day - WINDOW + 1); d <= day; d++) {
            total += waitSumOnDay[slot(d)];
        }
        return total;
    }

    /** Appends the resolution times (days) of requests resolved in the window to {@code sink}. */
    public int copyResolutionTimes(int day, double[][] sink, int count) {
        for (int d = Math.max(1, day - WINDOW + 1); d <= day; d++) {
            int s = slot(d);
            int n = resolutionTimeCount[s];
            if (count + n > sink[0].length) {
                sink[0] = Arrays.copyOf(sink[0], Math.max(sink[0].length * 2, count + n));
            }
            System.arraycopy(resolutionTimes[s], 0, sink[0], count, n);
            count += n;
        }
        return count;
    }

    private static int sum(int[] ring, int fromDay, int toDay) {
        int total = 0;
        for (int d = Math.max(1, fromDay); d <= toDay; d++) {
            total += ring[slot(d)];
        }
        return total;
    }
}
