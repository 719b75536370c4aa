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

/** Bad service, unit and cost input is named by file, line, column and key path (issue 12). */
class ServiceInputTest {

    @TempDir
    Path dir;

    private List<String> problems(String yaml) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, yaml);
        ConfigException e = assertThrows(ConfigException.class, () -> ScenarioLoader.load(file, Map.of()));
        return e.problems().stream().map(p -> p.format().replace(dir.toString() + java.io.File.separator, "")).toList();
    }

    private static final String ONE = "communities:\n  - {name: a, type: old-urban, households: 100}\n";

    @Test
    void negativeDepartmentCapacityIsRejectedWithItsPlace() throws IOException {
        List<String> p = problems(ONE + "service:\n  department_capacity_hours_day: -3\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("s.yaml:4:34 service.department_capacity_hours_day: "), p.get(0));
    }

    @Test
    void skillOutsideTheUnitIntervalIsRejected() throws IOException {
        List<String> p = problems(ONE + "service: {complex_skill: 1.5}\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("s.yaml:3:26 service.complex_skill: "), p.get(0));
    }

    @Test
    void categoryComplexShareAndVolunteerFlagAreChecked() throws IOException {
        List<String> p = problems(ONE + """
                needs:
                  categories:
                    - {name: all, share: 1, effort_hours: 2, complex_share: 2, volunteer_able: maybe}
                """);
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("s.yaml:5:") && x.contains("needs.categories[0].complex_share: ")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("s.yaml:5:") && x.contains("needs.categories[0].volunteer_able: ")), p.toString());
    }

    @Test
    void unitEngagementAndShadowWageAreChecked() throws IOException {
        List<String> p = problems(ONE + """
                costs: {shadow_wage_yuan_hour: -1}
                mechanisms:
                  joint_building: {enabled: true, initial_engagement: 1.2}
                """);
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("s.yaml:3:") && x.contains("costs.shadow_wage_yuan_hour: ")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("s.yaml:5:")
                && x.contains("mechanisms.joint_building.initial_engagement: ")), p.toString());
    }
}
