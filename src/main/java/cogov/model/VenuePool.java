package cogov.model;

import java.util.List;

/**
 * Venue sharing under regional integration, conserving area: a community that holds no activity today can
 * lend up to its sharing share of its own venue area to one that is oversubscribed, for that day only. The
 * lender loses the area for the day (it is recorded as lent, and a community lends at most once a day), so
 * sharing moves venue between communities instead of creating it.
 */
public final class VenuePool {
    private final List<Community> communities;
    private final double[] share;
    private final int[] lentOn;

    VenuePool(List<Community> communities) {
        this.communities = communities;
        this.share = new double[communities.size()];
        this.lentOn = new int[communities.size()];
        java.util.Arrays.fill(lentOn, Population.NEVER);
    }

    /** A community joins the pool, willing to lend {@code lendShare} of its own venue area on its free days. */
    void join(Community c, double lendShare) {
        share[c.index()] = Math.max(share[c.index()], lendShare);
    }

    boolean isMember(Community c) {
        return share[c.index()] > 0;
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
            lender.activityLedger.add(ActivityLedger.Item.VENUE_LENT_M2, lend);
        }
        borrower.activityLedger.add(ActivityLedger.Item.VENUE_BORROWED_M2, got);
        return got;
    }
}
