package cogov.model;

import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registered in-service members give volunteer-able service hours out of their weekly member time (the
 * time budget their outreach, invitations and organising share), never more than the week holds; in the
 * first model (time unlimited) they give their yearly pledge, as before.
 */
class InServiceMemberTimeTest {

    private static final int MEMBERS = 40;

    static String county(boolean activities, double memberHoursPerWeek) {
        return """
                name: in-service
                days: 63
                seed: 31
                communities: [{name: town, type: old-urban, households: 1500, grids: 3, staff: 3, grid_workers: 3}]
                residents: {party_member_share: 0.12, volunteer_share: 0.0, member_volunteer_hours_per_year: 0}
                needs:
                  rate_per_household_day: 0.02
                  categories:
                    - {name: elderly_care, share: 1.0, effort_hours: 2.0, volunteer_able: true}
                reporting: {base: 1}
                activities: {enabled: %s}
                time_budget: {member_hours_per_week: %s}
                mechanisms:
                  joint_building: {enabled: true, units_per_community: 2, registered_members_per_community: %d,
                                   volunteer_hours_per_member_year: 500, unit_volunteer_hours_week: 0}
                """.formatted(activities, memberHoursPerWeek, MEMBERS);
    }

    private static CountyModel start(String yaml) throws ConfigException {
        Scenario s = ScenarioLoader.parse(yaml, "in-service.yaml", Path.of("."));
        CountyModel model = CountyModels.newModel(s);
        model.start();
        return model;
    }

    /** In-service members' hours used on service tasks today: their part of the pool times the share of it used. */
    private static double inServiceHoursUsed(Community c) {
        if (c.volunteerHoursToday <= 0) {
            return 0;
        }
        return c.inServicePartToday * Math.min(1, c.ledger.volunteerHours / c.volunteerHoursToday);
    }

    @Test
    void inServiceMembersServeOnlyOutOfTheirWeeklyMemberTime() throws Exception {
        double weekly = 1.0;
        CountyModel model = start(county(true, weekly));
        Community c = model.communities().get(0);
        assertEquals(MEMBERS, c.inServiceMemberIds.length, "registered where they live");
        double pledgePerDay = 500.0 / 365;
        double usedThisWeek = 0;
        double usedInRun = 0;
        for (int day = 1; day <= 63; day++) {
            model.schedule.step(model);
            if (TimeBudget.weekStarts(day)) {
                usedThisWeek = 0;
            }
            double used = inServiceHoursUsed(c);
            usedThisWeek += used;
            usedInRun += used;
            assertTrue(c.inServicePartToday <= MEMBERS * pledgePerDay + 1e-9, "never more than the pledge, day " + day);
            assertTrue(usedThisWeek <= MEMBERS * weekly + 1e-9,
                    "in-service hours used in the week of day " + day + " exceed the members' weekly time: " + usedThisWeek);
            for (int i : c.inServiceMemberIds) {
                assertTrue(model.population().memberHoursLeft[i] >= -1e-9, "member " + i + " overspent on day " + day);
            }
        }
        assertTrue(usedInRun > 0.5 * MEMBERS * weekly * 9,
                "with ample volunteer-able demand the members' time is used: " + usedInRun + " hours in 9 weeks");
    }

    @Test
    void withoutMemberTimeInServiceMembersGiveNoServiceHours() throws Exception {
        CountyModel model = start(county(true, 0));
        Community c = model.communities().get(0);
        for (int day = 1; day <= 21; day++) {
            model.schedule.step(model);
            assertEquals(0, c.inServicePartToday, 0.0, "no member time, no service hours, day " + day);
        }
    }

    @Test
    void theFirstModelKeepsTheYearlyPledge() throws Exception {
        CountyModel model = start(county(false, 0));
        Community c = model.communities().get(0);
        for (int day = 1; day <= 21; day++) {
            model.schedule.step(model);
            assertEquals(MEMBERS * 500.0 / 365, c.inServicePartToday, 1e-9, "time is unlimited in the first model");
        }
    }
}
