package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.experiment.Simulation;
import cogov.output.FolderLayout;
import cogov.output.Json;
import cogov.output.RunFolder;
import cogov.output.TimeseriesWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands against the real loader and model. Skipped while those are placeholders (they throw
 * UnsupportedOperationException); once merged, any other failure here is a real failure.
 */
class RealModelTest {

    /** One community of each type, so the type rows are 3 whether the model emits all types or those present. */
    static final String TINY = """
            name: tiny
            days: 4
            seed: 11
            communities:
              - name: Old-A
                type: old-urban
                households: 40
              - name: Flats-B
                type: commodity-housing
                households: 30
              - name: Moved-C
                type: relocated
                households: 30
                relocated_households: 20
            """;
    static final int ROWS_PER_DAY = 1 + 3 + 3;

    @TempDir
    Path tmp;
    Path tiny;

    static boolean modelAvailable(Path dir) {
        try {
            Scenario scenario = ScenarioLoader.parse(TINY, "tiny.yaml", dir);
            ScenarioLoader.toResolvedYaml(scenario);
            Simulation.run(scenario.withDays(1), rows -> { });
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (Exception e) {
            throw new AssertionError("the loader or model rejects the tiny test scenario", e);
        }
    }

    @BeforeEach
    void requireModel() throws IOException {
        Assumptions.assumeTrue(modelAvailable(tmp), "needs the real loader and model");
        tiny = Files.writeString(tmp.resolve("tiny.yaml"), TINY);
    }

    @Test
    void validateAcceptsAGoodFileAndListsProblemsOfABadOne() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), """
                name: bad
                days: -4
                communities:
                  - name: X
                    type: castle
                    households: 10
                """);
        CliHarness.Result r = CliHarness.plain(new Main(), "validate", tiny.toString(), bad.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertEquals("OK " + tiny + "\n", r.out());
        assertTrue(r.err().contains(bad.toString()), r::toString);
        assertTrue(r.err().contains("days"), r::toString);
        assertTrue(r.err().contains("castle"), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
    }

    @Test
    void unparsableYamlIsBadInputWithALine() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "name: [unclosed\ndays: 3\n");
        CliHarness.Result r = CliHarness.plain(new Main(), "validate", bad.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().startsWith(bad + ":"), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    @Test
    void runWritesACompleteFolder() throws Exception {
        Path out = tmp.resolve("out");
        CliHarness.Result r = CliHarness.plain(new Main(), "run", tiny.toString(), "--days", "3", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(5, files.count());
        }
        List<String> rows = Files.readAllLines(out.resolve(FolderLayout.TIMESERIES));
        assertEquals(String.join(",", TimeseriesWriter.header()), rows.get(0));
        assertEquals(1 + 3 * ROWS_PER_DAY, rows.size());
        Map<String, Object> manifest = Json.parseObject(Files.readString(out.resolve(FolderLayout.MANIFEST)));
        assertEquals(3.0, manifest.get("days"));
        assertEquals(11.0, manifest.get("seed"));
        Scenario reloaded = ScenarioLoader.load(out.resolve(FolderLayout.RESOLVED_SCENARIO));
        assertEquals(3, reloaded.days());
        assertEquals(11L, reloaded.seed());
    }

    @Test
    void sameScenarioAndSeedGiveIdenticalResults() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(ExitCodes.OK, CliHarness.plain(new Main(), "run", tiny.toString(), "--out", a.toString()).exit());
        assertEquals(ExitCodes.OK, CliHarness.plain(new Main(), "run", tiny.toString(), "--out", b.toString()).exit());
        for (String file : List.of(FolderLayout.TIMESERIES, FolderLayout.SUMMARY, FolderLayout.RESOLVED_SCENARIO)) {
            assertEquals(Files.readString(a.resolve(file)), Files.readString(b.resolve(file)), file);
        }
    }
}
