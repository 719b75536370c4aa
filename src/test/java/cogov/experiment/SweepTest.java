package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.ConfigException;
import cogov.config.ConfigProblem;
import cogov.config.ExperimentSpec;
import cogov.config.Scenario;
import cogov.output.FolderLayout;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {

    private static final List<String> AGGREGATES =
            List.of(FolderLayout.RUNS, FolderLayout.TIMESERIES, FolderLayout.SUMMARY, FolderLayout.COMPARISON);

    @TempDir
    Path tmp;

    /** These tests check the statistics exactly, so they read the aggregates at full precision. */
    private static final Aggregator.Output FULL_PRECISION = new Aggregator.Output(0, 1, true);

    private static Sweep sweep(int reps, RunFunction fn) throws Exception {
        ExperimentSpec spec = FakeModel.factorial(reps);
        return new Sweep(spec, FakeModel.bytes(spec), FakeModel.source(40), fn);
    }

    private static Sweep.Result run(Sweep sweep, Path out, int threads, boolean resume, RunPlan.Shard shard)
            throws Exception {
        return sweep.run(new Sweep.Options(out, threads, resume, shard, FULL_PRECISION), Sweep.Listener.NONE);
    }

    private static void assertSameFiles(Path expected, Path actual, List<String> names) throws IOException {
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    name + " differs");
        }
    }

    private static List<String> runFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder.resolve(FolderLayout.RUNS_DIR))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A scenario source that counts the scenarios it builds and refuses one configuration's overrides. */
    private static final class CountingSource implements ScenarioSource {
        private final ScenarioSource fake = FakeModel.source(3);
        private final AtomicInteger built = new AtomicInteger();
        private final Object refused;

        CountingSource(Object refused) {
            this.refused = refused;
        }

        @Override
        public Scenario scenario(Map<String, Object> overrides) throws ConfigException {
            built.incrementAndGet();
            if (overrides.containsValue(refused)) {
                throw new ConfigException(new ConfigProblem("<override>", 0, 0,
                        "residents.volunteer_hours_per_year", "refused " + refused));
            }
            return fake.scenario(overrides);
        }

        @Override
        public String resolvedBaseYaml() throws ConfigException {
            return fake.resolvedBaseYaml();
        }
    }

    private static ExperimentSpec lhs(int points) {
        Map<String, ExperimentSpec.Range> ranges = new LinkedHashMap<>();
        ranges.put("residents.volunteer_hours_per_year", new ExperimentSpec.Range(10, 40, false));
        return new ExperimentSpec("big-lhs", "", Path.of("big.yaml"), Path.of("base.yaml"),
                new ExperimentSpec.Sample(ExperimentSpec.SampleMethod.LHS, points, ranges), 1, 7L, 2,
                ExperimentSpec.ReferenceSpec.FIRST, false);
    }

    @Test
    void aLargeDesignChecksEveryScenarioOnceThenBuildsThemOnDemand() throws Exception {
        int points = Sweep.KEPT_SCENARIOS + 200;
        CountingSource source = new CountingSource(null);
        ExperimentSpec spec = lhs(points);
        Sweep sweep = new Sweep(spec, FakeModel.bytes(spec), source, FakeModel::run);
        List<Scenario> scenarios = sweep.scenarios();
        assertEquals(points, scenarios.size());
        assertEquals(points, source.built.get(), "every configuration checked up front");
        assertSame(scenarios, sweep.scenarios(), "checked once per sweep");
        assertEquals(points, source.built.get());
        Configuration c = sweep.design().configurations().get(17);
        assertEquals(FakeModel.source(3).scenario(c.overrides()).name(), scenarios.get(17).name());
        assertEquals(points + 1, source.built.get(), "a large design keeps no scenario: each is built when asked for");
        Sweep.Result r = sweep.run(new Sweep.Options(tmp.resolve("big"), 2, false, RunPlan.Shard.ALL, FULL_PRECISION),
                Sweep.Listener.NONE);
        assertEquals(points, r.done());
        assertEquals(1 + points, Files.readAllLines(tmp.resolve("big/runs.csv")).size());

        CountingSource small = new CountingSource(null);
        ExperimentSpec few = lhs(Sweep.KEPT_SCENARIOS);
        List<Scenario> kept = new Sweep(few, FakeModel.bytes(few), small, FakeModel::run).scenarios();
        kept.get(17);
        assertEquals(Sweep.KEPT_SCENARIOS, small.built.get(), "a small design keeps its checked scenarios");
    }

    @Test
    void aBadPointOfALargeDesignStopsTheSweepBeforeAnyRun() throws Exception {
        ExperimentSpec spec = lhs(Sweep.KEPT_SCENARIOS + 200);
        Sweep probe = new Sweep(spec, FakeModel.bytes(spec), FakeModel.source(3), FakeModel::run);
        Object bad = probe.design().configurations().get(700).overrides().get("residents.volunteer_hours_per_year");
        Sweep sweep = new Sweep(spec, FakeModel.bytes(spec), new CountingSource(bad), FakeModel::run);
        ConfigException e = assertThrows(ConfigException.class,
                () -> sweep.run(new Sweep.Options(tmp.resolve("bad"), 2, false, RunPlan.Shard.ALL, FULL_PRECISION),
                        Sweep.Listener.NONE));
        assertTrue(e.getMessage().contains("refused " + bad), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("bad").resolve(FolderLayout.RUNS_DIR)), "no run started");
    }

    @Test
    void resultsAreByteIdenticalWhateverTheThreadCount() throws Exception {
        Sweep.Result one = run(sweep(5, FakeModel::run), tmp.resolve("t1"), 1, false, RunPlan.Shard.ALL);
        Sweep.Result two = run(sweep(5, FakeModel::run), tmp.resolve("t2"), 2, false, RunPlan.Shard.ALL);
        assertEquals(20, one.planned());
        assertEquals(20, two.done());
        assertEquals(0, two.failed());
        assertSameFiles(tmp.resolve("t1"), tmp.resolve("t2"), AGGREGATES);
        assertEquals(runFiles(tmp.resolve("t1")), runFiles(tmp.resolve("t2")));
        for (String f : runFiles(tmp.resolve("t1"))) {
            assertSameFiles(tmp.resolve("t1/runs"), tmp.resolve("t2/runs"), List.of(f));
        }
    }

    @Test
    void aggregatesHaveOneRowPerRunConfigurationUnitAndMetric() throws Exception {
        Sweep s = sweep(3, FakeModel::run);
        run(s, tmp.resolve("o"), 2, false, RunPlan.Shard.ALL);
        List<String> runs = Files.readAllLines(tmp.resolve("o/runs.csv"));
        assertEquals(1 + 12, runs.size());
        assertTrue(runs.get(0).startsWith("run_id,config_id,label,mechanisms.joint_building.enabled,"
                + "communities[0].staff,replication,seed,seed_text,status,participation_rate,"));
        assertTrue(runs.stream().anyMatch(l -> l.contains(",staff=5,FALSE,5,")), "reference: label and FALSE");
        assertTrue(runs.stream().anyMatch(l -> l.contains(",JB+staff=9,TRUE,9,")), "label and TRUE");
        List<String> sorted = new ArrayList<>(runs.subList(1, runs.size()));
        sorted.sort(null);
        assertEquals(sorted, runs.subList(1, runs.size()));
        List<String> ts = Files.readAllLines(tmp.resolve("o/timeseries.csv"));
        assertEquals(1 + 4 * 4 * 40, ts.size());
        assertTrue(ts.get(0).startsWith("config_id,label,scope,unit,community_type,day,n,participation_rate_mean,"
                + "participation_rate_ci_low,participation_rate_ci_high,"));
        int metrics = cogov.metrics.MetricRegistry.size();
        long countyOnly = cogov.metrics.MetricRegistry.all().stream().filter(m -> m.countyOnly()).count();
        List<String> summary = Files.readAllLines(tmp.resolve("o/summary.csv"));
        assertEquals(1 + 4 * (metrics + 3 * (metrics - countyOnly)), summary.size());
        List<String> cmp = Files.readAllLines(tmp.resolve("o/comparison.csv"));
        // plus 8 cost-effectiveness rows (public and total cost per point of 3 outcomes, and per resolved request)
        // for each county and community-type unit
        int costEffectiveness = 2 * (Aggregator.COST_EFFECTIVENESS_OUTCOMES.size() + 1);
        assertEquals(1 + 3 * (metrics + 3 * (metrics - countyOnly)) + 3 * 4 * costEffectiveness, cmp.size());
        assertTrue(cmp.stream().anyMatch(l -> l.contains(",county,county,all,ce_total_per_resolved_request,")
                || l.contains(",county,all,ce_total_per_resolved_request,")), "cost-effectiveness rows present");
        String refId = s.design().reference().id();
        assertTrue(cmp.stream().skip(1).noneMatch(l -> l.startsWith(refId)));
        String manifest = Files.readString(tmp.resolve("o/manifest.json"));
        assertTrue(manifest.contains("\"runs_done\": 12"));
        assertTrue(manifest.contains("\"master_seed\": 42"));
        assertTrue(Files.readString(tmp.resolve("o/experiment.yaml")).startsWith("name: fake-exp\n"));
    }

    @Test
    void summaryStatisticsComeFromTheRunSummaries() throws Exception {
        Sweep s = sweep(4, FakeModel::run);
        run(s, tmp.resolve("o"), 2, false, RunPlan.Shard.ALL);
        Configuration c = s.design().configurations().get(2);
        double[] values = new double[4];
        int awareness = cogov.metrics.MetricRegistry.indexOf("awareness_mean");
        for (int rep = 0; rep < 4; rep++) {
            RunFile.Data d = RunFile.read(tmp.resolve("o/runs/" + c.id() + "-r0" + rep + FolderLayout.RUN_FILE));
            values[rep] = d.summary().get(0).values()[awareness];
            // summary = mean of the last 10 county days
            double sum = 0;
            for (RunFile.Row row : d.daily()) {
                if (row.unit().equals("county") && row.day() > 30) {
                    sum += row.values()[awareness];
                }
            }
            assertEquals(sum / 10, values[rep], 1e-12);
        }
        Stats.Summary expected = Stats.summarize(values);
        String row = Files.readAllLines(tmp.resolve("o/summary.csv")).stream()
                .filter(l -> l.startsWith(c.id()) && l.contains(",county,county,all,awareness_mean,")).findFirst()
                .orElseThrow();
        String[] cells = row.split(",");
        assertEquals("4", cells[8]);
        assertEquals(expected.mean(), Double.parseDouble(cells[9]));
        assertEquals(expected.sd(), Double.parseDouble(cells[10]));
    }

    @Test
    void failedRunIsRecordedOthersGoOnAndResumeRetriesIt() throws Exception {
        Sweep s = sweep(3, FakeModel::run);
        Configuration victim = s.design().configurations().get(1);
        long seed = Seeds.forReplication(42L, 1);
        Sweep bad = sweep(3, FakeModel.failing(victim.canonical().replace('\n', ';'), seed));
        Sweep.Result r = run(bad, tmp.resolve("o"), 2, false, RunPlan.Shard.ALL);
        assertEquals(1, r.failed());
        assertEquals(List.of(victim.id() + "-r01"), r.failedRunIds());
        Path failed = tmp.resolve("o/runs/" + victim.id() + "-r01.failed");
        String text = Files.readString(failed);
        assertTrue(text.contains("seed: " + seed) && text.contains("boom"));
        assertEquals(11, runFiles(tmp.resolve("o")).stream().filter(f -> f.endsWith(FolderLayout.RUN_FILE)).count());
        assertTrue(Files.readString(tmp.resolve("o/runs.csv")).contains(victim.id() + "-r01," + victim.id()));
        assertTrue(Files.readString(tmp.resolve("o/manifest.json")).contains("\"runs_failed\": 1"));

        Sweep.Result again = run(s, tmp.resolve("o"), 2, true, RunPlan.Shard.ALL);
        assertEquals(11, again.skipped());
        assertEquals(0, again.failed());
        assertFalse(Files.exists(failed));
        run(s, tmp.resolve("clean"), 1, false, RunPlan.Shard.ALL);
        assertSameFiles(tmp.resolve("clean"), tmp.resolve("o"), AGGREGATES);
    }

    @Test
    void refusesNonEmptyFolderWithoutResumeAndAnotherExperimentWithResume() throws Exception {
        run(sweep(2, FakeModel::run), tmp.resolve("o"), 1, false, RunPlan.Shard.ALL);
        assertThrows(SweepException.class, () -> run(sweep(2, FakeModel::run), tmp.resolve("o"), 1, false,
                RunPlan.Shard.ALL));
        SweepException e = assertThrows(SweepException.class,
                () -> run(sweep(3, FakeModel::run), tmp.resolve("o"), 1, true, RunPlan.Shard.ALL));
        assertTrue(e.getMessage().contains("another experiment"));
        Files.createDirectories(tmp.resolve("junk"));
        Files.writeString(tmp.resolve("junk/x.txt"), "x");
        assertThrows(SweepException.class, () -> run(sweep(2, FakeModel::run), tmp.resolve("junk"), 1, true,
                RunPlan.Shard.ALL));
    }

    @Test
    void shardsMergeIntoTheUnshardedResult() throws Exception {
        run(sweep(3, FakeModel::run), tmp.resolve("whole"), 2, false, RunPlan.Shard.ALL);
        List<Path> shards = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path dir = tmp.resolve("shard" + i);
            Sweep.Result r = run(sweep(3, FakeModel::run), dir, 1, false, new RunPlan.Shard(i, 3));
            assertEquals(4, r.planned());
            assertFalse(Files.exists(dir.resolve(FolderLayout.RUNS)));
            shards.add(dir);
        }
        SweepException missing = assertThrows(SweepException.class,
                () -> sweep(3, FakeModel::run).merge(tmp.resolve("partial"), shards.subList(0, 2)));
        assertTrue(missing.getMessage().startsWith("4 of 12 runs are in none of the shards"));
        Design d = sweep(3, FakeModel::run).design();
        assertTrue(missing.getMessage().contains(d.configurations().get(2).id() + "-r00"));
        assertThrows(SweepException.class, () -> sweep(4, FakeModel::run).merge(tmp.resolve("other"), shards));

        sweep(3, FakeModel::run).merge(tmp.resolve("merged"), shards, FULL_PRECISION);
        assertSameFiles(tmp.resolve("whole"), tmp.resolve("merged"), AGGREGATES);
        assertEquals(runFiles(tmp.resolve("whole")), runFiles(tmp.resolve("merged")));
        assertSameFiles(tmp.resolve("whole"), tmp.resolve("merged"), List.of(FolderLayout.EXPERIMENT));
    }

    @Test
    void resumeAfterKillGivesTheUninterruptedResult() throws Exception {
        Path out = tmp.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                FakeModel.class.getName(), out.toString(), "150", "0")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (countRunFiles(out) < 5 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(20);
            }
            assertTrue(child.isAlive(), "the child finished before it could be killed: "
                    + Files.readString(tmp.resolve("child.log")));
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        int before = countRunFiles(out);
        assertTrue(before >= 5 && before < 24, "killed mid-sweep (" + before + " runs done)");
        assertFalse(Files.exists(out.resolve(FolderLayout.RUNS)));

        Sweep.Result resumed = run(sweep(6, FakeModel::run), out, 2, true, RunPlan.Shard.ALL);
        assertEquals(before, resumed.skipped());
        run(sweep(6, FakeModel::run), tmp.resolve("clean"), 2, false, RunPlan.Shard.ALL);
        assertSameFiles(tmp.resolve("clean"), out, AGGREGATES);
        assertEquals(runFiles(tmp.resolve("clean")), runFiles(out));
    }

    private static int countRunFiles(Path out) throws IOException {
        Path runs = out.resolve(FolderLayout.RUNS_DIR);
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(runs)) {
            return (int) s.filter(p -> p.getFileName().toString().matches("c[0-9a-f]{10}-r\\d+\\.csv\\.gz")).count();
        }
    }

    @Test
    void scenarioOfARunIsRebuiltFromTheDesign() throws Exception {
        Sweep s = sweep(3, FakeModel::run);
        RunSpec run = s.plan().get(7);
        Scenario rebuilt = SweepFolder.scenarioFor(run.runId(), s.spec(), FakeModel.source(40));
        assertEquals(run.seed(), rebuilt.seed());
        assertEquals(FakeModel.source(40).scenario(run.configuration().overrides()).name(), rebuilt.name());
        assertThrows(IllegalArgumentException.class,
                () -> SweepFolder.scenarioFor("c0000000000-r00", s.spec(), FakeModel.source(40)));
        assertTrue(new File(System.getProperty("java.home")).isDirectory());
        assertEquals("name: fake\ndays: 40\n", new String(FakeModel.source(40).resolvedBaseYaml()
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void storedExperimentCopyGivesBackTheOriginalBytes() throws Exception {
        for (String text : List.of("name: a\n", "name: a", "", "name: a\n\n# x\n")) {
            ExperimentSpec spec = FakeModel.factorial(2);
            Sweep s = new Sweep(spec, text.getBytes(StandardCharsets.UTF_8), FakeModel.source(40), FakeModel::run);
            Path out = tmp.resolve("copy" + text.length());
            run(s, out, 1, false, RunPlan.Shard.ALL);
            assertEquals(text, new String(new SweepFolder(out).originalExperimentBytes(), StandardCharsets.UTF_8));
            assertTrue(Files.readString(out.resolve(FolderLayout.EXPERIMENT)).startsWith(text));
        }
    }

    @Test
    void comparisonPairsReplicationsWithTheReferenceAndHolmAdjustsAcrossConfigurations() throws Exception {
        Sweep s = sweep(5, FakeModel::run);
        run(s, tmp.resolve("o"), 2, false, RunPlan.Shard.ALL);
        List<String> runs = Files.readAllLines(tmp.resolve("o/runs.csv"));
        int col = List.of(runs.get(0).split(",")).indexOf("trust_mean");
        String ref = s.design().reference().id();
        double[] p = new double[3];
        int k = 0;
        for (Configuration c : s.design().configurations().stream()
                .sorted(java.util.Comparator.comparing(Configuration::id)).toList()) {
            if (c.id().equals(ref)) {
                continue;
            }
            double[] x = new double[5];
            double[] y = new double[5];
            for (int rep = 0; rep < 5; rep++) {
                String suffix = "-r0" + rep + ",";
                x[rep] = Double.parseDouble(runs.stream().filter(l -> l.startsWith(c.id() + suffix)).findFirst()
                        .orElseThrow().split(",")[col]);
                y[rep] = Double.parseDouble(runs.stream().filter(l -> l.startsWith(ref + suffix)).findFirst()
                        .orElseThrow().split(",")[col]);
            }
            Stats.Paired expected = Stats.paired(x, y);
            String[] cells = Files.readAllLines(tmp.resolve("o/comparison.csv")).stream()
                    .filter(l -> l.startsWith(c.id() + "," + ref + ",") && l.contains(",county,county,all,trust_mean,"))
                    .findFirst().orElseThrow().split(",", -1);
            int n = cells.length;
            assertEquals("5", cells[n - 7]);
            assertEquals(expected.meanDiff(), Double.parseDouble(cells[n - 6]), 1e-12);
            assertEquals(expected.pValue(), Double.parseDouble(cells[n - 2]), 1e-12);
            p[k] = expected.pValue();
            double holm = Double.parseDouble(cells[n - 1]);
            assertTrue(holm >= p[k] - 1e-15);
            k++;
        }
        double[] adjusted = Stats.holm(p);
        k = 0;
        for (String line : Files.readAllLines(tmp.resolve("o/comparison.csv"))) {
            if (line.contains(",county,county,all,trust_mean,")) {
                String[] cells = line.split(",", -1);
                assertEquals(adjusted[k++], Double.parseDouble(cells[cells.length - 1]), 1e-12);
            }
        }
        assertEquals(3, k);
    }
}
