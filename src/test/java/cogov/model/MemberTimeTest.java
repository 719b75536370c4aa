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
 * Party members' weekly member time goes to resident members and to in-service members registered through
 * joint building, and to nobody else: an in-service member who is not registered where it lives has no
 * member time and does no member work there (no invitations, visits or organising).
 */
class MemberTimeTest {

    private static final double WEEKLY = 3.0;

    private static CountyModel start() throws ConfigException {
        String yaml = """
                name: member-time
                days: 28
                seed: 17
                communities: [{name: town, type: old-urban, households: 800, grids: 2, staff: 3, venue_m2: 400,
                               budget_yuan: 100000}]
                residents: {party_member_share: 0.15, member_invitations_per_event: 2, member_outreach_visits_per_month: 4}
                needs: {rate_per_household_day: 0}
                activities:
                  enabled: true
                  consultation: {interest: 1}
                  cultural: {interest: 1}
                  volunteer: {interest: 1}
                time_budget: {member_hours_per_week: %s}
                mechanisms:
                  joint_building: {enabled: true, units_per_community: 2, registered_members_per_community: 20}
                """.formatted(WEEKLY);
        Scenario s = ScenarioLoader.parse(yaml, "member-time.yaml", Path.of("."));
        CountyModel model = CountyModels.newModel(s);
        model.start();
        return model;
    }

    @Test
    void memberTimeGoesToResidentMembersAndRegisteredInServiceMembersOnly() throws Exception {
        CountyModel model = start();
        Population p = model.population();
        Community c = model.communities().get(0);
        // one in-service member whose registration lapsed: still a member, but it does no member work here
        int lapsed = -1;
        int registered = 0;
        for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
            if (p.membership[i] == Population.IN_SERVICE_MEMBER) {
                registered++;
                if (lapsed < 0) {
                    lapsed = i;
                }
            }
        }
        assertEquals(20, registered, "joint building registers its in-service members");
        p.registered[lapsed] = false;
        int residentMembers = 0;
        model.schedule.step(model); // day 1, a Monday: member time is handed out
        for (int i = 0; i < p.size; i++) {
            boolean works = p.membership[i] == Population.RESIDENT_MEMBER
                    || (p.membership[i] == Population.IN_SERVICE_MEMBER && p.registered[i]);
            residentMembers += p.membership[i] == Population.RESIDENT_MEMBER ? 1 : 0;
            assertEquals(works, p.doesMemberWork(i), "resident " + i);
            if (!works) {
                assertEquals(0, p.memberHoursLeft[i], 0.0, "no member time for resident " + i);
            }
        }
        assertTrue(residentMembers > 50, "resident members present: " + residentMembers);
        double spentByWorkers = 0;
        for (int day = 2; day <= 28; day++) {
            if (TimeBudget.weekStarts(day)) {
                for (int i = 0; i < p.size; i++) {
                    spentByWorkers += p.doesMemberWork(i) ? WEEKLY - p.memberHoursLeft[i] : 0;
                }
            }
            model.schedule.step(model);
            assertEquals(0, p.memberHoursLeft[lapsed], 0.0, "the unregistered in-service member has no member time, day " + day);
            assertEquals(0, model.timeBudget().memberHoursLeft(lapsed), 0.0);
            assertTrue(!model.timeBudget().spendMember(lapsed, 0.25), "and cannot spend any, day " + day);
        }
        assertTrue(spentByWorkers > 0, "members who work here spend member time: " + spentByWorkers);
    }
}
