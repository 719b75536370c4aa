package cogov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;
import cogov.model.Community;
import cogov.model.CountyModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;

/** Every household is drawn inside its community's region, in the strip of its grid, the same way every time. */
class CountyLayoutTest {

    @Test
    void householdsLieInTheirGridsStripOfTheirRegion() throws Exception {
        CountyModel model = CountyModels.newModel(ScenarioLoader.load(Path.of("scenarios/quick-county.yaml")));
        model.start();
        CountyLayout layout = CountyLayout.of(model);
        assertEquals(model.population().size(), layout.space().getAllObjects().numObjs);
        for (Community c : model.communities()) {
            Double2D origin = layout.regionOrigin(c);
            double strip = CountyLayout.REGION / c.gridCount();
            for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
                Household h = (Household) layout.space().getAllObjects().objs[i];
                Double2D at = layout.space().getObjectLocation(h);
                int g = model.population().grid(i) - c.firstGrid();
                assertTrue(at.x >= origin.x + g * strip && at.x <= origin.x + (g + 1) * strip, "x of " + i);
                assertTrue(at.y >= origin.y && at.y <= origin.y + CountyLayout.REGION, "y of " + i);
            }
        }
        CountyLayout again = CountyLayout.of(model);
        for (int i = 0; i < model.population().size(); i++) {
            assertEquals(layout.space().getObjectLocation(layout.space().getAllObjects().objs[i]),
                    again.space().getObjectLocation(again.space().getAllObjects().objs[i]), "household " + i + " moved");
        }
    }
}
