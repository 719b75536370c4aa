package cogov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cogov.config.Scenario;
import cogov.config.ScenarioKeys;
import cogov.config.ScenarioKeys.KeyInfo;
import cogov.config.ScenarioLoader;
import cogov.gui.GuiSettings.Setting;
import cogov.gui.ModelTab.GroupProperties;
import cogov.mechanism.MechanismType;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Model tab shows every key of the scenario schema, grouped as in docs/scenarios.md, and edits reach the runs. */
class ModelTabTest {

    private static final Path BASELINE = Path.of("scenarios/lijin-baseline.yaml");

    @Test
    void everySchemaKeyAppearsInTheModelTabWithItsUnitAndSource() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        CountyGui gui = new CountyGui(BASELINE, Map.of());
        ModelTab tab = (ModelTab) gui.getInspector();
        Set<String> shownKeys = new LinkedHashSet<>();
        List<String> groups = new ArrayList<>();
        for (GroupProperties page : tab.pages()) {
            assertTrue(page.numProperties() > 0);
            for (int i = 0; i < page.numProperties(); i++) {
                Setting s = page.setting(i);
                shownKeys.add(s.key().path());
                if (!groups.contains(s.group())) {
                    groups.add(s.group());
                }
                assertFalse(page.getName(i).contains("null"), page.getName(i));
                String tooltip = page.getDescription(i);
                assertTrue(tooltip.contains(s.path()), tooltip);
                if (!s.key().unit().isEmpty()) {
                    assertTrue(page.getName(i).endsWith("[" + s.key().unit() + "]") || !s.path().equals(s.key().path())
                            && !s.key().path().contains("[]"), page.getName(i));
                    assertTrue(tooltip.contains("Unit: " + GuiSettings.html(s.key().unit())), tooltip);
                }
                if (s.key().source() != null) {
                    assertTrue(tooltip.contains("Source: " + GuiSettings.html(s.key().source())), tooltip);
                } else if (s.key().assumption()) {
                    assertTrue(tooltip.contains("Assumption"), tooltip);
                }
                assertTrue(tooltip.contains(s.midRun() ? "Acts mid-run" : "Applies at the next run"), tooltip);
            }
        }
        for (KeyInfo key : ScenarioKeys.all()) {
            assertTrue(shownKeys.contains(key.path()), key.path() + " is missing from the Model tab");
        }
        assertEquals(List.of(GuiSettings.TOP_LEVEL, "residents", "network", "participation", "events", "activities",
                "time_budget", "election", "needs", "reporting", "service", "feedback", "influence", "costs",
                "mechanisms"), groups, "the pages follow docs/scenarios.md");
    }

    @Test
    void editsOfAnyPageBecomeOverridesThatTheLoaderAccepts() throws Exception {
        Scenario base = ScenarioLoader.load(BASELINE);
        GuiSettings settings = new GuiSettings(base);
        assertEquals(Map.of(), settings.overrides(), "nothing differs before an edit");
        GroupProperties residents = new GroupProperties(settings, "residents");
        GroupProperties top = new GroupProperties(settings, GuiSettings.TOP_LEVEL);
        GroupProperties network = new GroupProperties(settings, "network");
        set(residents, "residents.party_member_share", "0.2");
        set(residents, "residents.threshold.mean", "0.3");
        set(top, "communities[1].staff", "9");
        set(top, "seed", "123456789012");
        set(network, "network.kind", "0");
        assertEquals("well-mixed", ScenarioKeys.find("network.kind").orElseThrow().choices().get(0));
        Map<String, Object> o = settings.overrides();
        assertEquals(0.2, o.get("residents.party_member_share"));
        assertEquals(0.3, o.get("residents.threshold.mean"));
        assertEquals(9, o.get("communities[1].staff"));
        assertEquals(123456789012L, o.get("seed"));
        Scenario edited = ScenarioLoader.load(BASELINE, o);
        assertEquals(0.2, edited.residents().partyMemberShare());
        assertEquals(0.3, edited.residents().threshold().parameters().get("mean"));
        assertEquals(9, edited.communities().get(1).staff());
        assertEquals(123456789012L, edited.seed());
        assertEquals("well-mixed", edited.network().kind().key());
    }

    @Test
    void mechanismSwitchesSayTheyActMidRun() throws Exception {
        GuiSettings settings = new GuiSettings(ScenarioLoader.load(BASELINE));
        for (MechanismType t : MechanismType.values()) {
            Setting s = settings.setting(t.enabledKey());
            assertTrue(s.midRun(), t.name());
            assertEquals(t, s.mechanism());
        }
        assertFalse(settings.setting("days").midRun());
    }

    private static void set(GroupProperties page, String path, String value) {
        for (int i = 0; i < page.numProperties(); i++) {
            if (page.setting(i).path().equals(path)) {
                page.setValue(i, value);
                return;
            }
        }
        throw new AssertionError(path + " is not on this page");
    }
}
