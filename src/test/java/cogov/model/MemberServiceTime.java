package cogov.model;

import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks {@link ResidentMemberTimeTest} and {@link InServiceMemberTimeTest} share, for one group of Party
 * members of a community (resident members, or in-service members registered through joint building): the
 * group's part of the volunteer-able service hours stays within its yearly pledge and its weekly member time
 * and is used when demand is ample; it is zero without member time, and the yearly pledge in the first model
 * (time unlimited). Written once so the two groups are held to the same rule.
 */
final class MemberServiceTime {
    private MemberServiceTime() {
    }

    /** One group of members: a name for messages, its members' ids and its part of today's service hours. */
    record Group(String name, Function<Community, int[]> ids, ToDoubleFunction<Community> partToday) {
        static final Group RESIDENT = new Group("resident members'", c -> c.residentMemberIds, c -> c.residentMemberPartToday);
        static final Group IN_SERVICE = new Group("in-service", c -> c.inServiceMemberIds, c -> c.inServicePartToday);

        /** The group's hours used on service tasks today: its part of the pool times the share of the pool used. */
        double hoursUsed(Community c) {
            if (c.volunteerHoursToday <= 0) {
                return 0;
            }
            return partToday.applyAsDouble(c) * Math.min(1, c.ledger.volunteerHours / c.volunteerHoursToday);
        }
    }

    /**
     * One old-urban community of 1,500 households with ample volunteer-able demand (every need elderly care,
     * 2 hours, always reported) and no ordinary volunteers, so members' service hours are what the pool holds.
     */
    static String county(String name, int seed, double needRate, int memberHoursPerYear, boolean activities,
                         double memberHoursPerWeek, String mechanisms) {
        return """
                name: %s
                days: 63
                seed: %d
                communities: [{name: town, type: old-urban, households: 1500, grids: 3, staff: 3, grid_workers: 3}]
                residents: {party_member_share: 0.12, volunteer_share: 0.0, member_volunteer_hours_per_year: %d}
                needs:
                  rate_per_household_day: %s
                  categories:
                    - {name: elderly_care, share: 1.0, effort_hours: 2.0, volunteer_able: true}
                reporting: {base: 1}
                activities: {enabled: %s}
                time_budget: {member_hours_per_week: %s}
                mechanisms: %s
                """.formatted(name, seed, memberHoursPerYear, needRate, activities, memberHoursPerWeek, mechanisms);
    }

    /** The scenario text parsed (as {@code file}) and its model started. */
    static CountyModel start(String yaml, String file) throws ConfigException {
        Scenario s = ScenarioLoader.parse(yaml, file, Path.of("."));
        CountyModel model = CountyModels.newModel(s);
        model.start();
        return model;
    }

    /**
     * Steps the model through {@code days} days (whole weeks): every day the group's part is at most its
     * {@code members}' yearly pledge per day, the hours used in each week at most their {@code weekly} member
     * hours, no member's hours left fall below zero, and over the run more than half their weekly time is used.
     */
    static void servesOnlyOutOfWeeklyMemberTime(CountyModel model, Group group, int members, double pledgePerYear,
                                                double weekly, int days) {
        Community c = model.communities().get(0);
        double pledgePerDay = pledgePerYear / 365;
        double usedThisWeek = 0;
        double usedInRun = 0;
        for (int day = 1; day <= days; day++) {
            model.schedule.step(model);
            if (TimeBudget.weekStarts(day)) {
                usedThisWeek = 0;
            }
            double used = group.hoursUsed(c);
            usedThisWeek += used;
            usedInRun += used;
            assertTrue(group.partToday().applyAsDouble(c) <= members * pledgePerDay + 1e-9, "never more than the pledge, day " + day);
            assertTrue(usedThisWeek <= members * weekly + 1e-9,
                    group.name() + " hours used in the week of day " + day + " exceed the members' weekly time: " + usedThisWeek);
            for (int i : group.ids().apply(c)) {
                assertTrue(model.population().memberHoursLeft[i] >= -1e-9, "member " + i + " overspent on day " + day);
            }
        }
        int weeks = days / 7;
        assertTrue(usedInRun > 0.5 * members * weekly * weeks,
                "with ample volunteer-able demand the members' time is used: " + usedInRun + " hours in " + weeks + " weeks");
    }

    /** For 21 days the group's part of the service hours is {@code perDay}. */
    static void partIsEveryDay(CountyModel model, Group group, double perDay, double tolerance, String why) {
        Community c = model.communities().get(0);
        for (int day = 1; day <= 21; day++) {
            model.schedule.step(model);
            assertEquals(perDay, group.partToday().applyAsDouble(c), tolerance, why + ", day " + day);
        }
    }
}
