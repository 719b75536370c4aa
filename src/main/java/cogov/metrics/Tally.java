package cogov.metrics;

/** Sums over the residents and ledgers of one scope unit. */
final class Tally {
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
    long units;
    double engagementSum;
    long unitProjectsResolved;

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
        units += o.units;
        engagementSum += o.engagementSum;
        unitProjectsResolved += o.unitProjectsResolved;
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
