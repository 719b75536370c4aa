package cogov.model;

/**
 * One of the five governance mechanisms. A mechanism changes the county when it switches on, before
 * day 1 or on its start day (staffing, budget, venue, grids, units, registered members, channels), and
 * may act once a day before service (regional pooling) from then on. Implementations live in {@code cogov.mechanism}; the model only knows this
 * interface, so a new mechanism needs no change to the model.
 */
public interface Mechanism {

    /** The scenario key of the mechanism, e.g. {@code joint_building}. */
    String key();

    /**
     * Adjusts communities and residents; called once, before day 1 or at the start of {@link #startDay()},
     * in the order the model was given. Random draws come from {@link CountyModel#setUpRandom()}.
     */
    void setUp(CountyModel model);

    /** The day the mechanism switches on; 1 (the default) sets it up before the first day. */
    default int startDay() {
        return 1;
    }

    /** Called each day after every committee's own capacity is known and before any queue is served. */
    default void beforeService(CountyModel model, int day) {
    }
}
