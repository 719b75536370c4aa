package cogov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.ScenarioLoader;
import cogov.mechanism.MechanismType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import sim.util.Properties;

/** The Model tab shows one switch per registered mechanism, read from the registry, and they take effect. */
class ModelTabTest {

    @Test
    void everyRegisteredMechanismHasASwitchThatReachesTheOverrides() throws Exception {
        GuiSettings settings = new GuiSettings(ScenarioLoader.load(Path.of("scenarios/quick-county.yaml")));
        Properties p = Properties.getProperties(new ModelTab(settings));
        MechanismType[] types = MechanismType.values();
        for (int i = 0; i < types.length; i++) {
            assertEquals(types[i].label(), p.getName(i));
            assertEquals(Boolean.FALSE, p.getValue(i));
            p.setValue(i, Boolean.TRUE);
            assertEquals(true, settings.overrides().get(types[i].enabledKey()));
        }
        boolean hasDays = false;
        for (int i = types.length; i < p.numProperties(); i++) {
            hasDays |= p.getName(i).equals("Days");
        }
        assertTrue(hasDays, "the settings' own properties follow the switches");
    }
}
