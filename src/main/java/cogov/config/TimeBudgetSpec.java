package cogov.config;

/**
 * Residents' and Party members' time for community activities: a weekly budget shaped by age (work),
 * care duties and household heterogeneity, and the time slots in which each age group is free.
 *
 * @param weeklyHours        mean free hours per week for community activities, by age group
 * @param spread             log-normal spread of a household's hours around its group mean
 * @param careShare          share of households with care duties
 * @param careFactor         multiplier on the weekly hours of a household with care duties
 * @param free               probability of being free in each slot, by age group
 * @param memberHoursPerWeek hours a Party member gives per week to outreach, invitations, relaying and volunteering
 * @param visitHours         member hours one outreach visit takes
 * @param invitationHours    member hours one personal invitation takes
 */
public record TimeBudgetSpec(
        ByAge weeklyHours,
        double spread,
        double careShare,
        double careFactor,
        SlotsByAge free,
        double memberHoursPerWeek,
        double visitHours,
        double invitationHours) {

    /** A value per age group. */
    public record ByAge(double youth, double working, double elderly) {

        /** The value of an age group: 0 youth, 1 working, 2 elderly. */
        public double of(int ageGroup) {
            return ageGroup == 0 ? youth : (ageGroup == 2 ? elderly : working);
        }
    }

    /** Probabilities of being free in each time slot. */
    public record SlotShares(double weekdayDay, double weekdayEvening, double weekend) {

        public double of(TimeSlot slot) {
            return switch (slot) {
                case WEEKDAY_DAY -> weekdayDay;
                case WEEKDAY_EVENING -> weekdayEvening;
                case WEEKEND -> weekend;
            };
        }
    }

    /** Slot probabilities per age group. */
    public record SlotsByAge(SlotShares youth, SlotShares working, SlotShares elderly) {

        /** The shares of an age group: 0 youth, 1 working, 2 elderly. */
        public SlotShares of(int ageGroup) {
            return ageGroup == 0 ? youth : (ageGroup == 2 ? elderly : working);
        }
    }
}
