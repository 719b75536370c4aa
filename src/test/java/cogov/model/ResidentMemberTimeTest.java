package cogov.model;

import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resident Party members give volunteer-able service hours out of their weekly member time (shared with
 * outreach, invitations, relaying and organising), never more than the week holds; in the first model (time
 * unlimited) they give their yearly hours, as before. Members registered as in-service members through joint
 * building are no longer listed as resident members.
 */
class ResidentMemberTimeTest {

    static String county(boolean activities, double memberHoursPerWeek, String mechanisms) {
        return """
                name: resident-members
                days: 63
                seed: 37
                communities: [{name: town, type: old-urban, households: 1500, grids: 3, staff: 3, grid_workers: 3}]
                residents: {party_member_share: 0.12, volunteer_share: 0.0, member_volunteer_hours_per_year: 500}
                needs:
                  rate_per_household_day: 0.05
                  categories:
                    - {name: elderly_care, share: 1.0, effort_hours: 2.0, volunteer_able: true}
                reporting: {base: 1}
                activities: {enabled: %s}
                time_budget: {member_hours_per_week: %s}
                mechanisms: %s
                """.formatted(activities, memberHoursPerWeek, mechanisms);
    }

    private static CountyModel start(String yaml) throws ConfigException {
        Scenario s = ScenarioLoader.parse(yaml, "resident-members.yaml", Path.of("."));
        CountyModel model = CountyModels.newModel(s);
        model.start();
        return model;
    }

    /** Resident members' hours used on service tasks today: their part of the pool times the share of it used. */
    private static double residentHoursUsed(Community c) {
        if (c.volunteerHoursToday <= 0) {
            return 0;
        }
        return c.residentMemberPartToday * Math.min(1, c.ledger.volunteerHours / c.volunteerHoursToday);
    }

    @Test
    void residentMembersServeOnlyOutOfTheirWeeklyMemberTime() throws Exception {
        double weekly = 1.0;
        CountyModel model = start(county(true, weekly, "{}"));
        Community c = model.communities().get(0);
        int members = c.residentMemberIds.length;
        assertEquals(c.residentMembers, members, "every resident member is listed");
        assertTrue(members > 100, "about 12% of 1,500 households");
        double pledgePerDay = 500.0 / 365;
        double usedThisWeek = 0;
        double usedInRun = 0;
        for (int day = 1; day <= 63; day++) {
            model.schedule.step(model);
            if (TimeBudget.weekStarts(day)) {
                usedThisWeek = 0;
            }
            double used = residentHoursUsed(c);
            usedThisWeek += used;
            usedInRun += used;
            assertTrue(c.residentMemberPartToday <= members * pledgePerDay + 1e-9, "never more than the pledge, day " + day);
            assertTrue(usedThisWeek <= members * weekly + 1e-9,
                    "resident members' hours used in the week of day " + day + " exceed their weekly time: " + usedThisWeek);
            for (int i : c.residentMemberIds) {
                assertTrue(model.population().memberHoursLeft[i] >= -1e-9, "member " + i + " overspent on day " + day);
            }
        }
        assertTrue(usedInRun > 0.5 * members * weekly * 9,
                "with ample volunteer-able demand the members' time is used: " + usedInRun + " hours in 9 weeks");
    }

    @Test
    void withoutMemberTimeResidentMembersGiveNoServiceHours() throws Exception {
        CountyModel model = start(county(true, 0, "{}"));
        Community c = model.communities().get(0);
        for (int day = 1; day <= 21; day++) {
            model.schedule.step(model);
            assertEquals(0, c.residentMemberPartToday, 0.0, "no member time, no service hours, day " + day);
        }
    }

    @Test
    void theFirstModelKeepsTheYearlyHours() throws Exception {
        CountyModel model = start(county(false, 0, "{}"));
        Community c = model.communities().get(0);
        for (int day = 1; day <= 21; day++) {
            model.schedule.step(model);
            assertEquals(c.residentMembers * 500.0 / 365, c.residentMemberPartToday, 1e-9, "time is unlimited in the first model");
        }
    }

    @Test
    void membersRegisteredThroughJointBuildingAreListedApart() throws Exception {
        for (int start : new int[] {1, 10}) {
            CountyModel model = start(county(true, 2, "{joint_building: {enabled: true, start_day: " + start
                    + ", units_per_community: 2, registered_members_per_community: 30}}"));
            Community c = model.communities().get(0);
            for (int day = 1; day <= 12; day++) {
                model.schedule.step(model);
            }
            assertEquals(30, c.inServiceMemberIds.length, "registered where they live (start day " + start + ")");
            assertEquals(c.residentMembers, c.residentMemberIds.length, "resident list follows the registration");
            Set<Integer> resident = new HashSet<>();
            for (int i : c.residentMemberIds) {
                resident.add(i);
                assertEquals(Population.RESIDENT_MEMBER, model.population().membership[i]);
            }
            for (int i : c.inServiceMemberIds) {
                assertFalse(resident.contains(i), "in-service member " + i + " is not also a resident member");
            }
        }
    }
}
