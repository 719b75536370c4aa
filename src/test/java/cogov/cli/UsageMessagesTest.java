package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages a new user meets first: the wrong kind of file, a typo, an unknown format. Each one says what to do. */
class UsageMessagesTest {

    @TempDir
    Path tmp;

    private Main cogov() {
        return new Main(Engine.DEFAULT, tmp.resolve("results"));
    }

    private static void assertNoStackTrace(CliHarness.Result r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "leaked:\n" + r);
    }

    @Test
    void anExperimentGivenToRunIsSentToSweep() {
        String file = "scenarios/experiments/quick.yaml";
        CliHarness.Result r = CliHarness.real(cogov(), "run", file, "--out", tmp.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertEquals(file + ":5:1 this is an experiment file, not a scenario (it has 'base', 'variants', 'replications',"
                + " 'summary', 'reference'): run it with 'cogov sweep " + file + "'\n", r.err());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    @Test
    void aScenarioGivenToSweepIsSentToRun() {
        String file = "scenarios/joint-building-only.yaml";
        CliHarness.Result r = CliHarness.real(cogov(), "sweep", file, "--out", tmp.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().startsWith(file + ":3:1 this is a scenario file, not an experiment (it has 'extends' and no"
                + " 'base'): run it with 'cogov run " + file + "'"), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    @Test
    void aMistypedCommandGetsTheClosestOne() {
        CliHarness.Result r = CliHarness.real(cogov(), "swep", "scenarios/experiments/quick.yaml");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().startsWith("cogov: unknown command 'swep' (did you mean 'sweep'?)\n"), r::toString);
        CliHarness.Result far = CliHarness.real(cogov(), "simulate");
        assertTrue(far.err().startsWith("cogov: unknown command 'simulate' (commands: run, validate, sweep,"), far::toString);
        assertEquals(ExitCodes.BAD_INPUT, CliHarness.real(cogov(), "rn").exit());
        assertTrue(CliHarness.real(cogov(), "rn").err().contains("did you mean 'run'?"));
    }

    @Test
    void anUnknownFormatIsNamedWithoutAnException() {
        CliHarness.Result r = CliHarness.real(cogov(), "report", tmp.toString(), "--format", "png,jpg");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().startsWith("cogov: Invalid value for option '--format' (FORMATS): unknown format 'jpg'"
                + " (expected png, svg or pdf)\n"), r::toString);
        assertNoStackTrace(r);
    }
}
