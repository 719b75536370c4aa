package cogov.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A variant states only what differs from its base, and loads back to the scenario it was written from. */
class VariantYamlTest {

    private static final Path BASELINE = Path.of("scenarios/lijin-baseline.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void valuesHoldEveryLeafKeyOfTheScenario() throws Exception {
        Scenario base = ScenarioLoader.load(BASELINE);
        Map<String, Object> values = ScenarioKeys.values(base);
        Set<String> schemaPaths = new TreeSet<>();
        for (String path : values.keySet()) {
            schemaPaths.add(ScenarioKeys.schemaPath(path));
        }
        for (ScenarioKeys.KeyInfo k : ScenarioKeys.all()) {
            assertTrue(schemaPaths.contains(k.path()), k.path());
        }
        assertEquals(base.communities().get(2).staff(), values.get("communities[2].staff"));
        assertEquals(base.seed(), values.get("seed"));
        assertEquals("communities[].staff", ScenarioKeys.schemaPath("communities[12].staff"));
    }

    @Test
    void variantNamesOnlyTheChangedKeysAndLoadsBackEqual() throws Exception {
        Scenario base = ScenarioLoader.load(BASELINE);
        Scenario changed = ScenarioLoader.load(BASELINE, Map.of("residents.volunteer_share", 0.2,
                "mechanisms.joint_building.enabled", true, "residents.threshold.sd", 0.2, "seed", 77L));
        Path file = dir.resolve("sub").resolve("more-volunteers.yaml");
        Files.createDirectories(file.getParent());
        String extendsPath = file.getParent().relativize(BASELINE).toString();
        String yaml = ScenarioLoader.toVariantYaml(changed, base, "more-volunteers", extendsPath);
        Files.writeString(file, yaml);
        assertTrue(yaml.contains("extends: \"" + extendsPath + "\""), yaml);
        assertFalse(yaml.contains("communities"), yaml);
        assertFalse(yaml.contains("days:"), yaml);
        assertTrue(yaml.lines().filter(l -> !l.startsWith("#")).count() <= 12, yaml);
        Scenario loaded = ScenarioLoader.load(file);
        assertEquals("more-volunteers", loaded.name());
        assertEquals(ScenarioKeys.values(changed).entrySet().stream().filter(e -> !e.getKey().equals("name")).toList(),
                ScenarioKeys.values(loaded).entrySet().stream().filter(e -> !e.getKey().equals("name")).toList());
    }

    @Test
    void aChangedCommunityWritesTheWholeListSinceVariantsReplaceLists() throws Exception {
        Scenario base = ScenarioLoader.load(BASELINE);
        Scenario changed = ScenarioLoader.load(BASELINE, Map.of("communities[1].staff", 9));
        Path file = dir.resolve("staffed.yaml");
        Files.writeString(file, ScenarioLoader.toVariantYaml(changed, base, "staffed", BASELINE.toString()));
        Scenario loaded = ScenarioLoader.load(file);
        assertEquals(changed.communities(), loaded.communities());
        assertEquals(base.residents(), loaded.residents());
    }
}
