package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cogov.gui.CountyGui;
import cogov.output.FolderLayout;
import cogov.output.TimeseriesWriter;
import java.awt.GraphicsEnvironment;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key changed in the GUI's Model tab and saved as a variant: {@code cogov validate} accepts the file and
 * {@code cogov run} of it writes byte for byte the time series the GUI run produced (same seed).
 */
class GuiVariantTest {

    @TempDir
    Path dir;

    @Test
    void savedVariantValidatesAndRunsToTheGuiRunsTimeSeries() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        Path scenario = Files.writeString(dir.resolve("tiny.yaml"), RealModelTest.TINY.replace("days: 4", "days: 25"));
        CountyGui gui = new CountyGui(scenario, Map.of());
        gui.settings().set("communities[0].staff", 2);
        gui.settings().set("residents.volunteer_share", 0.2);
        gui.settings().setSeed(4242L);
        StringWriter guiCsv = new StringWriter();
        try (TimeseriesWriter writer = new TimeseriesWriter(guiCsv, "test")) {
            gui.addSink(writer);
            gui.stepToDay(25);
            gui.finish();
        }
        Path variant = dir.resolve("fewer-staff.yaml");
        gui.saveVariant(variant);
        String yaml = Files.readString(variant);
        assertTrue(yaml.contains("extends: \"tiny.yaml\""), yaml);
        assertTrue(yaml.contains("seed: 4242"), yaml);

        CliHarness.Result validate = CliHarness.plain(new Main(), "validate", variant.toString());
        assertEquals(ExitCodes.OK, validate.exit(), validate.toString());
        Path out = dir.resolve("out");
        CliHarness.Result run = CliHarness.plain(new Main(), "run", variant.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.toString());
        // the run folder's rows carry its run id (seed<seed>-<hash>), the GUI's writer was given "test"
        assertEquals(guiCsv.toString(), Files.readString(out.resolve(FolderLayout.TIMESERIES))
                .replaceAll("(?m)^seed4242-[0-9a-f]{8},", "test,"));
    }

    @Test
    void aVariantOfATemporaryScenarioStillLoadsOnceThatFileIsGone() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        Path temporary = Files.writeString(dir.resolve("cogov-run-123.yaml"), RealModelTest.TINY);
        CountyGui gui = new CountyGui(temporary, Map.of());
        gui.scenarioFileIsTemporary();
        gui.settings().set("residents.volunteer_share", 0.2);
        Path folder = Files.createDirectories(dir.resolve("mine"));
        Path variant = folder.resolve("more-volunteers.yaml");
        gui.saveVariant(variant);
        gui.finish();
        Files.delete(temporary);

        assertTrue(Files.readString(variant).contains("extends: \"more-volunteers.base.yaml\""),
                Files.readString(variant));
        assertTrue(Files.exists(folder.resolve("more-volunteers.base.yaml")));
        CliHarness.Result validate = CliHarness.plain(new Main(), "validate", variant.toString());
        assertEquals(ExitCodes.OK, validate.exit(), validate.toString());
    }
}
