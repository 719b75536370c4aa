package cogov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cogov.mechanism.MechanismType;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots for papers: the map in every colour mode, and every live chart, as PNG and SVG. */
class SnapshotTest {

    @TempDir
    Path dir;
    Path scenario;

    @BeforeEach
    void smallCountyWithActivities() throws Exception {
        Path baseline = Path.of("scenarios/lijin-baseline.yaml").toAbsolutePath();
        scenario = Files.writeString(dir.resolve("small.yaml"), String.join("\n",
                "extends: " + baseline, "name: small", "days: 35", "seed: 8",
                "activities: {enabled: true}",
                // start day 1: the shipped start day 181 is after this short run
                "mechanisms: {joint_building: {enabled: true, start_day: 1}, party_led_governance: {start_day: 1}}",
                "communities:",
                "  - {name: a, type: old-urban, households: 150}",
                "  - {name: b, type: commodity-housing, households: 90}",
                "  - {name: c, type: relocated, households: 120, relocated_households: 70}", ""));
    }

    private static Set<Integer> colours(BufferedImage image, int x0, int x1) {
        Set<Integer> set = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = x0; x < x1; x++) {
                set.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return set;
    }

    @Test
    void everyColourModeGivesANonBlankMapWithDistinctLegendColoursAllDrawn() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        CountyGui gui = new CountyGui(scenario, Map.of());
        gui.settings().setShowTies(false);
        gui.stepToDay(35);
        int field = gui.fieldWidthPx();
        Set<Set<Integer>> fieldsSeen = new HashSet<>();
        for (ColourMode mode : ColourMode.values()) {
            gui.settings().colourMode(mode);
            BufferedImage image = gui.renderImage();
            Set<Integer> inField = colours(image, 0, field);
            assertTrue(inField.size() >= 4, mode + ": the map is blank");
            List<LegendPortrayal.Swatch> swatches = LegendPortrayal.swatches(mode);
            Set<Integer> legendColours = new HashSet<>();
            for (LegendPortrayal.Swatch s : swatches) {
                assertTrue(legendColours.add(s.colour().getRGB() & 0xFFFFFF), mode + ": " + s.label() + " repeats a colour");
                assertNotEquals(Palette.UNIT, s.colour(), mode + ": " + s.label() + " looks like a unit");
                assertNotEquals(Palette.REGION_FILL, s.colour(), mode + ": " + s.label() + " vanishes in its region");
            }
            Set<Integer> inLegend = colours(image, field, image.getWidth());
            for (LegendPortrayal.Swatch s : swatches) {
                assertTrue(inLegend.contains(s.colour().getRGB() & 0xFFFFFF), mode + ": swatch " + s.label() + " not drawn");
            }
            Household first = new Household(gui.model(), 0);
            Color expected = HouseholdPortrayal.colourOf(first, mode, gui.diagnostics().last());
            assertTrue(inField.contains(expected.getRGB() & 0xFFFFFF), mode + ": household colour not on the map");
            fieldsSeen.add(inField);
            Path png = dir.resolve(mode.name() + ".png");
            Path svg = dir.resolve(mode.name() + ".svg");
            gui.writeSnapshot(png);
            gui.writeSnapshot(svg);
            byte[] bytes = Files.readAllBytes(png);
            assertEquals((byte) 0x89, bytes[0]);
            String text = Files.readString(svg);
            assertTrue(text.startsWith("<?xml") && text.contains("<svg") && text.contains("<rect"), mode + " SVG");
        }
        assertTrue(fieldsSeen.size() >= ColourMode.values().length - 1, "the modes draw different maps");
        gui.finish();
    }

    @Test
    void everyLiveChartIsWrittenAsPngAndSvgInSingleAndTwinRuns() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        CountyGui gui = new CountyGui(scenario, Map.of("days", 12));
        gui.stepToDay(12);
        List<Path> single = gui.writeChartSnapshots(dir.resolve("single"));
        assertEquals(2 * LiveCharts.METRICS.size(), single.size());
        gui.finish();
        gui.settings().setEnabled(MechanismType.PARTY_LED_GOVERNANCE, true);
        gui.settings().setTwinRun(true);
        gui.start();
        while (gui.step()) {
            // the twin's one replication
        }
        List<Path> twin = gui.writeChartSnapshots(dir.resolve("twin"));
        assertEquals(4 * LiveCharts.METRICS.size(), twin.size());
        gui.finish();
        for (Path p : twin) {
            assertTrue(Files.size(p) > 1000, p.toString());
            if (p.toString().endsWith(".svg")) {
                String svg = Files.readString(p);
                assertTrue(svg.contains("<svg") && svg.contains("<path"), p.toString());
            }
        }
        assertTrue(twin.stream().anyMatch(p -> p.getFileName().toString().endsWith("-difference.svg")));
    }
}
