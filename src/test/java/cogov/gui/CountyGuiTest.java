package cogov.gui;

import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.experiment.Simulation;
import cogov.mechanism.MechanismType;
import cogov.metrics.MetricsRow;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.display.Console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The live GUI on a small county under a (virtual) display. */
class CountyGuiTest {

    @TempDir
    Path dir;
    Path scenario;

    @BeforeEach
    void smallCounty() throws Exception {
        Path baseline = Path.of("scenarios/lijin-baseline.yaml").toAbsolutePath();
        scenario = dir.resolve("tiny.yaml");
        Files.writeString(scenario, String.join("\n",
                "extends: " + baseline,
                "name: tiny",
                "days: 40",
                "seed: 99",
                // the mechanisms the tests switch on before a run start on day 1 (the shipped day 181 is after it)
                "mechanisms: {joint_building: {start_day: 1}, party_led_governance: {start_day: 1}}",
                "communities:",
                "  - {name: old-a, type: old-urban, households: 90, grids: 1, staff: 2, grid_workers: 1, venue_m2: 40, budget_yuan: 10000}",
                "  - {name: new-b, type: relocated, households: 80, relocated_households: 40, grids: 1, staff: 2,"
                        + " grid_workers: 1, venue_m2: 25, budget_yuan: 7500}",
                ""));
    }

    private static int participatingPixels(BufferedImage image, int width) {
        int rgb = Palette.PARTICIPATING.getRGB();
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                if (image.getRGB(x, y) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int participants(CountyGui gui) {
        int n = 0;
        for (int i = 0; i < gui.model().scenario().totalHouseholds(); i++) {
            if (gui.model().isParticipating(i)) {
                n++;
            }
        }
        return n;
    }

    private static boolean blank(BufferedImage image) {
        int first = image.getRGB(0, 0);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != first) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void snapshotPixelsTrackParticipatingHouseholds() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        CountyGui gui = new CountyGui(scenario, Map.of());
        gui.settings().setShowTies(false);
        int dot = HouseholdPortrayal.DOT * HouseholdPortrayal.DOT;
        int[] days = {1, 20, 40};
        int[] counts = new int[days.length];
        int[] pixels = new int[days.length];
        for (int k = 0; k < days.length; k++) {
            gui.stepToDay(days[k]);
            assertEquals(days[k], gui.model().day());
            BufferedImage image = gui.renderImage();
            assertFalse(blank(image));
            counts[k] = participants(gui);
            pixels[k] = participatingPixels(image, gui.fieldWidthPx());
            double expected = counts[k] * dot;
            assertTrue(pixels[k] <= expected + 1e-9, "pixels " + pixels[k] + " for " + counts[k] + " participants");
            assertTrue(pixels[k] >= 0.8 * expected, "pixels " + pixels[k] + " for " + counts[k] + " participants");
        }
        for (int k = 1; k < days.length; k++) {
            assertEquals(Integer.signum(counts[k] - counts[k - 1]), Integer.signum(pixels[k] - pixels[k - 1]),
                    Arrays.toString(counts) + " vs " + Arrays.toString(pixels));
        }
        Path png = dir.resolve("map.png");
        gui.writeSnapshot(png);
        assertTrue(Files.size(png) > 1000);
        gui.finish();
    }

    @Test
    void windowsAreTiledChartsHoldOnePointPerDayAndClosingTheConsoleKeepsTheJvm() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        CountyGui gui = new CountyGui(scenario, Map.of());
        AtomicReference<Console> console = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Console c = new Console(gui);
            c.setVisible(true);
            console.set(c);
        });
        try {
            gui.stepToDay(25);
            SwingUtilities.invokeAndWait(() -> { });
            SwingUtilities.invokeAndWait(() -> { });
            assertNotNull(gui.charts());
            Rectangle map = gui.displayFrame().getBounds();
            Rectangle charts = gui.chartFrame().getBounds();
            Rectangle consoleBounds = console.get().getBounds();
            assertFalse(map.intersects(charts), map + " and " + charts + ": the charts cover the map");
            assertFalse(map.intersects(consoleBounds), map + " and " + consoleBounds);
            assertFalse(charts.intersects(consoleBounds), charts + " and " + consoleBounds);
            for (String metric : LiveCharts.METRICS) {
                XYSeriesCollection data = gui.charts().dataset(metric);
                assertEquals(2, data.getSeriesCount(), metric);
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    assertEquals(25, data.getSeries(s).getItemCount(), metric);
                }
            }
        } finally {
            SwingUtilities.invokeAndWait(() -> CountyGui.closeWithoutExit(console.get()));
        }
        assertFalse(Console.allControllers.containsKey(console.get()));
        assertFalse(console.get().isDisplayable());
    }

    @Test
    void savedVariantStatesOnlyWhatDiffersAndRepeatsTheGuiRunExactly() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        CountyGui gui = new CountyGui(scenario, Map.of());
        gui.settings().setEnabled(MechanismType.JOINT_BUILDING, true);
        gui.settings().setEnabled(MechanismType.PARTY_LED_GOVERNANCE, true);
        gui.settings().setDays(30);
        gui.settings().set("residents.party_member_share", 0.2);
        List<String> guiRows = new ArrayList<>();
        gui.addSink(rows -> rows.forEach(r -> guiRows.add(text(r))));
        gui.stepToDay(30);
        Path saved = dir.resolve("variants").resolve("saved.yaml");
        Files.createDirectories(saved.getParent());
        gui.saveVariant(saved);
        gui.finish();

        String yaml = Files.readString(saved);
        assertTrue(yaml.contains("extends: \"../tiny.yaml\""), yaml);
        assertTrue(yaml.contains("party_member_share: 0.2"), yaml);
        assertFalse(yaml.contains("communities:"), yaml);
        assertFalse(yaml.contains("seed:"), "the seed is the base's: " + yaml);
        assertTrue(yaml.lines().count() < 25, yaml);
        Scenario reloaded = ScenarioLoader.load(saved);
        assertEquals("saved", reloaded.name());
        assertEquals(30, reloaded.days());
        assertTrue(reloaded.mechanisms().jointBuilding().enabled());
        assertEquals(99, reloaded.seed());
        List<String> runRows = new ArrayList<>();
        Simulation.run(reloaded, rows -> rows.forEach(r -> runRows.add(text(r))));
        assertEquals(30 * 5, guiRows.size());
        assertEquals(guiRows, runRows);
    }

    @Test
    void mechanismSwitchedOnMidRunStartsTheNextDayAsItsStartDaySays() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        CountyGui gui = new CountyGui(scenario, Map.of());
        List<String> guiRows = new ArrayList<>();
        gui.addSink(rows -> rows.forEach(r -> guiRows.add(text(r))));
        gui.stepToDay(12);
        gui.settings().setEnabled(MechanismType.FULL_TIME_STAFF, true);
        gui.settings().setEnabled(MechanismType.INPUT_GUARANTEE, true);
        gui.stepToDay(40);
        assertEquals(13, gui.currentScenario().mechanisms().fullTimeStaff().startDay());
        assertEquals(13, gui.settings().value("mechanisms.full_time_staff.start_day"));
        Path saved = dir.resolve("switched.yaml");
        gui.saveVariant(saved);
        gui.finish();

        Scenario phased = ScenarioLoader.load(scenario, Map.of("mechanisms.full_time_staff.enabled", true,
                "mechanisms.full_time_staff.start_day", 13, "mechanisms.input_guarantee.enabled", true,
                "mechanisms.input_guarantee.start_day", 13));
        List<String> phasedRows = new ArrayList<>();
        Simulation.run(phased, rows -> rows.forEach(r -> phasedRows.add(text(r))));
        assertEquals(40 * 5, guiRows.size(), "each day delivered once, the replayed days not again");
        assertEquals(phasedRows, guiRows);
        List<String> withoutRows = new ArrayList<>();
        Simulation.run(ScenarioLoader.load(scenario), rows -> rows.forEach(r -> withoutRows.add(text(r))));
        assertEquals(withoutRows.subList(0, 12 * 5), guiRows.subList(0, 12 * 5));
        assertFalse(withoutRows.equals(guiRows), "the switch changed the run");
        List<String> savedRows = new ArrayList<>();
        Simulation.run(ScenarioLoader.load(saved), rows -> rows.forEach(r -> savedRows.add(text(r))));
        assertEquals(guiRows, savedRows);
    }

    private static boolean insideScreen(CountyGui gui, Console console, Rectangle screen) throws Exception {
        AtomicReference<Boolean> inside = new AtomicReference<>(false);
        SwingUtilities.invokeAndWait(() -> inside.set(screen.contains(gui.displayFrame().getBounds())
                && screen.contains(gui.chartFrame().getBounds()) && screen.contains(console.getBounds())));
        return inside.get();
    }

    @Test
    void tilingPutsTheChartsBesideOrBelowTheMapOnAnyScreen() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        CountyGui gui = new CountyGui(scenario, Map.of());
        AtomicReference<Console> console = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Console c = new Console(gui);
            console.set(c);
        });
        // the GUI tiles itself for the real screen through invokeLater chains started by the Console:
        // let them finish first, or one of them may re-tile after the test's own tile below
        for (int i = 0; i < 5; i++) {
            SwingUtilities.invokeAndWait(() -> { });
        }
        try {
            for (Rectangle screen : List.of(new Rectangle(0, 0, 1280, 720),
                    new Rectangle(0, 0, 2560, 1440), new Rectangle(40, 20, 1024, 768))) {
                SwingUtilities.invokeAndWait(() -> gui.tile(console.get(), screen));
                // X configures windows asynchronously: the server's answer to the previous screen's tile can
                // arrive after this one and briefly reset a frame's bounds, so wait (at most 3 s) until the frames
                // report bounds inside this screen; a wrong tiling never gets there and fails below.
                for (int wait = 0; wait < 60 && !insideScreen(gui, console.get(), screen); wait++) {
                    Thread.sleep(50);
                }
                Rectangle map = gui.displayFrame().getBounds();
                Rectangle charts = gui.chartFrame().getBounds();
                Rectangle c = console.get().getBounds();
                assertFalse(map.intersects(charts), screen + ": " + map + " / " + charts);
                assertFalse(map.intersects(c) || charts.intersects(c), screen + ": " + c);
                for (Rectangle r : List.of(map, charts, c)) {
                    assertTrue(screen.contains(r), screen + " does not hold " + r);
                }
            }
        } finally {
            SwingUtilities.invokeAndWait(() -> CountyGui.closeWithoutExit(console.get()));
        }
    }

    @Test
    void aboutTabDescribesTheModelAndLinksTheOdd() {
        String about = String.valueOf(CountyGui.getInfo());
        assertTrue(about.contains("docs/ODD.md"), about);
        assertTrue(about.contains("ODD.md\">") || about.contains("in the cogov repository"), about);
        assertTrue(about.contains("Five governance mechanisms"), about);
    }

    @Test
    void invalidSettingsFallBackToTheLoadedScenario() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        CountyGui gui = new CountyGui(scenario, Map.of());
        gui.settings().set("residents.party_member_share", 7.0);
        gui.stepToDay(2);
        assertNotNull(gui.lastProblem());
        assertEquals(0.10, gui.currentScenario().residents().partyMemberShare(), 1e-12);
        gui.finish();
    }

    private static String text(MetricsRow r) {
        return r.day() + "," + r.scope() + "," + r.unit() + "," + Arrays.toString(r.values());
    }
}
