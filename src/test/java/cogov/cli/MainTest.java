package cogov.cli;

import static cogov.cli.FakeEngine.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.output.BuildInfo;
import org.junit.jupiter.api.Test;

class MainTest {

    private static void assertNoStackTrace(String err) {
        assertFalse(err.contains("\tat "), () -> "stack trace leaked:\n" + err);
        assertFalse(err.contains("Exception"), () -> "exception name leaked:\n" + err);
    }

    @Test
    void helpListsTheCommands() {
        CliHarness.Result r = CliHarness.plain(new Main(), "--help");
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("Usage: cogov"), r::toString);
        for (String command : new String[] {"run", "validate", "help"}) {
            assertTrue(r.out().matches("(?s).*\\n\\s+" + command + "\\s.*"), () -> command + " missing:\n" + r);
        }
        assertTrue(r.out().contains("--debug"), r::toString);
    }

    @Test
    void versionNamesTheProjectVersion() {
        CliHarness.Result r = CliHarness.plain(new Main(), "--version");
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertTrue(BuildInfo.version().matches("\\d+\\.\\d+\\.\\d+.*"), BuildInfo.version());
        assertTrue(r.out().startsWith("cogov " + BuildInfo.version()), r::toString);
    }

    @Test
    void unknownOptionIsBadInput() {
        CliHarness.Result r = CliHarness.real(new Main(), "--frobnicate");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().startsWith("cogov: Unknown option: '--frobnicate'"), r::toString);
        assertTrue(r.err().contains("Try 'cogov --help'"), r::toString);
        assertEquals("", r.out());
        assertEquals(ExitCodes.BAD_INPUT, CliHarness.plain(new Main(), "--frobnicate").exit());
    }

    @Test
    void unknownOptionOfASubcommandPointsAtItsHelp() {
        CliHarness.Result r = CliHarness.real(new Main(), "run", "x.yaml", "--sed", "3");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("Try 'cogov run --help'"), r::toString);
    }

    @Test
    void noCommandIsBadInput() {
        CliHarness.Result r = CliHarness.real(new Main());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("a command is required"), r::toString);
    }

    @Test
    void internalErrorsAreOneLineWithoutDebug() {
        CliHarness.Result r = CliHarness.real(fake(2), "run", "pom.xml", "--out", "target/never");
        assertEquals(ExitCodes.INTERNAL_ERROR, r.exit(), r::toString);
        assertTrue(r.err().contains("cogov: internal error: injected failure on day 2 "
                + "(run with --debug for the stack trace)"), r::toString);
        assertNoStackTrace(r.err());
    }

    @Test
    void debugShowsTheStackTraceWhereverItIsGiven() {
        for (String[] args : new String[][] {
            {"--debug", "run", "pom.xml", "--out", "target/never"},
            {"run", "pom.xml", "--out", "target/never", "--debug"}}) {
            CliHarness.Result r = CliHarness.plain(fake(2), args);
            assertEquals(ExitCodes.INTERNAL_ERROR, r.exit(), r::toString);
            assertTrue(r.err().contains("\tat "), r::toString);
            assertFalse(r.err().contains("run with --debug"), r::toString);
        }
    }
}
