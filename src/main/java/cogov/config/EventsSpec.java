package cogov.config;

/**
 * Community events (consultation meetings, cultural and volunteer activities).
 *
 * @param intervalDays          an event every this many days in each community (1 = daily)
 * @param capacityLimited       whether venue area and budget cap attendance
 * @param m2PerParticipant      venue area one participant needs
 * @param costYuanPerEvent      fixed cost of holding an event
 * @param costYuanPerParticipant variable cost per participant
 * @param awarenessGain         awareness gained by taking part
 * @param trustGain             trust gained by taking part
 */
public record EventsSpec(
        int intervalDays,
        boolean capacityLimited,
        double m2PerParticipant,
        double costYuanPerEvent,
        double costYuanPerParticipant,
        double awarenessGain,
        double trustGain) {
}
