package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, made with a small tmpfs where the platform lets the tests mount one (root on Linux;
 * skipped with a message elsewhere): the failure is named with the path and the reason, exit 2,
 * nothing half-written is left in place of a result, and once space is freed {@code --resume} gives
 * the bytes of an uninterrupted sweep.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DiskFullTest {

    private static final String TINY = """
            name: tiny
            days: 30
            communities:
              - {name: a, type: old-urban, households: 60, grids: 1, staff: 2}
            """;

    @TempDir
    Path tmp;

    private Path mounted;

    private static int exec(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** A tmpfs of {@code size} at a new folder, or the test is skipped saying why. */
    private Path smallDisk(String size) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("disk"));
        boolean linux = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux");
        assumeTrue(linux, "disk-full tests need Linux tmpfs; skipped on " + System.getProperty("os.name"));
        int rc = exec("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
        assumeTrue(rc == 0, "disk-full tests need permission to mount a tmpfs (root); skipped here");
        mounted = dir;
        return dir;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            exec("umount", "-l", mounted.toString());
        }
    }

    private CliHarness.Result cogov(String... args) {
        return CliHarness.real(new Main(Engine.DEFAULT, tmp.resolve("results")), args);
    }

    @Test
    void aRunOnAFullDiskNamesThePathAndLeavesNoFolder() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("tiny.yaml"), TINY);
        Path disk = smallDisk("8k");
        CliHarness.Result r = cogov("run", scenario.toString(), "--out", disk.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("No space left on device"), r.err());
        assertTrue(r.err().contains(disk.toString()), "the path is named: " + r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        assertFalse(Files.exists(disk.resolve("out")), "no half-written run folder");
    }

    @Test
    void aSweepOnAFullDiskResumesToTheUninterruptedBytesOnceSpaceIsFreed() throws Exception {
        Files.writeString(tmp.resolve("tiny.yaml"), TINY);
        Path exp = Files.writeString(tmp.resolve("e.yaml"), "name: e\nbase: tiny.yaml\nfactors:\n"
                + "  communities[0].staff: [2, 3]\nreplications: 3\nsummary: {window_days: 10}\n");
        Path clean = tmp.resolve("clean");
        assertEquals(ExitCodes.OK, cogov("sweep", exp.toString(), "--out", clean.toString(), "--no-report",
                "--threads", "1").exit());
        Path disk = smallDisk("64k");
        Path out = disk.resolve("s");
        CliHarness.Result full = cogov("sweep", exp.toString(), "--out", out.toString(), "--no-report", "--threads", "1");
        assertEquals(ExitCodes.BAD_INPUT, full.exit(), full::toString);
        assertTrue(full.err().contains("No space left on device"), full.err());
        assertFalse(full.err().contains("internal error"), full.err());
        assertEquals(0, exec("mount", "-o", "remount,size=64m", disk.toString()), "could not free space");
        CliHarness.Result resumed = cogov("sweep", exp.toString(), "--out", out.toString(), "--resume", "--no-report",
                "--threads", "1");
        assertEquals(ExitCodes.OK, resumed.exit(), resumed::toString);
        for (String f : List.of("runs.csv", "timeseries.csv", "summary.csv", "comparison.csv")) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
    }
}
