package cogov.model;

/**
 * One of the governance mechanisms. A mechanism changes the county when it switches on (before day 1, or
 * on its start day) and may act once a day before service from then on. Implementations live in {@code cogov.mechanism} (registered in its
 * {@code MechanismType}); the model only knows this interface, so a new mechanism needs no change to the
 * model. What a mechanism may change, all public:
 * <ul>
 * <li><b>communities</b> ({@link CountyModel#communities()}): the adjusters of {@link Community} set
 * staff posts, productivity, turnover, budget, venue area, grids, channels, outreach and consultations,
 * and, each day in {@link #beforeService}, today's capacity ({@link Community#adjustCapacityToday});</li>
 * <li><b>units</b>: {@link Community#addUnits} signs joint-building units up with their money, venue and
 * volunteer hours;</li>
 * <li><b>residents</b> during set-up: read any attribute through {@link CountyModel#population()}; shift
 * a resident's initial state and threshold with {@link CountyModel#shiftInitialState}; register in-service
 * Party members with {@link CountyModel#registerInServiceMembers}; draw random numbers only from
 * {@link CountyModel#setUpRandom()} so set-up stays reproducible;</li>
 * <li><b>department escalation</b>: {@link CountyModel#setDepartmentDelayDays}.</li>
 * </ul>
 */
public interface Mechanism {

    /**
     * Adjusts communities and residents; called once, in registry (set-up) order, before day 1 or at the start
     * of {@link #startDay()}.
     */
    void setUp(CountyModel model);

    /**
     * The day the mechanism switches on; 1 (the default) sets it up before the first day. A later start sets
     * it up at the start of that day, from a random stream of its own, so nothing before it changes.
     */
    default int startDay() {
        return 1;
    }

    /** Called each day after every committee's own capacity is known and before any queue is served. */
    default void beforeService(CountyModel model, int day) {
    }
}
