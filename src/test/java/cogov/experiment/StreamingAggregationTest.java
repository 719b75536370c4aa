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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep aggregates while its runs go: whatever order runs arrive in, from memory or from their files,
 * the aggregate files are byte for byte those of reading every run file in order afterwards.
 */
class StreamingAggregationTest {

    private static final List<String> AGGREGATES =
            List.of(FolderLayout.RUNS, FolderLayout.TIMESERIES, FolderLayout.SUMMARY, FolderLayout.COMPARISON);

    @TempDir
    Path tmp;

    private static Sweep sweep(int reps) throws Exception {
        ExperimentSpec spec = FakeModel.factorial(reps);
        return new Sweep(spec, FakeModel.bytes(spec), FakeModel.source(40), FakeModel::run);
    }

    private static void assertSameAggregates(Path expected, Path actual) throws IOException {
        for (String name : AGGREGATES) {
            if (!Files.exists(expected.resolve(name))) {
                assertFalse(Files.exists(actual.resolve(name)), name + " is written where it should not be");
                continue;
            }
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    name + " differs");
        }
    }

    private static List<String> temporaries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.contains(AtomicFiles.TMP_MARK)).toList();
        }
    }

    @Test
    void anyArrivalOrderGivesTheFilesOfTheOrderedBatch() throws Exception {
        Sweep sweep = sweep(4);
        Path swept = tmp.resolve("swept");
        for (Aggregator.Output output : List.of(new Aggregator.Output(0, 1, true), new Aggregator.Output(7, 3, true),
                new Aggregator.Output(7, 1, false))) {
            AtomicDirectoryFree.clear(swept);
            sweep.run(new Sweep.Options(swept, 3, false, RunPlan.Shard.ALL, output), Sweep.Listener.NONE);
            List<RunSpec> plan = sweep.plan();
            Path batch = Files.createDirectories(tmp.resolve("batch" + output.hashCode()));
            new Aggregator(sweep.design(), plan, swept.resolve(FolderLayout.RUNS_DIR), output, () -> { })
                    .writeAll(batch);
            assertSameAggregates(batch, swept);

            for (long seed = 1; seed <= 3; seed++) {
                List<RunSpec> shuffled = new ArrayList<>(plan);
                Collections.shuffle(shuffled, new Random(seed));
                Path out = Files.createDirectories(tmp.resolve("shuffled" + seed + "-" + output.hashCode()));
                Aggregator aggregator = new Aggregator(sweep.design(), plan, swept.resolve(FolderLayout.RUNS_DIR),
                        output, () -> { });
                try (Aggregator.Stream stream = aggregator.open(out)) {
                    // a third from their files in the background, the rest handed over in a random order
                    stream.fromFiles(shuffled.subList(0, plan.size() / 3).stream()
                            .sorted(java.util.Comparator.comparingInt(RunSpec::index)).toList());
                    for (RunSpec run : shuffled.subList(plan.size() / 3, plan.size())) {
                        stream.finished(run, RunFile.read(swept.resolve("runs/" + run.runId() + FolderLayout.RUN_FILE)));
                    }
                    stream.finish();
                }
                assertSameAggregates(batch, out);
                assertEquals(List.of(), temporaries(out), "part files are cleaned");
            }
        }
    }

    @Test
    void configurationsAreAggregatedWhileRunsGoAndPartsOfAnUnfinishedStreamAreDeleted() throws Exception {
        Sweep sweep = sweep(3);
        Path swept = tmp.resolve("swept");
        sweep.run(new Sweep.Options(swept, 2, false, RunPlan.Shard.ALL), Sweep.Listener.NONE);
        List<RunSpec> plan = sweep.plan();
        int[] done = new int[1];
        Path out = Files.createDirectories(tmp.resolve("part"));
        Aggregator aggregator = new Aggregator(sweep.design(), plan, swept.resolve(FolderLayout.RUNS_DIR),
                Aggregator.Output.DEFAULT, () -> done[0]++);
        String firstConfig = plan.get(0).configuration().id();
        try (Aggregator.Stream stream = aggregator.open(out)) {
            for (RunSpec run : plan) {
                if (run.configuration().id().equals(firstConfig)) {
                    stream.finished(run, RunFile.read(swept.resolve("runs/" + run.runId() + FolderLayout.RUN_FILE)));
                }
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (temporaries(out).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(1, temporaries(out).size(), "the finished configuration's part is written before the end");
            IOException e = assertThrows(IOException.class, stream::finish);
            assertTrue(e.getMessage().contains("did not receive run"), e.getMessage());
        }
        assertEquals(1, done[0]);
        assertEquals(List.of(), temporaries(out));
        assertFalse(Files.exists(out.resolve(FolderLayout.RUNS)), "nothing half-written");
    }

    @Test
    void wavesGroupConfigurationsAndKeepRoundRobinInsideEach() throws Exception {
        Sweep sweep = sweep(2);
        List<RunSpec> plan = sweep.plan();
        int configs = sweep.design().configurations().size();
        assertEquals(plan, Sweep.inWaves(plan, configs), "one wave is the round-robin plan itself");
        List<RunSpec> waves = Sweep.inWaves(plan, 2);
        assertEquals(plan.size(), waves.size());
        List<Integer> expected = new ArrayList<>();
        for (int wave = 0; wave * 2 < configs; wave++) {
            for (int rep = 0; rep < 2; rep++) {
                for (int c = wave * 2; c < Math.min(configs, wave * 2 + 2); c++) {
                    expected.add(c);
                }
            }
        }
        assertEquals(expected, waves.stream().map(RunSpec::configIndex).toList());
    }

    /** Empties a folder between sweeps of the same test. */
    private static final class AtomicDirectoryFree {
        static void clear(Path dir) throws IOException {
            if (Files.exists(dir)) {
                cogov.output.AtomicDirectory.deleteTree(dir);
            }
        }
    }
}
