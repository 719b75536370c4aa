package cogov.model;

/**
 * One of the five governance mechanisms. A mechanism changes the county before day 1 (staffing,
 * budget, venue, grids, units, registered members, channels) and may act once a day before service
 * (regional pooling). Implementations live in {@code cogov.mechanism}; the model only knows this
 * interface, so a new mechanism needs no change to the model.
 */
public interface Mechanism {

    /** The scenario key of the mechanism, e.g. {@code joint_building}. */
    String key();

    /** Adjusts communities and residents before day 1; called once, in scenario order of mechanisms. */
    void setUp(CountyModel model);

    /** Called each day after every committee's own capacity is known and before any queue is served. */
    default void beforeService(CountyModel model, int day) {
    }
}
