package cogov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;
import cogov.model.Community;
import cogov.model.CountyModel;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;

/**
 * Regions are sized by households and grouped by type; each household has a cell of its own inside its
 * community's region, in index order (so a service grid is a block); the layout is the same every time.
 */
class CountyLayoutTest {

    private static CountyModel started(String file) throws Exception {
        CountyModel model = CountyModels.newModel(ScenarioLoader.load(Path.of(file)));
        model.start();
        return model;
    }

    @Test
    void householdsHaveCellsOfTheirOwnInTheirRegionInIndexOrder() throws Exception {
        CountyModel model = started("scenarios/lijin-baseline.yaml");
        CountyLayout layout = CountyLayout.of(model);
        assertEquals(model.population().size(), layout.space().getAllObjects().numObjs);
        Set<Double2D> cells = new HashSet<>();
        for (Community c : model.communities()) {
            CountyLayout.Region r = layout.region(c.index());
            Double2D previous = null;
            for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
                Household h = (Household) layout.space().getAllObjects().objs[i];
                Double2D at = layout.space().getObjectLocation(h);
                assertTrue(r.contains(at), "household " + i + " outside its region");
                assertTrue(at.y > r.y() + CountyLayout.UNIT_BAND, "household " + i + " in the units' band");
                assertTrue(cells.add(at), "household " + i + " shares a cell");
                if (previous != null) {
                    assertTrue(at.y > previous.y || at.y == previous.y && at.x > previous.x, "index order at " + i);
                }
                previous = at;
            }
        }
        CountyLayout again = CountyLayout.of(model);
        for (int i = 0; i < model.population().size(); i++) {
            assertEquals(layout.space().getObjectLocation(layout.space().getAllObjects().objs[i]),
                    again.space().getObjectLocation(again.space().getAllObjects().objs[i]), "household " + i + " moved");
        }
    }

    @Test
    void regionsGrowWithHouseholdsDoNotOverlapAndStayInTheirTypesBand() throws Exception {
        CountyModel model = started("scenarios/lijin-baseline.yaml");
        CountyLayout layout = CountyLayout.of(model);
        List<Community> cs = model.communities();
        for (Community a : cs) {
            CountyLayout.Region ra = layout.region(a.index());
            assertTrue(ra.x() + ra.width() <= layout.width() && ra.y() + ra.height() <= layout.height());
            for (Community b : cs) {
                CountyLayout.Region rb = layout.region(b.index());
                if (a != b) {
                    assertFalse(rect(ra).intersects(rect(rb)), a.name() + " overlaps " + b.name());
                    if (a.households() > 1.5 * b.households()) {
                        assertTrue(ra.width() > rb.width(), a.name() + " is bigger than " + b.name());
                    }
                    if (a.type().ordinal() < b.type().ordinal()) {
                        assertTrue(ra.y() + ra.height() < rb.y(), a.name() + " (" + a.type() + ") is above " + b.name());
                    }
                }
            }
            double area = ra.width() * (ra.height() - CountyLayout.UNIT_BAND);
            assertTrue(area >= a.households() * CountyLayout.PITCH * CountyLayout.PITCH, a.name());
            assertTrue(area <= 2.5 * a.households() * CountyLayout.PITCH * CountyLayout.PITCH + 400, a.name());
        }
        assertEquals(model.scenario().communities().stream().map(c -> c.type()).distinct().count(), layout.bands().size());
        assertNotNull(CountyLayout.unitSpot(layout.region(0), 0));
    }

    private static Rectangle2D.Double rect(CountyLayout.Region r) {
        return new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
    }
}
