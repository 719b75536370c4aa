package cogov.cli;

import cogov.gui.LiveCharts;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** {@code cogov gui}: the no-display message, snapshots and the sweep bridge. */
class GuiCommandTest {

    @TempDir
    Path dir;

    private static CliHarness.Result execute(boolean headless, String... args) {
        CommandLine cmd = Main.commandLine(new Main());
        ((GuiCommand) cmd.getSubcommands().get("gui").getCommand()).headless = () -> headless;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new CliHarness.Result(exit, out.toString(), err.toString());
    }

    @Test
    void withoutADisplayTheCommandPointsToXvfbAndExitsWithTwo() {
        CliHarness.Result r = execute(true, "gui", "scenarios/quick-county.yaml");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.toString());
        assertTrue(r.err().contains("xvfb-run -a ./cogov gui"), r.toString());
        assertTrue(r.err().contains("cogov run"), r.toString());
    }

    @Test
    void snapshotRunsTheDaysAndWritesAPng() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        Path png = dir.resolve("map.png");
        CliHarness.Result r = execute(false, "gui", "scenarios/quick-county.yaml", "--days", "5", "--seed", "3",
                "--snapshot", png.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertTrue(r.out().contains("day 5"), r.toString());
        byte[] bytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
    }

    @Test
    void twinRunWritesTheMapAsSvgAndEveryChartAsPngAndSvg() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        Path svg = dir.resolve("map.svg");
        Path charts = dir.resolve("charts");
        CliHarness.Result r = execute(false, "gui", "scenarios/quick-county.yaml", "--days", "6", "--seed", "3",
                "--twin", "--set", "mechanisms.full_time_staff.enabled=true", "--replications", "2",
                "--colour", "BINDING", "--snapshot", svg.toString(), "--charts", charts.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertTrue(Files.readString(svg).contains("<svg"), r.toString());
        try (Stream<Path> files = Files.list(charts)) {
            assertEquals(4 * LiveCharts.METRICS.size(), files.count());
        }
        assertTrue(Files.exists(charts.resolve("participation_rate-difference.svg")));
    }

    @Test
    void badSetValuesAreBadInputNamingTheKey() {
        assumeFalse(GraphicsEnvironment.isHeadless());
        Path png = dir.resolve("x.png");
        CliHarness.Result unknown = execute(false, "gui", "scenarios/quick-county.yaml", "--set", "residents.nope=1",
                "--snapshot", png.toString());
        assertEquals(ExitCodes.BAD_INPUT, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains("residents.nope"), unknown.toString());
        CliHarness.Result outOfRange = execute(false, "gui", "scenarios/quick-county.yaml", "--days", "3", "--set",
                "residents.party_member_share=7", "--snapshot", png.toString());
        assertEquals(ExitCodes.BAD_INPUT, outOfRange.exit(), outOfRange.toString());
        assertTrue(outOfRange.err().contains("party_member_share"), outOfRange.toString());
        assertTrue(!Files.exists(png), "nothing written");
        CliHarness.Result twinAlone = execute(false, "gui", "scenarios/quick-county.yaml", "--twin", "--snapshot",
                png.toString());
        assertEquals(ExitCodes.BAD_INPUT, twinAlone.exit(), twinAlone.toString());
    }

    @Test
    void folderThatIsNotASweepIsABadInput() {
        CliHarness.Result r = execute(false, "gui", "--from", dir.toString(), "--run", "r0001");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.toString());
        assertTrue(r.err().contains("not a sweep folder"), r.toString());
    }

    @Test
    void sweepRunOpensWithItsOwnConfigurationAndSeed() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        Path sweep = dir.resolve("sweep");
        CliHarness.Result s = execute(false, "sweep", "scenarios/experiments/quick.yaml", "--out", sweep.toString(),
                "--threads", "2", "--no-report");
        assertEquals(ExitCodes.OK, s.exit(), s.toString());
        String runId = Files.readAllLines(sweep.resolve("runs.csv")).get(3).split(",")[0];
        Path png = dir.resolve("run.png");
        CliHarness.Result r = execute(false, "gui", "--from", sweep.toString(), "--run", runId, "--snapshot", png.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertTrue(Files.size(png) > 0);
        CliHarness.Result missing = execute(false, "gui", "--from", sweep.toString(), "--run", "c0000000000-r99");
        assertEquals(ExitCodes.BAD_INPUT, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("no run c0000000000-r99"), missing.toString());
    }

    @Test
    void fromWithoutRunIsAUsageError() {
        CliHarness.Result r = execute(false, "gui", "--from", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.toString());
    }
}
