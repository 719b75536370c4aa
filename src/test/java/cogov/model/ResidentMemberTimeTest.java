package cogov.model;

import cogov.model.MemberServiceTime.Group;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resident Party members give volunteer-able service hours out of their weekly member time (shared with
 * outreach, invitations, relaying and organising), never more than the week holds; in the first model (time
 * unlimited) they give their yearly hours, as before. Members registered as in-service members through joint
 * building are no longer listed as resident members. The same checks for in-service members:
 * {@link InServiceMemberTimeTest}; both through {@link MemberServiceTime}.
 */
class ResidentMemberTimeTest {

    /** Resident members pledge 500 hours a year; a need rate of 0.05 keeps demand above what they can give. */
    static String county(boolean activities, double memberHoursPerWeek, String mechanisms) {
        return MemberServiceTime.county("resident-members", 37, 0.05, 500, activities, memberHoursPerWeek, mechanisms);
    }

    private static CountyModel start(String yaml) throws Exception {
        return MemberServiceTime.start(yaml, "resident-members.yaml");
    }

    @Test
    void residentMembersServeOnlyOutOfTheirWeeklyMemberTime() throws Exception {
        CountyModel model = start(county(true, 1.0, "{}"));
        Community c = model.communities().get(0);
        int members = c.residentMemberIds.length;
        assertEquals(c.residentMembers, members, "every resident member is listed");
        assertTrue(members > 100, "about 12% of 1,500 households");
        MemberServiceTime.servesOnlyOutOfWeeklyMemberTime(model, Group.RESIDENT, members, 500, 1.0, 63);
    }

    @Test
    void withoutMemberTimeResidentMembersGiveNoServiceHours() throws Exception {
        MemberServiceTime.partIsEveryDay(start(county(true, 0, "{}")), Group.RESIDENT, 0, 0.0, "no member time, no service hours");
    }

    @Test
    void theFirstModelKeepsTheYearlyHours() throws Exception {
        CountyModel model = start(county(false, 0, "{}"));
        double yearlyPerDay = model.communities().get(0).residentMembers * 500.0 / 365;
        MemberServiceTime.partIsEveryDay(model, Group.RESIDENT, yearlyPerDay, 1e-9, "time is unlimited in the first model");
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
