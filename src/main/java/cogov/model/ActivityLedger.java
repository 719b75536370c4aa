package cogov.model;

/**
 * One community's record of what limited participation, kept over a rolling 30-day window so that the
 * daily diagnostics are stable: residents considered at each activity, and of them how many were not
 * willing, willing but unable (no free slot or no hours left this week), willing and able but turned away
 * (seats or funds ran out), and admitted; activities held, oversubscribed and cancelled for lack of funds;
 * seats offered and filled; money allocated and spent; consultations followed through.
 */
public final class ActivityLedger {
    /** Length of the rolling window in days. */
    public static final int WINDOW = 30;

    /** The quantities recorded. */
    public enum Item {
        CONSIDERED, NOT_WILLING, UNABLE, TURNED_AWAY, ADMITTED, HELD, OVERSUBSCRIBED, CANCELLED, SEATS, SEATED,
        ALLOCATED_YUAN, SPENT_YUAN, CONSULTATIONS, FOLLOWED_THROUGH, STAFF_HOURS, MEMBER_HOURS, VENUE_LENT_M2,
        VENUE_BORROWED_M2
    }

    private final double[][] values = new double[Item.values().length][WINDOW];
    private int slot;

    void beginDay(int day) {
        slot = Math.floorMod(day, WINDOW);
        for (double[] v : values) {
            v[slot] = 0;
        }
    }

    void add(Item item, double amount) {
        values[item.ordinal()][slot] += amount;
    }

    /** Today's value of an item. */
    public double today(Item item) {
        return values[item.ordinal()][slot];
    }

    /** The sum of an item over the last {@link #WINDOW} days, today included. */
    public double window(Item item) {
        double sum = 0;
        for (double v : values[item.ordinal()]) {
            sum += v;
        }
        return sum;
    }
}
