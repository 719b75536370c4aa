package cogov.gui;

/**
 * What the colour of a household dot shows: its own state (state, satisfaction, trust), or a diagnostic
 * of its community on the last day (Model 2's constraints: every household of a community takes the
 * community's colour), or the community's binding constraint.
 */
public enum ColourMode {
    /** Participating, aware but not participating, or neither. */
    STATE("state", null),
    /** Satisfaction on a gradient. */
    SATISFACTION("satisfaction", null),
    /** Trust in the community organisation on a gradient. */
    TRUST("trust", null),
    /** Share of the last 30 days' activities that were oversubscribed. */
    OVERSUBSCRIBED("activities oversubscribed", "oversubscribed_share"),
    /** Share of the residents considered at activities who were willing but unable. */
    WILLING_UNABLE("willing but unable", "willing_unable_share"),
    /** Staff hours used over staff hours available, today. */
    STAFF_UTILISATION("staff utilisation", "staff_utilisation"),
    /** County departments' hours used over their capacity, today (one value for the county). */
    DEPARTMENT_UTILISATION("department utilisation", "department_utilisation"),
    /** The community's binding constraint today ({@link BindingConstraint}). */
    BINDING("what binds", null);

    private final String label;
    private final String metric;

    ColourMode(String label, String metric) {
        this.label = label;
        this.metric = metric;
    }

    public String label() {
        return label;
    }

    /** The community metric a diagnostic mode shows, or null for the household modes and {@link #BINDING}. */
    public String metric() {
        return metric;
    }

    /** Whether households take their community's colour in this mode. */
    public boolean byCommunity() {
        return metric != null || this == BINDING;
    }

    /** Labels in ordinal order, for the Model tab's popup. */
    static String[] labels() {
        ColourMode[] all = values();
        String[] labels = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            labels[i] = all[i].label;
        }
        return labels;
    }
}
