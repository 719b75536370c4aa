package cogov.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The activity model's keys follow the loader's rules (file:line:column key.path), and a calendar or time
 * budget that cannot be satisfied is an error, not a silent zero.
 */
class ActivitiesConfigTest {
    @TempDir
    Path dir;

    private static final String ONE_COMMUNITY = """
            communities:
              - {name: a, type: old-urban, households: 100}
            """;

    private List<String> problems(String yaml) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, yaml);
        ConfigException e = assertThrows(ConfigException.class, () -> ScenarioLoader.load(file, Map.of()));
        return e.problems().stream().map(p -> p.format().replace(dir.toString() + java.io.File.separator, "")).toList();
    }

    @Test
    void badSlotListsTheAllowedOnes() throws IOException {
        assertEquals(List.of("s.yaml:4:24 activities.consultation.slot: must be one of weekday-day, weekday-evening,"
                        + " weekend (got 'sunday')"),
                problems(ONE_COMMUNITY + "activities:\n  consultation: {slot: sunday}\n"));
    }

    @Test
    void moreWeekendActivitiesThanWeekendDaysIsAnError() throws IOException {
        assertEquals(List.of("s.yaml:4:3 activities: weekend activities planned per month exceed the 8 weekend days of a"
                        + " 30-day month (got 10)"),
                problems(ONE_COMMUNITY + "activities:\n  enabled: true\n  cultural: {per_month: 6}\n  volunteer: {per_month: 4}\n"));
    }

    @Test
    void anActivityNobodyCanAttendIsAnError() throws IOException {
        List<String> p = problems(ONE_COMMUNITY + """
                activities: {enabled: true}
                time_budget:
                  free:
                    youth: {weekend: 0}
                    working: {weekend: 0}
                    elderly: {weekend: 0}
                """);
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("s.yaml:6:5 time_budget.free: no household can ever attend activities.cultural"
                + " (weekend, 2.0 hours)"), p.toString());
        assertTrue(p.get(1).startsWith("s.yaml:6:5 time_budget.free: no household can ever attend activities.volunteer"
                + " (weekend, 3.0 hours)"), p.toString());
    }

    @Test
    void weeklyHoursBelowAnActivityWithoutSpreadIsAnError() throws IOException {
        List<String> p = problems(ONE_COMMUNITY + """
                activities: {enabled: true, consultation: {hours: 2}, cultural: {per_month: 0}, volunteer: {per_month: 0}}
                time_budget: {weekly_hours: {youth: 1, working: 1, elderly: 1.5}, spread: 0}
                """);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("time_budget.free: no household can ever attend activities.consultation"), p.toString());
    }

    @Test
    void activityLongerThanTheVenueIsOpenIsAnError() throws IOException {
        assertEquals(List.of("s.yaml:3:71 activities.cultural.hours: an activity cannot last longer than the venue is open"
                        + " (activities.venue_hours_per_day = 6.0) (got 8.0)"),
                problems(ONE_COMMUNITY + "activities: {enabled: true, venue_hours_per_day: 6, cultural: {hours: 8}}\n"));
    }

    @Test
    void memberTimeWithoutMembersIsAnError() throws IOException {
        List<String> p = problems(ONE_COMMUNITY + """
                residents: {party_member_share: 0}
                activities: {enabled: true, consultation: {member_hours: 2}}
                """);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("activities.consultation.member_hours: needs Party-member time"), p.toString());
    }

    @Test
    void infeasibleCalendarIsNotCheckedWhileTheActivityModelIsOff() throws Exception {
        Path file = dir.resolve("off.yaml");
        Files.writeString(file, ONE_COMMUNITY + "activities: {cultural: {per_month: 6}, volunteer: {per_month: 4}}\n");
        assertEquals(false, ScenarioLoader.load(file, Map.of()).activities().enabled());
    }
}
