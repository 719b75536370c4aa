package cogov.config;

/**
 * One type of community activity (consultation meeting, cultural activity, volunteer service) with its own
 * costs, time, venue, staff and member time, interest and effects (DOMAIN.md section 10).
 *
 * @param perMonth               activities of this type the committee plans per month (before adapting to attendance)
 * @param hours                  duration in hours; an attendee spends this much of its weekly time budget
 * @param slot                   when in the week the activity takes place
 * @param staffHours             committee staff hours one activity takes (preparation and running)
 * @param memberHours            Party-member hours one activity takes (organising, stewarding)
 * @param costYuan               fixed cost of one activity
 * @param costYuanPerParticipant variable cost per attendee
 * @param m2PerParticipant       venue area one attendee needs (0: held outdoors, seats never limit it)
 * @param interest               share of households interested in this type at all
 * @param awarenessGain          awareness an attendee gains (times 1 - awareness)
 * @param trustGain              trust an attendee gains (consultations: only when followed through)
 * @param followThrough          consultations: probability that the outcome is acted upon
 * @param efficacyGain           consultations: efficacy an attendee gains when the outcome is acted upon
 * @param efficacyLoss           consultations: efficacy an attendee loses (times efficacy) when it is not
 * @param trustLoss              consultations: trust an attendee loses (times trust) when it is not
 * @param volunteerRegistration  probability that an attendee registers as a volunteer
 * @param newTieChance           probability that an attendee forms a new tie with another attendee (belonging)
 */
public record ActivityTypeSpec(
        int perMonth,
        double hours,
        TimeSlot slot,
        double staffHours,
        double memberHours,
        double costYuan,
        double costYuanPerParticipant,
        double m2PerParticipant,
        double interest,
        double awarenessGain,
        double trustGain,
        double followThrough,
        double efficacyGain,
        double efficacyLoss,
        double trustLoss,
        double volunteerRegistration,
        double newTieChance) {
}
