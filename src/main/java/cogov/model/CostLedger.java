package cogov.model;

import java.util.Arrays;

/**
 * The full cost model: every priced resource, per community and day, by {@link CostItem}. Both model
 * sides post here ({@link #post}); allocated budgets are posted whole, whether spent or not, and what
 * is spent out of them is recorded apart ({@link #recordBudgetSpent}) as a diagnostic, never added to
 * the cost. Today's amounts are cleared at the start of each day; running totals are kept.
 */
public final class CostLedger {
    private static final CostItem[] ITEMS = CostItem.values();

    private final double[][] today;
    private final double[][] cumulative;
    private final double[] budgetSpentToday;
    private final double[] budgetAllocatedToday;
    private final double[] budgetSpentTotal;
    private final double[][] publicByDay;
    private int day;
    private final double[] budgetAllocatedTotal;

    CostLedger(int communities) {
        today = new double[communities][ITEMS.length];
        cumulative = new double[communities][ITEMS.length];
        budgetSpentToday = new double[communities];
        budgetAllocatedToday = new double[communities];
        budgetSpentTotal = new double[communities];
        budgetAllocatedTotal = new double[communities];
        publicByDay = new double[communities][ServiceLedger.HISTORY];
    }

    void beginDay(int newDay) {
        day = newDay;
        for (double[] ring : publicByDay) {
            ring[Math.floorMod(day, ServiceLedger.HISTORY)] = 0;
        }
        for (double[] row : today) {
            Arrays.fill(row, 0);
        }
        Arrays.fill(budgetSpentToday, 0);
        Arrays.fill(budgetAllocatedToday, 0);
    }

    /** Posts {@code yuan} of {@code item} to community {@code community} today; amounts must be finite and non-negative. */
    public void post(int community, CostItem item, double yuan) {
        if (!(yuan >= 0) || Double.isInfinite(yuan)) {
            throw new IllegalArgumentException("cost of " + item + " must be finite and >= 0, got " + yuan);
        }
        today[community][item.ordinal()] += yuan;
        cumulative[community][item.ordinal()] += yuan;
        if (item.isPublic()) {
            publicByDay[community][Math.floorMod(day, ServiceLedger.HISTORY)] += yuan;
        }
        if (item == CostItem.ACTIVITY_BUDGET_ALLOCATED || item == CostItem.PARTY_MASS_FUND) {
            budgetAllocatedToday[community] += yuan;
            budgetAllocatedTotal[community] += yuan;
        }
    }

    /** Records money spent today out of the community's allocated budgets (a diagnostic; the cost is the allocation). */
    public void recordBudgetSpent(int community, double yuan) {
        budgetSpentToday[community] += yuan;
        budgetSpentTotal[community] += yuan;
    }

    /** Money spent out of allocated budgets since day 1, and the allocations since day 1. */
    public double budgetSpentTotal(int community) {
        return budgetSpentTotal[community];
    }

    public double budgetAllocatedTotal(int community) {
        return budgetAllocatedTotal[community];
    }

    public double today(int community, CostItem item) {
        return today[community][item.ordinal()];
    }

    public double cumulative(int community, CostItem item) {
        return cumulative[community][item.ordinal()];
    }

    /** Public cost today: the sum of the public items. */
    public double publicToday(int community) {
        double total = 0;
        for (CostItem item : ITEMS) {
            if (item.isPublic()) {
                total += today[community][item.ordinal()];
            }
        }
        return total;
    }

    /** Total (social) cost today: the sum of every item. */
    public double totalToday(int community) {
        double total = 0;
        for (double v : today[community]) {
            total += v;
        }
        return total;
    }

    /** Public cost over days {@code day-WINDOW+1 .. day} ({@link ServiceLedger#WINDOW}). */
    public double publicInWindow(int community, int toDay) {
        double total = 0;
        for (int d = Math.max(1, toDay - ServiceLedger.WINDOW + 1); d <= toDay; d++) {
            total += publicByDay[community][Math.floorMod(d, ServiceLedger.HISTORY)];
        }
        return total;
    }

    public double budgetSpentToday(int community) {
        return budgetSpentToday[community];
    }

    public double budgetAllocatedToday(int community) {
        return budgetAllocatedToday[community];
    }
}
