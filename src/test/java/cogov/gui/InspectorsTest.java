package cogov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.field.continuous.Continuous2D;
import sim.field.network.Edge;
import sim.portrayal.LocationWrapper;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;
import sim.util.Properties;

/**
 * A click on the map inspects households, committees, units and departments, and each shows every row
 * with a value: no ties ("Edge: null") and no null rows.
 */
class InspectorsTest {

    @TempDir
    Path dir;

    @Test
    void clickingTheMapFindsTheCountysObjectsWithoutNullRows() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        Path baseline = Path.of("scenarios/lijin-baseline.yaml").toAbsolutePath();
        Path scenario = Files.writeString(dir.resolve("small.yaml"), String.join("\n",
                "extends: " + baseline, "name: small", "days: 10", "seed: 4",
                "mechanisms: {joint_building: {enabled: true, start_day: 1}}",   // the shipped start day 181 is after day 10
                "communities:",
                "  - {name: a, type: old-urban, households: 60}",
                "  - {name: b, type: relocated, households: 50, relocated_households: 30}", ""));
        CountyGui gui = new CountyGui(scenario, Map.of());
        gui.settings().setShowTies(true);
        gui.stepToDay(10);
        Rectangle2D.Double field = new Rectangle2D.Double(0, 0, gui.fieldWidthPx(), gui.fieldHeightPx());
        Rectangle2D.Double everywhere = new Rectangle2D.Double(0, 0, gui.fieldWidthPx(), gui.fieldHeightPx());
        List<Object> found = new ArrayList<>();
        for (FieldPortrayal2D p : gui.mapLayers()) {
            Bag hits = new Bag();
            p.hitObjects(new DrawInfo2D(gui, p, field, everywhere), hits);
            for (Object o : hits) {
                found.add(o instanceof LocationWrapper w ? w.getObject() : o);
            }
        }
        assertTrue(found.stream().anyMatch(o -> o instanceof Household), "households");
        assertTrue(found.stream().anyMatch(o -> o instanceof CommunityView), "committees");
        assertTrue(found.stream().anyMatch(o -> o instanceof UnitView), "units");
        assertEquals(gui.model().departmentCount(), found.stream().filter(o -> o instanceof DepartmentView).count());
        for (Object o : found) {
            assertFalse(o instanceof Edge, "a tie is listed: " + o);
            assertFalse(o instanceof RegionPortrayal.MapLabel, "a label is listed");
            assertFalse(String.valueOf(o).contains("null"), String.valueOf(o));
            Properties props = Properties.getProperties(o);
            assertTrue(props.numProperties() > 0, o.toString());
            for (int i = 0; i < props.numProperties(); i++) {
                assertNotNull(props.getValue(i), o + ": " + props.getName(i));
            }
        }
        assertEquals(110, found.stream().filter(o -> o instanceof Household).count());
        assertTrue(found.stream().noneMatch(o -> o instanceof Continuous2D));
        gui.finish();
    }
}
