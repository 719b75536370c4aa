package cogov.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.MechanismsSpec;
import cogov.config.Scenario;
import cogov.config.ScenarioKeys;
import cogov.config.ScenarioLoader;
import cogov.model.Mechanism;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The registry lists exactly the mechanisms the scenario declares, each documented and built when on. */
class MechanismTypeTest {

    private static final Path QUICK = Path.of("scenarios/quick-county.yaml");

    @Test
    void everyMechanismTheScenarioDeclaresIsRegistered() {
        Set<String> declared = new TreeSet<>();
        for (ScenarioKeys.KeyInfo k : ScenarioKeys.all()) {
            if (k.path().startsWith("mechanisms.") && k.path().endsWith(".enabled")) {
                declared.add(k.path().split("\\.")[1]);
            }
        }
        Set<String> registered = new TreeSet<>();
        for (MechanismType t : MechanismType.values()) {
            registered.add(t.key());
        }
        assertEquals(declared, registered);
        for (RecordComponent c : MechanismsSpec.class.getRecordComponents()) {
            assertTrue(MechanismsSpec.MechanismSpec.class.isAssignableFrom(c.getType()),
                    c.getName() + " must implement MechanismSpec");
        }
    }

    @Test
    void eachSwitchedOnMechanismIsBuiltInSetUpOrder() throws Exception {
        Map<String, Object> all = new LinkedHashMap<>();
        for (MechanismType t : MechanismType.values()) {
            all.put(t.enabledKey(), true);
        }
        List<String> classes = new ArrayList<>();
        for (Mechanism m : MechanismType.enabledIn(ScenarioLoader.load(QUICK, all))) {
            classes.add(m.getClass().getSimpleName());
        }
        List<String> expected = new ArrayList<>();
        for (MechanismType t : MechanismType.values()) {
            expected.add(className(t));
        }
        assertEquals(expected, classes, "one mechanism per constant, named after it, in set-up order");
        assertEquals(List.of("InputGuarantee", "FullTimeStaff", "JointBuilding", "PartyLedGovernance",
                "RegionalIntegration"), classes.subList(0, 5), "the five mechanisms of the thesis, in ODD 7.10 order");
        assertEquals(List.of(), MechanismType.enabledIn(ScenarioLoader.load(QUICK)));
        for (MechanismType t : MechanismType.values()) {
            Scenario one = ScenarioLoader.load(QUICK, Map.of(t.enabledKey(), true));
            assertEquals(List.of(t), List.of(MechanismType.values()).stream().filter(x -> x.isEnabledIn(one)).toList());
        }
    }

    @Test
    void everyMechanismStartsOnItsStartDay() throws Exception {
        Map<String, Object> late = new LinkedHashMap<>();
        for (MechanismType t : MechanismType.values()) {
            late.put(t.enabledKey(), true);
            late.put("mechanisms." + t.key() + ".start_day", 17);
        }
        for (Mechanism m : MechanismType.enabledIn(ScenarioLoader.load(QUICK, late))) {
            assertEquals(17, m.startDay(), m.getClass().getSimpleName() + " must return its settings' start_day"
                    + " from startDay() (otherwise it silently starts on day 1)");
        }
    }

    /** JOINT_BUILDING -> JointBuilding. */
    private static String className(MechanismType t) {
        StringBuilder sb = new StringBuilder();
        for (String word : t.name().split("_")) {
            sb.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }

    @Test
    void theOddDescribesEveryMechanismsSetUpInOrder() throws Exception {
        String odd = Files.readString(Path.of("docs/ODD.md"), StandardCharsets.UTF_8);
        int at = odd.indexOf("### 7.10 Mechanism set-up changes");
        assertTrue(at >= 0, "docs/ODD.md needs section 7.10");
        String section = odd.substring(at, odd.indexOf("\n### ", at + 1));
        int last = -1;
        for (MechanismType t : MechanismType.values()) {
            int row = section.indexOf("\n| " + t.label() + " |");
            assertTrue(row > 0, "docs/ODD.md section 7.10 needs a row '| " + t.label() + " |'");
            assertTrue(row > last, t.label() + " is out of set-up order in docs/ODD.md 7.10");
            last = row;
        }
    }

    @Test
    void labelsAndShortLabelsAreUnique() {
        Set<String> labels = new TreeSet<>();
        Set<String> shorts = new TreeSet<>();
        for (MechanismType t : MechanismType.values()) {
            assertTrue(labels.add(t.label()), t.label());
            assertTrue(shorts.add(t.shortLabel()), t.shortLabel());
        }
    }
}
