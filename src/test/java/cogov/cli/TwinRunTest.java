package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cogov.gui.CountyGui;
import cogov.mechanism.MechanismType;
import cogov.metrics.MetricsRow;
import cogov.metrics.MetricsSink;
import cogov.output.FolderLayout;
import cogov.output.TimeseriesWriter;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GUI's twin run: each replication's two sides (configuration and reference, common seed) are byte
 * for byte the time series {@code cogov run} writes for each configuration with that seed.
 */
class TwinRunTest {

    @TempDir
    Path dir;

    /** One CSV per replication: a new one starts whenever day 1 comes round again. */
    private static final class PerReplication implements MetricsSink {
        final List<StringWriter> csv = new ArrayList<>();
        private TimeseriesWriter writer;

        @Override
        public void accept(List<MetricsRow> rows) {
            try {
                if (rows.get(0).day() == 1) {
                    close();
                    StringWriter w = new StringWriter();
                    csv.add(w);
                    writer = new TimeseriesWriter(w, "test");
                }
                writer.accept(rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() throws IOException {
            if (writer != null) {
                writer.close();
            }
        }
    }

    private String cogovRun(Path scenario, long seed, String name) throws IOException {
        Path out = dir.resolve(name);
        CliHarness.Result r = CliHarness.plain(new Main(), "run", scenario.toString(), "--seed", Long.toString(seed),
                "--out", out.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        // the run folder's rows carry its run id (seed<seed>-<hash>), the GUI-side writer was given "test"
        return Files.readString(out.resolve(FolderLayout.TIMESERIES)).replaceAll("(?m)^seed" + seed + "-[0-9a-f]{8},",
                "test,");
    }

    @Test
    void bothSidesOfEveryReplicationAreTheRunsOfTheirConfigurations() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        Path opened = Files.writeString(dir.resolve("tiny.yaml"), RealModelTest.TINY.replace("days: 4", "days: 20"));
        CountyGui gui = new CountyGui(opened, Map.of());
        gui.settings().setEnabled(MechanismType.FULL_TIME_STAFF, true);
        gui.settings().set("residents.party_member_share", 0.25);
        gui.settings().setSeed(31L);
        gui.settings().setTwinRun(true);
        gui.settings().setReplications(2);
        PerReplication configuration = new PerReplication();
        PerReplication reference = new PerReplication();
        gui.addSink(configuration);
        gui.addReferenceSink(reference);
        gui.start();
        while (gui.step()) {
            // both replications, both sides
        }
        configuration.close();
        reference.close();
        assertEquals(1, gui.replication());
        Path variant = dir.resolve("fts.yaml");
        gui.saveVariant(variant);
        gui.finish();

        assertEquals(2, configuration.csv.size());
        assertEquals(2, reference.csv.size());
        for (int r = 0; r < 2; r++) {
            long seed = 31L + r;
            assertEquals(cogovRun(variant, seed, "config-" + r), configuration.csv.get(r).toString(), "configuration " + r);
            assertEquals(cogovRun(opened, seed, "reference-" + r), reference.csv.get(r).toString(), "reference " + r);
        }
        assertNotEquals(configuration.csv.get(0).toString(), reference.csv.get(0).toString());
    }

    @Test
    void withoutTheTwinThereIsNoReference() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        Path opened = Files.writeString(dir.resolve("tiny.yaml"), RealModelTest.TINY);
        CountyGui gui = new CountyGui(opened, Map.of());
        gui.stepToDay(4);
        assertNull(gui.referenceScenario());
        gui.finish();
    }
}
