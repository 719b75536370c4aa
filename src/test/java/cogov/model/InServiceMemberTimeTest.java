package cogov.model;

import cogov.model.MemberServiceTime.Group;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Registered in-service members give volunteer-able service hours out of their weekly member time (the
 * time budget their outreach, invitations and organising share), never more than the week holds; in the
 * first model (time unlimited) they give their yearly pledge, as before. The same checks for resident
 * members: {@link ResidentMemberTimeTest}; both through {@link MemberServiceTime}.
 */
class InServiceMemberTimeTest {

    private static final int MEMBERS = 40;

    /** Only the 40 registered in-service members pledge hours (500 a year; resident members none, units' volunteers none). */
    static String county(boolean activities, double memberHoursPerWeek) {
        return MemberServiceTime.county("in-service", 31, 0.02, 0, activities, memberHoursPerWeek,
                "{joint_building: {enabled: true, units_per_community: 2, registered_members_per_community: " + MEMBERS
                        + ", volunteer_hours_per_member_year: 500, unit_volunteer_hours_week: 0}}");
    }

    private static CountyModel start(String yaml) throws Exception {
        return MemberServiceTime.start(yaml, "in-service.yaml");
    }

    @Test
    void inServiceMembersServeOnlyOutOfTheirWeeklyMemberTime() throws Exception {
        CountyModel model = start(county(true, 1.0));
        assertEquals(MEMBERS, model.communities().get(0).inServiceMemberIds.length, "registered where they live");
        MemberServiceTime.servesOnlyOutOfWeeklyMemberTime(model, Group.IN_SERVICE, MEMBERS, 500, 1.0, 63);
    }

    @Test
    void withoutMemberTimeInServiceMembersGiveNoServiceHours() throws Exception {
        MemberServiceTime.partIsEveryDay(start(county(true, 0)), Group.IN_SERVICE, 0, 0.0, "no member time, no service hours");
    }

    @Test
    void theFirstModelKeepsTheYearlyPledge() throws Exception {
        MemberServiceTime.partIsEveryDay(start(county(false, 0)), Group.IN_SERVICE, MEMBERS * 500.0 / 365, 1e-9,
                "time is unlimited in the first model");
    }
}
