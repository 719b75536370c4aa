package cogov.model;

/**
 * Every resource the cost model prices (docs/ODD.md section 7.12), each public (paid from public
 * budgets) or social only (given by units, members, volunteers, valued at a shadow price). Total (social)
 * cost is the sum of all items; public cost the sum of the public ones.
 */
public enum CostItem {
    STAFF_SALARIES(true),
    GRID_WORKER_SALARIES(true),
    TRAINING(true),
    ACTIVITY_BUDGET_ALLOCATED(true),
    PARTY_MASS_FUND(true),
    VENUE_RUNNING(true),
    DEPARTMENT_TIME(true),
    COORDINATION(true),
    MEETINGS(true),
    UNIT_MONEY(false),
    UNIT_VENUE_HOURS(false),
    UNIT_VOLUNTEER_TIME(false),
    MEMBER_TIME(false),
    VOLUNTEER_TIME(false);

    private final boolean isPublic;

    CostItem(boolean isPublic) {
        this.isPublic = isPublic;
    }

    /** Whether the item is paid from public budgets (otherwise it is a social cost only). */
    public boolean isPublic() {
        return isPublic;
    }
}
