package cogov.model;

import cogov.config.TimeBudgetSpec;
import cogov.config.TimeSlot;

/**
 * Residents' weekly hours for community activities and Party members' weekly hours for member work
 * (outreach visits, personal invitations, relaying a neighbour's need, organising activities). Member time
 * goes to the members who do member work where they live ({@link Population#doesMemberWork}): resident
 * members and in-service members registered through joint building, the same people the service side's
 * volunteer pool counts; nobody else has any. Both are refilled at the start of every week (day 1 is a
 * Monday) and spent by whoever acts: activities take an attendee's hours; the service side's relay calls
 * {@link #spendMember}. Activities of one week compete for the same hours, so a resident who went to one
 * may be unable to go to the next.
 *
 * <p>In the first formulation (activity model off) nobody's time is limited: {@link #spendMember} always
 * succeeds, which keeps the docking modes as they were.
 */
public final class TimeBudget {
    private final Population population;
    private final TimeBudgetSpec spec;
    private final boolean limited;

    TimeBudget(Population population, TimeBudgetSpec spec, boolean limited) {
        this.population = population;
        this.spec = spec;
        this.limited = limited;
    }

    /** Whether {@code day} starts a week (days 1, 8, 15, ...). */
    public static boolean weekStarts(int day) {
        return Math.floorMod(day - 1, 7) == 0;
    }

    /** Whether {@code day} is a Saturday or Sunday (day 1 is a Monday). */
    public static boolean isWeekend(int day) {
        return Math.floorMod(day - 1, 7) >= 5;
    }

    /** Refills everyone's hours on the first day of a week. */
    void beginDay(int day) {
        if (!limited || !weekStarts(day)) {
            return;
        }
        System.arraycopy(population.weeklyHours, 0, population.hoursLeft, 0, population.size);
        double memberHours = spec.memberHoursPerWeek();
        for (int i = 0; i < population.size; i++) {
            population.memberHoursLeft[i] = population.doesMemberWork(i) ? memberHours : 0;
        }
    }

    /** Whether resident i is free in this slot (drawn once per household from its age group's shares). */
    public boolean isFree(int i, TimeSlot slot) {
        return (population.freeSlots[i] & (1 << slot.ordinal())) != 0;
    }

    /** Hours resident i has left this week for community activities. */
    public double hoursLeft(int i) {
        return population.hoursLeft[i];
    }

    /** Whether resident i could attend an activity of {@code hours} in {@code slot}: free then, with the hours left. */
    public boolean isAble(int i, TimeSlot slot, double hours) {
        return isFree(i, slot) && population.hoursLeft[i] >= hours;
    }

    void spend(int i, double hours) {
        population.hoursLeft[i] -= hours;
    }

    /** Hours Party member i has left this week for member work (unlimited in the first formulation). */
    public double memberHoursLeft(int i) {
        return limited ? population.memberHoursLeft[i] : Double.POSITIVE_INFINITY;
    }

    /**
     * Spends {@code hours} of member i's member-work time if that much is left this week; returns whether it
     * did (a relay, visit or invitation happens only then). Always true in the first formulation.
     */
    public boolean spendMember(int i, double hours) {
        if (!limited) {
            return true;
        }
        if (population.memberHoursLeft[i] < hours) {
            return false;
        }
        population.memberHoursLeft[i] -= hours;
        return true;
    }

    /** Whether time is limited at all (the activity model is on). */
    public boolean isLimited() {
        return limited;
    }
}
