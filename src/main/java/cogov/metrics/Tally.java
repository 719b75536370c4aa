package cogov.metrics;

import cogov.model.ActivityKind;
import cogov.model.ActivityLedger;

/** Sums over the residents and ledgers of one scope unit. */
final class Tally {
    /** Groups of the 12-month measures: all, youth, working, elderly, members, non-members, migrants, locals. */
    static final int YEAR_GROUPS = 8;

    long households;
    /** Activity model: took part in the last 12 months, by group (see {@link #YEAR_GROUPS}) and by type. */
    final long[] year = new long[YEAR_GROUPS];
    final long[] yearSize = new long[YEAR_GROUPS];
    final long[] kinds = new long[ActivityKind.COUNT];
    /** Rolling 30-day sums of the activity ledger's items, and today's staff hours for activities. */
    final double[] activityWindow = new double[ActivityLedger.Item.values().length];
    double activityStaffHoursToday;
    double efficacySum;
    boolean activitiesOn;
    /** The most recent election: households, personal votes (all, youth, elderly, members) and recorded votes. */
    long electionHouseholds;
    long voted;
    long votedYouth;
    long votedElderly;
    long votedMembers;
    long recordedVotes;
    /** Residents registered as volunteers. */
    long volunteers;
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
    double partyMassFund;
    double totalCost;
    double publicCostWindow;
    double budgetSpent;
    double budgetAllocated;
    long units;
    /** Ties formed at activities since day 1. */
    long tiesFormed;
    double engagementSum;
    long unitProjectsResolved;

    void add(Tally o) {
        for (int g = 0; g < YEAR_GROUPS; g++) {
            year[g] += o.year[g];
            yearSize[g] += o.yearSize[g];
        }
        for (int k = 0; k < kinds.length; k++) {
            kinds[k] += o.kinds[k];
        }
        for (int k = 0; k < activityWindow.length; k++) {
            activityWindow[k] += o.activityWindow[k];
        }
        activityStaffHoursToday += o.activityStaffHoursToday;
        efficacySum += o.efficacySum;
        activitiesOn |= o.activitiesOn;
        electionHouseholds += o.electionHouseholds;
        voted += o.voted;
        votedYouth += o.votedYouth;
        votedElderly += o.votedElderly;
        votedMembers += o.votedMembers;
        recordedVotes += o.recordedVotes;
        volunteers += o.volunteers;
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
        partyMassFund += o.partyMassFund;
        totalCost += o.totalCost;
        publicCostWindow += o.publicCostWindow;
        budgetSpent += o.budgetSpent;
        budgetAllocated += o.budgetAllocated;
        units += o.units;
        tiesFormed += o.tiesFormed;
        engagementSum += o.engagementSum;
        unitProjectsResolved += o.unitProjectsResolved;
    }

    double participationRate() {
        return ratio(participants, households);
    }

    /** 12-month participation of a group (see {@link #YEAR_GROUPS}). */
    double yearRate(int group) {
        return ratio(year[group], yearSize[group]);
    }

    /** A 30-day activity-ledger sum; NaN-producing ratios follow when the activity model is off. */
    double activity(ActivityLedger.Item item) {
        return activityWindow[item.ordinal()];
    }

    /** An activity-model quantity, NaN in the first formulation. */
    double whenActivities(double value) {
        return activitiesOn ? value : Double.NaN;
    }

    /** A share of the residents considered at the activities of the last 30 days (activity model). */
    double ofConsidered(double count) {
        return whenActivities(ratio(count, activity(ActivityLedger.Item.CONSIDERED)));
    }

    /** An election quantity over the households of the most recent election; NaN before the first. */
    double electionRatio(double numerator, double denominator) {
        return electionHouseholds > 0 ? ratio(numerator, denominator) : Double.NaN;
    }

    double mean(double sum) {
        return ratio(sum, households);
    }

    double ratio(double numerator, double denominator) {
        return denominator > 0 ? numerator / denominator : Double.NaN;
    }
}
