package cogov.gui;

/** What the colour of a household dot shows. */
public enum ColourMode {
    /** Participating, aware but not participating, or neither. */
    STATE("state"),
    /** Satisfaction on a gradient. */
    SATISFACTION("satisfaction"),
    /** Trust in the community organisation on a gradient. */
    TRUST("trust");

    private final String label;

    ColourMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
