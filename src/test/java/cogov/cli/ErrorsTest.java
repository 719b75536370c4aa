package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.metrics.MetricsSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failure reaches the user as one line in their terms: Errors (out of memory, stack overflow)
 * are caught at the top like exceptions, and a failure of the machine (disk full, permissions) names
 * the path and the reason with exit 2; only cogov's own bugs give exit 1.
 */
class ErrorsTest {

    @TempDir
    Path tmp;

    /** An engine whose run throws what {@code failure} gives. */
    private static Main throwing(Supplier<? extends Throwable> failure, Path results) {
        Engine fake = new FakeEngine();
        Engine engine = new Engine() {
            @Override
            public Scenario load(Path file) throws ConfigException {
                return fake.load(file);
            }

            @Override
            public String toResolvedYaml(Scenario scenario) {
                return fake.toResolvedYaml(scenario);
            }

            @Override
            public void run(Scenario scenario, MetricsSink sink) {
                Throwable t = failure.get();
                if (t instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) t;
            }
        };
        return new Main(engine, results);
    }

    private CliHarness.Result run(Supplier<? extends Throwable> failure, boolean realHandlers) {
        String scenario = RunCommandTest.write(tmp.resolve("s.yaml"), "name: tiny\n");
        Main main = throwing(failure, tmp.resolve("results"));
        return realHandlers ? CliHarness.real(main, "run", scenario) : CliHarness.plain(main, "run", scenario);
    }

    @Test
    void outOfMemoryIsAClearMessageWithAdviceAndNoStackTrace() {
        for (boolean real : new boolean[] {true, false}) {
            CliHarness.Result r = run(() -> new OutOfMemoryError("Java heap space"), real);
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
            assertTrue(r.err().contains("cogov: ran out of memory"), r.err());
            assertTrue(r.err().contains("COGOV_JAVA_OPTS=-Xmx"), r.err());
            assertFalse(r.err().contains("\tat "), "a stack trace: " + r.err());
        }
    }

    @Test
    void anOutOfMemoryErrorInsideAWrapperIsStillNamed() {
        CliHarness.Result r = run(() -> new IllegalStateException("worker failed", new OutOfMemoryError("heap")), true);
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("ran out of memory"), r.err());
    }

    @Test
    void aStackOverflowIsAnInternalErrorWithoutAStackTrace() {
        CliHarness.Result r = run(StackOverflowError::new, true);
        assertEquals(ExitCodes.INTERNAL_ERROR, r.exit(), r::toString);
        assertTrue(r.err().contains("\ncogov: internal error: stack overflow"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aFullDiskNamesThePathAndTheReasonWithExit2() {
        CliHarness.Result r = run(() -> new UncheckedIOException(new FileSystemException("/data/out/runs/x.csv",
                null, "No space left on device")), true);
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().endsWith("\ncogov: cannot use '/data/out/runs/x.csv': No space left on device\n"), r.err());
    }

    @Test
    void aPlainIoMessageFromTheOperatingSystemIsTheEnvironmentsFault() {
        StringWriter err = new StringWriter();
        int code = Errors.report(new UncheckedIOException(new IOException("No space left on device")),
                new PrintWriter(err), false);
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertEquals("cogov: No space left on device\n", err.toString());
        StringWriter denied = new StringWriter();
        assertEquals(ExitCodes.BAD_INPUT, Errors.report(new AccessDeniedException("/srv/results"),
                new PrintWriter(denied), false));
        assertEquals("cogov: cannot use '/srv/results': Permission denied\n", denied.toString());
    }

    @Test
    void aBugIsStillAnInternalError() {
        CliHarness.Result r = run(() -> new IllegalStateException("a bug"), true);
        assertEquals(ExitCodes.INTERNAL_ERROR, r.exit(), r::toString);
        assertTrue(r.err().contains("\ncogov: internal error: a bug"), r.err());
    }
}
