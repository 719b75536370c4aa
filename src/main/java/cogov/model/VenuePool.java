package cogov.model;

import java.util.Arrays;
import java.util.List;

/**
 * All venue area communities can hold activities in, day by day, so that venue is moved and never created.
 * A community has its own area, plus what its joint-building units offer it today ({@link #offerUnitVenue}:
 * engaged units with a live agreement, offered day by day and gone when the agreement lapses). Under regional
 * integration a community that holds no activity today can lend up to its sharing share of its own area to one
 * that needs more, for that day only; the lender loses the area for the day (it is recorded as lent, and a
 * community lends at most once a day), so the county's venue area on any day is the sum of own and units' area,
 * whatever is lent.
 */
public final class VenuePool {
    private final List<Community> communities;
    private final double[] share;
    private final int[] lentOn;
    private final double[] unitOffered;
    private final int[] unitOfferedOn;
    private final double[] lentToday;
    private final double[] borrowedToday;
    private final int[] flowsOn;

    VenuePool(List<Community> communities) {
        int n = communities.size();
        this.communities = communities;
        this.share = new double[n];
        this.lentOn = new int[n];
        this.unitOffered = new double[n];
        this.unitOfferedOn = new int[n];
        this.lentToday = new double[n];
        this.borrowedToday = new double[n];
        this.flowsOn = new int[n];
        Arrays.fill(lentOn, Population.NEVER);
        Arrays.fill(unitOfferedOn, Population.NEVER);
        Arrays.fill(flowsOn, Population.NEVER);
    }

    /** A community joins the pool, willing to lend {@code lendShare} of its own venue area on its free days. */
    void join(Community c, double lendShare) {
        share[c.index()] = Math.max(share[c.index()], lendShare);
    }

    boolean isMember(Community c) {
        return share[c.index()] > 0;
    }

    /** The area a community's joint-building units offer it on {@code day} (replaces any earlier offer that day). */
    public void offerUnitVenue(Community c, int day, double m2) {
        unitOffered[c.index()] = m2;
        unitOfferedOn[c.index()] = day;
    }

    /** Area the community's units offer it on {@code day} (0 when they offered nothing that day). */
    public double unitVenue(Community c, int day) {
        return unitOfferedOn[c.index()] == day ? unitOffered[c.index()] : 0;
    }

    /** Own and units' area of a community on {@code day}, before any lending or borrowing. */
    public double ownAndUnitArea(Community c, int day) {
        return c.venueM2() + unitVenue(c, day);
    }

    /** Area the community lent to others on {@code day}. */
    public double lent(Community c, int day) {
        return flowsOn[c.index()] == day ? lentToday[c.index()] : 0;
    }

    /** Area the community borrowed from others on {@code day}. */
    public double borrowed(Community c, int day) {
        return flowsOn[c.index()] == day ? borrowedToday[c.index()] : 0;
    }

    private void record(int k, int day, double lent, double borrowed) {
        if (flowsOn[k] != day) {
            flowsOn[k] = day;
            lentToday[k] = 0;
            borrowedToday[k] = 0;
        }
        lentToday[k] += lent;
        borrowedToday[k] += borrowed;
    }

    /**
     * Borrows up to {@code neededM2} for {@code borrower} today from pool members holding no activity today
     * ({@code busy[k]} true when community k holds one), in index order after the borrower; returns the area.
     */
    double borrow(Community borrower, int day, double neededM2, boolean[] busy) {
        if (!isMember(borrower) || neededM2 <= 0) {
            return 0;
        }
        double got = 0;
        int n = communities.size();
        for (int step = 1; step < n && got < neededM2; step++) {
            Community lender = communities.get((borrower.index() + step) % n);
            int k = lender.index();
            if (share[k] <= 0 || busy[k] || lentOn[k] == day) {
                continue;
            }
            double lend = Math.min(share[k] * lender.venueM2(), neededM2 - got);
            if (lend <= 0) {
                continue;
            }
            lentOn[k] = day;
            got += lend;
            record(k, day, lend, 0);
            lender.activityLedger.add(ActivityLedger.Item.VENUE_LENT_M2, lend);
        }
        record(borrower.index(), day, 0, got);
        borrower.activityLedger.add(ActivityLedger.Item.VENUE_BORROWED_M2, got);
        return got;
    }
}
