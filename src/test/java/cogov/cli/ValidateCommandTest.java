package cogov.cli;

import static cogov.cli.FakeEngine.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void goodFilesAreOk() {
        String good = RunCommandTest.write(tmp.resolve("good.yaml"), "name: tiny\n");
        CliHarness.Result r = CliHarness.plain(fake(), "validate", good, good);
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertEquals("OK " + good + "\nOK " + good + "\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void everyProblemOfEveryFileIsReported() {
        String good = RunCommandTest.write(tmp.resolve("good.yaml"), "name: tiny\n");
        String bad = RunCommandTest.write(tmp.resolve("bad.yaml"), "broken");
        CliHarness.Result r = CliHarness.plain(fake(), "validate", bad, "missing.yaml", good);
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertEquals("OK " + good + "\n", r.out());
        assertEquals(bad + ":2:7 days: must be at least 1 (got -4)\n"
                + bad + ":5:3 communities[0].type: unknown type (got castle)\n"
                + "cogov: cannot read scenario 'missing.yaml': No such file\n", r.err());
    }

    @Test
    void aFileIsRequired() {
        assertEquals(ExitCodes.BAD_INPUT, CliHarness.real(fake(), "validate").exit());
    }
}
