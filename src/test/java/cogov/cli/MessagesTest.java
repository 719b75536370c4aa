package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages say what is really wrong: a file given as the output folder is named as a file (not "not
 * empty", not "null"); a folder given as a base is named as a folder (not "file not found"); no
 * suggestion lists placeholder names ("allowed: ?, ?"); a shard that disagrees with its own stored
 * experiment is not said to belong to "another experiment than" itself.
 */
class MessagesTest {

    private static final String TINY = """
            name: tiny
            days: 8
            communities:
              - {name: a, type: old-urban, households: 40, grids: 1, staff: 2}
            """;

    @TempDir
    Path tmp;

    private CliHarness.Result cogov(String... args) {
        return CliHarness.real(new Main(Engine.DEFAULT, tmp.resolve("results")), args);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    @Test
    void aFileAsTheOutputFolderIsCalledAFile() throws IOException {
        write("tiny.yaml", TINY);
        Path exp = write("e.yaml", "base: tiny.yaml\nvariants:\n  - name: a\n");
        Path file = write("taken", "x");
        CliHarness.Result r = cogov("sweep", exp.toString(), "--out", file.toString(), "--no-report");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("is a file, not a folder"), r.err());
        assertFalse(r.err().contains("null") || r.err().contains("not empty"), r.err());
    }

    @Test
    void aFolderAsTheBaseIsCalledAFolder() throws IOException {
        Files.createDirectories(tmp.resolve("base.yaml"));
        Path exp = write("e.yaml", "base: base.yaml\n");
        CliHarness.Result r = cogov("sweep", exp.toString(), "--dry-run");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("base: cannot read " + tmp.resolve("base.yaml") + ": Is a folder"), r.err());
    }

    @Test
    void suggestionsNeverListPlaceholderNames() throws IOException {
        write("tiny.yaml", TINY);
        Path exp = write("e.yaml", "base: tiny.yaml\nvariants:\n  - {name: 'a b'}\n  - name: 'c d'\n"
                + "    overrides: {days: 9}\nreference: x\n");
        CliHarness.Result r = cogov("sweep", exp.toString(), "--dry-run");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("reference: no variant of this name (got 'x')"), r.err());
        assertFalse(r.err().contains("'?'") || r.err().contains("?, ?"), r.err());
    }

    @Test
    void aShardThatDisagreesWithItsOwnExperimentCopySaysSo() throws IOException {
        write("tiny.yaml", TINY);
        Path exp = write("e.yaml", "base: tiny.yaml\nvariants:\n  - name: a\n  - name: b\n    overrides: {days: 9}\n");
        Path s0 = tmp.resolve("s0");
        assertEquals(ExitCodes.OK, cogov("sweep", exp.toString(), "--shard", "0/2", "--out", s0.toString()).exit());
        Path copy = s0.resolve("experiment.yaml");
        Files.writeString(copy, "# edited\n" + Files.readString(copy));
        CliHarness.Result r = cogov("merge", tmp.resolve("m").toString(), s0.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("than the experiment.yaml stored beside it"), r.err());
        assertFalse(r.err().contains("than " + s0), r.err());
    }
}
