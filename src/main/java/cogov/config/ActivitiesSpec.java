package cogov.config;

/**
 * The second formulation of participation (DOMAIN.md section 10): activity types on a calendar each
 * committee plans, and residents who take part when willing, able and admitted. Off by default, in which
 * case the first formulation ({@link EventsSpec}, DOMAIN.md section 7a) runs, as the docking modes need.
 *
 * @param enabled          whether the activity model replaces the first formulation's events
 * @param efficacy         initial political efficacy (belief that taking part changes decisions)
 * @param efficacyWeight   threshold lowered by this times efficacy
 * @param stagger          whether communities' calendars are offset from each other
 * @param venueHoursPerDay hours a venue is open per day
 * @param maxStaffShare    largest share of the committee's staff hours the calendar may reserve for activities
 * @param minAttendance    mean attendees below which the committee holds one activity of a type fewer next month
 * @param maxNewTies       most ties a resident forms at activities over a run
 * @param consultation     consultation meetings (democratic guarantee)
 * @param cultural         cultural activities (cultural orientation)
 * @param volunteer        volunteer service activities (social coordination)
 */
public record ActivitiesSpec(
        boolean enabled,
        DistributionSpec efficacy,
        double efficacyWeight,
        boolean stagger,
        double venueHoursPerDay,
        double maxStaffShare,
        double minAttendance,
        int maxNewTies,
        ActivityTypeSpec consultation,
        ActivityTypeSpec cultural,
        ActivityTypeSpec volunteer) {
}
