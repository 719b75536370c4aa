package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.ExperimentSpec;
import cogov.output.AtomicFiles;
import cogov.output.FolderLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every moment of a kill is resumable: a child JVM running a sweep is killed with SIGKILL as soon as
 * each stage of the output folder is reached (folder created, manifest written, run folder, first
 * run, half the runs), then {@code --resume} gives the uninterrupted bytes. While a sweep, resume or
 * merge writes into a folder it is locked; merge writes into a staging folder renamed at the end;
 * temporaries are cleaned when the next sweep starts.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class KillAndLockTest {

    private static final List<String> AGGREGATES =
            List.of(FolderLayout.RUNS, FolderLayout.TIMESERIES, FolderLayout.SUMMARY, FolderLayout.COMPARISON);

    @TempDir
    Path tmp;

    private static Sweep sweep(int reps, RunFunction fn) throws Exception {
        ExperimentSpec spec = FakeModel.factorial(reps);
        return new Sweep(spec, FakeModel.bytes(spec), FakeModel.source(40), fn);
    }

    private static Sweep.Result run(Sweep sweep, Path out, boolean resume) throws Exception {
        return sweep.run(new Sweep.Options(out, 2, resume, RunPlan.Shard.ALL), Sweep.Listener.NONE);
    }

    private static int runFiles(Path out) {
        Path runs = out.resolve(FolderLayout.RUNS_DIR);
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(runs)) {
            return (int) s.filter(p -> p.getFileName().toString().endsWith(FolderLayout.RUN_FILE)).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Starts the child sweep, kills it (SIGKILL) the moment {@code reached} holds, and returns whether it did. */
    private boolean killWhen(Path out, Predicate<Path> reached, long millisPerRun) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                FakeModel.class.getName(), out.toString(), Long.toString(millisPerRun))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!reached.test(out) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            return child.isAlive();
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aKillAtEveryStageOfTheFolderResumesToTheUninterruptedBytes() throws Exception {
        Path clean = tmp.resolve("clean");
        run(sweep(6, FakeModel::run), clean, false);
        List<Predicate<Path>> stages = List.of(
                Files::isDirectory,
                out -> Files.exists(out.resolve(FolderLock.FILE)),
                out -> Files.exists(out.resolve(FolderLayout.MANIFEST)),
                out -> Files.isDirectory(out.resolve(FolderLayout.RUNS_DIR)),
                out -> Files.exists(out.resolve(FolderLayout.SCENARIO)),
                out -> runFiles(out) >= 1,
                out -> runFiles(out) >= 12);
        int killed = 0;
        for (int i = 0; i < stages.size(); i++) {
            Path out = tmp.resolve("killed-" + i);
            if (killWhen(out, stages.get(i), i < 5 ? 0 : 40)) {
                killed++;
            }
            assertFalse(Files.exists(out.resolve(FolderLayout.RUNS)), "stage " + i + ": the child finished");
            Sweep.Result resumed = run(sweep(6, FakeModel::run), out, true);
            assertEquals(24, resumed.planned(), "stage " + i);
            assertEquals(0, resumed.failed(), "stage " + i);
            for (String f : AGGREGATES) {
                assertArrayEquals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(out.resolve(f)),
                        "stage " + i + ": " + f);
            }
        }
        assertTrue(killed >= stages.size() - 1, killed + " of " + stages.size() + " stages were reached alive");
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFolderIsLocked() throws Exception {
        Path out = tmp.resolve("locked");
        try (FolderLock held = FolderLock.acquire(out)) {
            SweepException e = assertThrows(SweepException.class, () -> run(sweep(2, FakeModel::run), out, true));
            assertTrue(e.getMessage().contains("is in use: another cogov sweep, resume or merge"), e.getMessage());
        }
        assertEquals(8, run(sweep(2, FakeModel::run), out, true).done(), "the lock is released");
        try (Stream<Path> s = Files.list(out.resolve(FolderLayout.RUNS_DIR))) {
            assertTrue(s.noneMatch(p -> p.toString().endsWith(".failed")), "no spurious .failed files");
        }
    }

    @Test
    void temporariesLeftByAKillAreCleanedWhenTheNextSweepStarts() throws Exception {
        Path out = tmp.resolve("o");
        run(sweep(2, FakeModel::run), out, false);
        Path leftover = Files.writeString(out.resolve("." + FolderLayout.RUNS + AtomicFiles.TMP_MARK + "stream"), "half");
        Path leftoverRun = Files.writeString(out.resolve("runs/.x.csv.gz" + AtomicFiles.TMP_MARK + "stream"), "half");
        run(sweep(2, FakeModel::run), out, true);
        assertFalse(Files.exists(leftover), "a temporary outside runs/ is cleaned");
        assertFalse(Files.exists(leftoverRun), "a temporary inside runs/ is cleaned");
    }

    @Test
    void aFailedMergeLeavesNothingInTheTargetAndTheNextMergeSucceeds() throws Exception {
        Path s0 = tmp.resolve("s0");
        Path s1 = tmp.resolve("s1");
        sweep(3, FakeModel::run).run(new Sweep.Options(s0, 2, false, new RunPlan.Shard(0, 2)), Sweep.Listener.NONE);
        sweep(3, FakeModel::run).run(new Sweep.Options(s1, 2, false, new RunPlan.Shard(1, 2)), Sweep.Listener.NONE);
        Path merged = tmp.resolve("merged");
        Path someRun;
        try (Stream<Path> runs = Files.list(s1.resolve(FolderLayout.RUNS_DIR))) {
            someRun = runs.filter(p -> p.toString().endsWith(FolderLayout.RUN_FILE)).findFirst().orElseThrow();
        }
        byte[] good = Files.readAllBytes(someRun);
        Files.write(someRun, new byte[] {1, 2, 3});
        assertThrows(Exception.class, () -> sweep(3, FakeModel::run).merge(merged, List.of(s0, s1)));
        assertFalse(new SweepFolder(merged).isNonEmpty(), "a failed merge leaves the target empty");
        Files.write(someRun, good);
        Sweep.Result result = sweep(3, FakeModel::run).merge(merged, List.of(s0, s1));
        assertEquals(12, result.done());
        Path unsharded = tmp.resolve("unsharded");
        run(sweep(3, FakeModel::run), unsharded, false);
        for (String f : AGGREGATES) {
            assertArrayEquals(Files.readAllBytes(unsharded.resolve(f)), Files.readAllBytes(merged.resolve(f)), f);
        }
        assertFalse(Files.exists(merged.resolve(FolderLock.FILE)), "no lock file in a merged folder");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains(AtomicFiles.TMP_MARK)),
                    "no staging folder is left beside the target");
        }
    }
}
