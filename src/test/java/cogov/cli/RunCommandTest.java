package cogov.cli;

import static cogov.cli.FakeEngine.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.output.FolderLayout;
import cogov.output.Hashing;
import cogov.output.Json;
import cogov.output.RunFolder;
import cogov.output.TimeseriesWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's whole path (load, override, run, write, report) with a stand-in model. */
class RunCommandTest {

    @TempDir
    Path tmp;
    Path scenario;

    @BeforeEach
    void writeScenario() throws IOException {
        scenario = Files.writeString(tmp.resolve("tiny.yaml"), "name: tiny\n");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesTheFourFilesAndSaysWhere() throws IOException {
        Path out = tmp.resolve("out");
        CliHarness.Result r = CliHarness.plain(fake(), "run", scenario.toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertEquals("Results in " + out + "\n", r.out());
        assertEquals(List.of(FolderLayout.MANIFEST, FolderLayout.METRICS, FolderLayout.RESOLVED_SCENARIO, FolderLayout.SUMMARY,
                        FolderLayout.TIMESERIES),
                list(out).stream().map(p -> p.getFileName().toString()).toList());
        List<String> rows = Files.readAllLines(out.resolve(FolderLayout.TIMESERIES));
        assertEquals(String.join(",", TimeseriesWriter.header()), rows.get(0));
        assertEquals(1 + 5 * FakeEngine.ROWS_PER_DAY, rows.size());

        String yaml = Files.readString(out.resolve(FolderLayout.RESOLVED_SCENARIO));
        Map<String, Object> manifest = Json.parseObject(Files.readString(out.resolve(FolderLayout.MANIFEST)));
        assertEquals("tiny", manifest.get("scenario"));
        assertEquals(3.0, manifest.get("seed"));
        assertEquals(5.0, manifest.get("days"));
        assertEquals(scenario.toString(), manifest.get("source_file"));
        assertEquals(Hashing.sha256Hex(yaml), manifest.get("resolved_scenario_sha256"));
        assertEquals(List.of("cogov", "run", scenario.toString(), "--out", out.toString()), manifest.get("command_line"));
    }

    @Test
    void defaultFolderIsNamedByScenarioSeedAndResolvedHash() throws IOException {
        Path results = tmp.resolve("results");
        Main main = new Main(new FakeEngine(), results);
        CliHarness.Result r = CliHarness.plain(main, "run", scenario.toString());
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        String hash = Hashing.sha256Hex("name: tiny\ndays: 5\nseed: 3\n");
        Path expected = results.resolve("tiny").resolve("seed3-" + hash.substring(0, 8));
        assertEquals("Results in " + expected + "\n", r.out());
        assertEquals(List.of(expected), list(results.resolve("tiny")));

        CliHarness.Result again = CliHarness.plain(main, "run", scenario.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.exit(), again::toString);
        assertTrue(again.err().contains("'" + expected + "' already holds results"), again::toString);
        assertEquals(List.of(expected), list(results.resolve("tiny")));
    }

    @Test
    void seedAndDaysOverrideTheScenario() throws IOException {
        Path out = tmp.resolve("out");
        CliHarness.Result r = CliHarness.plain(fake(), "run", scenario.toString(),
                "--seed", "9", "--days", "2", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertEquals("name: tiny\ndays: 2\nseed: 9\n", Files.readString(out.resolve(FolderLayout.RESOLVED_SCENARIO)));
        assertEquals(1 + 2 * FakeEngine.ROWS_PER_DAY, Files.readAllLines(out.resolve(FolderLayout.TIMESERIES)).size());
        Map<String, Object> manifest = Json.parseObject(Files.readString(out.resolve(FolderLayout.MANIFEST)));
        assertEquals(9.0, manifest.get("seed"));
        assertEquals(2.0, manifest.get("days"));
    }

    @Test
    void zeroDaysIsBadInput() {
        CliHarness.Result r = CliHarness.plain(fake(), "run", scenario.toString(),
                "--days", "0", "--out", tmp.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertEquals("cogov: --days must be between 1 and 100000 (got 0)\n", r.err());
    }

    @Test
    void anOutputFolderHoldingResultsIsRefusedAndUntouched() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("out"));
        Files.writeString(out.resolve("timeseries.csv"), "precious");
        CliHarness.Result r = CliHarness.plain(fake(), "run", scenario.toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("already holds results"), r::toString);
        assertEquals(List.of(out.resolve("timeseries.csv")), list(out));
        assertEquals(List.of(out, scenario), list(tmp));
        assertEquals("precious", Files.readString(out.resolve("timeseries.csv")));
    }

    @Test
    void anEmptyOutputFolderIsFilled() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("out"));
        CliHarness.Result r = CliHarness.plain(fake(), "run", scenario.toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertEquals(5, list(out).size());
    }

    @Test
    void aFailingRunLeavesNoFolder() throws IOException {
        Path out = tmp.resolve("results/out");
        CliHarness.Result r = CliHarness.plain(fake(3), "run", scenario.toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.INTERNAL_ERROR, r.exit(), r::toString);
        assertEquals(List.of(), list(tmp.resolve("results")));
    }

    @Test
    void aMissingScenarioIsBadInput() {
        CliHarness.Result r = CliHarness.plain(fake(), "run", "x.yaml");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertEquals("cogov: cannot read scenario 'x.yaml': No such file\n", r.err());
    }

    @Test
    void anInvalidScenarioPrintsItsProblemsOnly() {
        Path bad = tmp.resolve("bad.yaml");
        CliHarness.Result r = CliHarness.plain(fake(), "run", write(bad, "broken"));
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertEquals(bad + ":2:7 days: must be at least 1 (got -4)\n"
                + bad + ":5:3 communities[0].type: unknown type (got castle)\n", r.err());
    }

    static String write(Path file, String text) {
        try {
            return Files.writeString(file, text).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
