package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results folders are checked before they are trusted: {@code run --from} and {@code gui --from}
 * refuse a sweep folder whose stored experiment or base scenario was edited since the sweep
 * (its manifest's hashes no longer match), instead of silently repeating another run.
 */
class IntegrityCommandTest {

    private static final String TINY = """
            name: tiny
            days: 12
            seed: 5
            communities:
              - {name: a, type: old-urban, households: 60, grids: 1, staff: 2}
            """;

    private static final String EXPERIMENT = """
            name: tiny-exp
            base: tiny.yaml
            factors:
              communities[0].staff: [2, 4]
            replications: 2
            seed: 11
            summary: {window_days: 5}
            """;

    @TempDir
    Path tmp;

    private Path sweep;
    private String runId;

    private CliHarness.Result cogov(String... args) {
        return CliHarness.real(new Main(Engine.DEFAULT, tmp.resolve("results")), args);
    }

    @BeforeEach
    void sweepOnce() throws IOException {
        Files.writeString(tmp.resolve("tiny.yaml"), TINY);
        Path exp = Files.writeString(tmp.resolve("exp.yaml"), EXPERIMENT);
        sweep = tmp.resolve("sweep");
        CliHarness.Result r = cogov("sweep", exp.toString(), "--out", sweep.toString(), "--no-report", "--threads", "1");
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        String line = Files.readAllLines(sweep.resolve("runs.csv")).get(1);
        runId = line.substring(0, line.indexOf(','));
    }

    @Test
    void runFromAnEditedExperimentCopyIsRefused() throws IOException {
        Path copy = sweep.resolve("experiment.yaml");
        Files.writeString(copy, Files.readString(copy).replaceFirst("seed: 11", "seed: 12"));
        CliHarness.Result r = cogov("run", "--from", sweep.toString(), "--run", runId, "--out", tmp.resolve("again").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("no longer matches the hashes in manifest.json"), r.err());
        assertFalse(Files.exists(tmp.resolve("again")));
    }

    @Test
    void runAndGuiFromAnEditedBaseScenarioAreRefused() throws IOException {
        Path base = sweep.resolve("scenario.yaml");
        Files.writeString(base, Files.readString(base).replace("households: 60", "households: 61"));
        CliHarness.Result r = cogov("run", "--from", sweep.toString(), "--run", runId);
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("no longer matches"), r.err());
        UserException gui = assertThrows(UserException.class, () -> GuiCommand.sweepRunScenario(sweep, runId));
        assertTrue(gui.getMessage().contains("no longer matches"), gui.getMessage());
    }

    @Test
    void anUneditedFolderStillRepeatsItsRun() {
        CliHarness.Result r = cogov("run", "--from", sweep.toString(), "--run", runId, "--out", tmp.resolve("again").toString());
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
    }
}
