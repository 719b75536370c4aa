package cogov.model;

import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relaying a neighbour's need is an action that takes the relaying member's time: out of its weekly member
 * time when time is limited (activity model), so a member with no time left relays nothing; in the first
 * model (time unlimited) a member tie relays as before.
 */
class MemberRelayTest {

    private static final int DAYS = 56;

    static String county(boolean activities, double memberHoursPerWeek, double relayBoost, double relayHours) {
        return """
                name: relay
                days: %d
                seed: 41
                communities: [{name: town, type: old-urban, households: 1500, grids: 3, staff: 3, grid_workers: 3}]
                residents: {party_member_share: 0.10, volunteer_share: 0.0, member_volunteer_hours_per_year: 0}
                needs: {rate_per_household_day: 0.05}
                reporting: {base: 0.2, awareness_weight: 0, trust_weight: 0, channel_weight: 0, relay_boost: %s, relay_hours: %s}
                activities: {enabled: %s}
                time_budget: {member_hours_per_week: %s}
                """.formatted(DAYS, relayBoost, relayHours, activities, memberHoursPerWeek);
    }

    private static int[] raisedByDay(String yaml, boolean checkHours) throws ConfigException {
        Scenario s = ScenarioLoader.parse(yaml, "relay.yaml", Path.of("."));
        CountyModel model = CountyModels.newModel(s);
        model.start();
        int[] raised = new int[DAYS];
        for (int day = 1; day <= DAYS; day++) {
            model.schedule.step(model);
            raised[day - 1] = model.communities().get(0).ledger.raised();
            if (checkHours) {
                for (int i = 0; i < model.population().size(); i++) {
                    assertTrue(model.population().memberHoursLeft[i] >= -1e-9, "member " + i + " overspent on day " + day);
                }
            }
        }
        return raised;
    }

    private static int total(int[] raised) {
        int sum = 0;
        for (int r : raised) {
            sum += r;
        }
        return sum;
    }

    @Test
    void aMemberWithoutTimeRelaysNothing() throws Exception {
        assertArrayEquals(raisedByDay(county(true, 0, 0, 0.5), false), raisedByDay(county(true, 0, 0.5, 0.5), false),
                "no member time: the relay boost never applies, requests are those of a run without relays");
    }

    @Test
    void relaysTakeMemberTimeSoFewerNeedsAreRelayedWhenARelayTakesLonger() throws Exception {
        int none = total(raisedByDay(county(true, 2, 0, 0.5), false));
        int free = total(raisedByDay(county(true, 2, 0.5, 0), true));
        // a relay that takes the whole week: each member relays at most one need a week
        int costly = total(raisedByDay(county(true, 2, 0.5, 2), true));
        assertTrue(free > costly + 100, "relays that cost a member's week are rationed: " + free + " vs " + costly);
        assertTrue(costly > none + 100, "members with time still relay: " + costly + " vs " + none);
    }

    @Test
    void theFirstModelRelaysWithoutCountingTime() throws Exception {
        assertArrayEquals(raisedByDay(county(false, 0, 0.5, 0), false), raisedByDay(county(false, 0, 0.5, 2), false),
                "time is unlimited in the first model: a relay's hours change nothing");
        assertTrue(total(raisedByDay(county(false, 0, 0.5, 2), false)) > total(raisedByDay(county(false, 0, 0, 2), false)) + 100,
                "member ties still relay in the first model");
    }
}
