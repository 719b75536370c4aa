package cogov.model;

/**
 * The model's calendar: one step is one day, and rates given per week, month or year are spread evenly
 * over these many days (ODD section 2: a month is 30 days, a year 365).
 */
public final class Days {

    /** Days in a week. */
    public static final double PER_WEEK = 7.0;
    /** Days in a month, for rates per month (consultations, outreach visits). */
    public static final double PER_MONTH = 30.0;
    /** Days in a year, for rates, money and hours per year. */
    public static final double PER_YEAR = 365.0;

    private Days() {
    }
}
