package cogov.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario and experiment files, and the bases they extend, are read safely: no FIFO, device or
 * {@code /proc} file is opened (they block or never end), size is capped, {@code extends} names only
 * .yaml/.yml files and never quotes a file that is not a scenario, and its chain is bounded.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class InputFilesTest {

    @TempDir
    Path dir;

    private static final String COMMUNITY = "communities:\n  - {name: a, type: old-urban, households: 100}\n";

    private String loadProblems(Path file) {
        return assertThrows(ConfigException.class, () -> ScenarioLoader.load(file)).getMessage();
    }

    private String extendsProblems(String base) throws IOException {
        Path file = Files.writeString(dir.resolve("s.yaml"), "extends: '" + base + "'\n" + COMMUNITY);
        return loadProblems(file);
    }

    private Path fifo() throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available on this platform: " + e.getMessage());
            return null;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed on this platform");
        return fifo;
    }

    @Test
    void devicesAreRefusedAsScenarioAndAsBase() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this platform");
        assertTrue(loadProblems(Path.of("/dev/zero")).contains("/dev"), loadProblems(Path.of("/dev/zero")));
        String message = extendsProblems("/dev/urandom");
        assertTrue(message.contains("extends: must name a scenario file ending in .yaml or .yml"), message);
        Path link = dir.resolve("zero.yaml");
        Files.createSymbolicLink(link, Path.of("/dev/zero"));
        String linked = extendsProblems(link.toString());
        assertTrue(linked.contains("ending in .yaml or .yml (it links to /dev/zero)"), linked);
    }

    @Test
    void aFifoIsRefusedInsteadOfBlocking() throws Exception {
        Path fifo = fifo();
        String message = loadProblems(fifo);
        assertTrue(message.contains("not an ordinary file"), message);
        String asBase = extendsProblems(fifo.toString());
        assertTrue(asBase.contains("not an ordinary file"), asBase);
        InputFiles.UnreadableException e = assertThrows(InputFiles.UnreadableException.class,
                () -> InputFiles.readText(fifo));
        assertTrue(e.getMessage().contains("FIFO"), e.getMessage());
    }

    @Test
    void procFilesAreRefused() {
        assumeTrue(Files.isRegularFile(Path.of("/proc/self/status")), "no /proc on this platform");
        String message = loadProblems(Path.of("/proc/self/status"));
        assertTrue(message.contains("a system file under /proc"), message);
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[(int) InputFiles.MAX_BYTES + 1]);
        String message = loadProblems(big);
        assertTrue(message.contains("larger than 8 MB"), message);
    }

    @Test
    void extendsNeverQuotesAFileThatIsNotAScenario() throws IOException {
        Path secret = Files.writeString(dir.resolve("passwd"),
                "root:x:0:0:root:/root:/bin/bash\nsecret_line: hunter2\n");
        String message = extendsProblems(secret.toString());
        assertTrue(message.contains("must name a scenario file ending in .yaml or .yml"), message);
        assertFalse(message.contains("root:x") || message.contains("hunter2"), message);
        Path disguised = Files.writeString(dir.resolve("passwd.yaml"), "root:x:0:0:root:/root:/bin/bash\n");
        String scalar = extendsProblems(disguised.toString());
        assertTrue(scalar.contains("is not a mapping of keys to values"), scalar);
        assertFalse(scalar.contains("root:x"), scalar);
    }

    @Test
    void aVeryLongExtendsChainIsRefusedWithoutOverflowingTheStack() throws IOException {
        int depth = 3_000;
        for (int i = 0; i < depth; i++) {
            Files.writeString(dir.resolve("b" + i + ".yaml"), i == depth - 1 ? COMMUNITY : "extends: b" + (i + 1) + ".yaml\n");
        }
        String message = loadProblems(dir.resolve("b0.yaml"));
        assertTrue(message.contains("extends chain longer than " + ScenarioLoader.MAX_EXTENDS_DEPTH + " files"), message);
    }

    @Test
    void anExperimentThatIsAFolderOrAFifoIsNamedAsSuch() throws Exception {
        String folder = assertThrows(ConfigException.class, () -> ExperimentLoader.load(dir)).getMessage();
        assertTrue(folder.contains("Is a folder"), folder);
        Files.writeString(dir.resolve("e.yaml"), "base: pipe.yaml\n");
        fifo();
        String base = assertThrows(ConfigException.class, () -> ExperimentLoader.load(dir.resolve("e.yaml"))).getMessage();
        assertTrue(base.contains("pipe.yaml: not an ordinary file (a FIFO, device or socket)"), base);
    }
}
