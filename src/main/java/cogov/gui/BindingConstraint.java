package cogov.gui;

import java.awt.Color;

/**
 * What limits a community on a day, as the "What binds" panel and colour mode show it, read from the
 * day's community metrics: a constraint binds when its measure reaches its threshold, and the day's
 * binding constraint is the one furthest past its threshold (measure over threshold), or none. The
 * thresholds are display conventions of the GUI, not model parameters.
 */
public enum BindingConstraint {
    /** Staff utilisation at least 95%: casework waits for staff hours. */
    STAFF_HOURS("staff hours", "staff_utilisation", 0.95, Palette.VERMILLION),
    /** County department utilisation at least 95%: escalated requests wait for department hours. */
    DEPARTMENT_HOURS("department hours", "department_utilisation", 0.95, Palette.BLUE),
    /** At least half the activities of the last 30 days oversubscribed: seats or funds run out. */
    SEATS_OR_FUNDS("seats or funds", "oversubscribed_share", 0.5, Palette.ORANGE),
    /** At least half of the willing residents unable to come (no free slot or hours): residents' time. */
    RESIDENTS_TIME("residents' time", "willing_unable_share", 0.5, Palette.SKY_BLUE),
    /** Nothing at its threshold. */
    NONE("nothing binds", null, Double.NaN, Palette.GREY);

    private final String label;
    private final String metric;
    private final double threshold;
    private final Color colour;

    BindingConstraint(String label, String metric, double threshold, Color colour) {
        this.label = label;
        this.metric = metric;
        this.threshold = threshold;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The metric whose value is compared with the threshold (for residents' time, as a share of the willing). */
    public String metric() {
        return metric;
    }

    public double threshold() {
        return threshold;
    }

    public Color colour() {
        return colour;
    }

    /**
     * The binding constraint of a community day.
     *
     * @param staff          staff utilisation
     * @param departments    county department utilisation (NaN when departments have no capacity limit)
     * @param oversubscribed share of activities oversubscribed
     * @param willingUnable  share of the residents considered who were willing but unable
     * @param willing        share of the residents considered who were willing
     */
    public static BindingConstraint of(double staff, double departments, double oversubscribed, double willingUnable,
            double willing) {
        double[] measure = {staff, departments, oversubscribed, willing > 0 ? willingUnable / willing : Double.NaN};
        BindingConstraint best = NONE;
        double furthest = 1;
        for (int i = 0; i < measure.length; i++) {
            BindingConstraint c = values()[i];
            double ratio = measure[i] / c.threshold;
            if (Double.isFinite(ratio) && ratio >= furthest) {
                best = c;
                furthest = ratio;
            }
        }
        return best;
    }
}
