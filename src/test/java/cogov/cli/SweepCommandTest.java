package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.output.FolderLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cogov sweep}, {@code cogov merge} and {@code cogov run --from} on a tiny county with the real model. */
class SweepCommandTest {

    private static final String TINY = """
            name: tiny
            days: 20
            seed: 5
            communities:
              - {name: a, type: old-urban, households: 60, grids: 1, staff: 2}
              - {name: b, type: relocated, households: 50, relocated_households: 20, grids: 1, staff: 2}
            """;

    private static final String EXPERIMENT = """
            name: tiny-exp
            base: tiny.yaml
            factors:
              mechanisms.joint_building.enabled: [false, true]
              communities[0].staff: [2, 4]
            replications: 3
            seed: 11
            summary: {window_days: 10}
            reference:
              mechanisms.joint_building.enabled: false
              communities[0].staff: 2
            """;

    @TempDir
    Path tmp;

    private Main cogov() {
        return new Main(Engine.DEFAULT, tmp.resolve("results"));
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private CliHarness.Result sweep(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "sweep";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliHarness.real(cogov(), all);
    }

    private static void assertSameAggregates(Path a, Path b) throws IOException {
        for (String f : List.of("runs.csv", "timeseries.csv", "summary.csv", "comparison.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void sweepWritesResultsAndRefusesToOverwrite() throws Exception {
        write("tiny.yaml", TINY);
        Path exp = write("exp.yaml", EXPERIMENT);
        CliHarness.Result r = sweep(exp.toString(), "--threads", "2");
        assertEquals(0, r.exit(), r.toString());
        Path out = tmp.resolve("results/tiny-exp");
        assertTrue(r.out().contains("Results in " + out), r.toString());
        assertTrue(r.err().contains("12 of 12 runs done"), r.toString());
        assertEquals(13, Files.readAllLines(out.resolve("runs.csv")).size());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"runs_failed\": 0"));

        CliHarness.Result again = sweep(exp.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.exit(), again.toString());
        assertTrue(again.err().contains("--resume"), again.toString());

        CliHarness.Result resumed = sweep(exp.toString(), "--resume", "--threads", "1");
        assertEquals(0, resumed.exit(), resumed.toString());
        assertTrue(resumed.err().contains("(12 already done)"), resumed.toString());
    }

    @Test
    void shardsMergeAndARunCanBeRepeatedFromTheFolder() throws Exception {
        write("tiny.yaml", TINY);
        Path exp = write("exp.yaml", EXPERIMENT);
        Path whole = tmp.resolve("whole");
        assertEquals(0, sweep(exp.toString(), "--out", whole.toString(), "--threads", "2").exit());
        Path s0 = tmp.resolve("s0");
        Path s1 = tmp.resolve("s1");
        assertEquals(0, sweep(exp.toString(), "--shard", "0/2", "--out", s0.toString()).exit());
        CliHarness.Result missing = CliHarness.real(cogov(), "merge", tmp.resolve("m1").toString(), s0.toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.exit());
        assertTrue(missing.err().contains("6 of 12 runs are in none of the shards"), missing.toString());
        assertEquals(0, sweep(exp.toString(), "--shard", "1/2", "--out", s1.toString()).exit());
        CliHarness.Result merged = CliHarness.real(cogov(), "merge", tmp.resolve("m").toString(), s0.toString(),
                s1.toString());
        assertEquals(0, merged.exit(), merged.toString());
        assertSameAggregates(whole, tmp.resolve("m"));

        String line = Files.readAllLines(whole.resolve("runs.csv")).get(5);
        String runId = line.substring(0, line.indexOf(','));
        CliHarness.Result rerun = CliHarness.real(cogov(), "run", "--from", whole.toString(), "--run", runId,
                "--out", tmp.resolve("again").toString());
        assertEquals(0, rerun.exit(), rerun.toString());
        List<String> sweepRows = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(
                whole.resolve("runs/" + runId + FolderLayout.RUN_FILE))).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains(",county,county,all,") && !l.contains(",county,county,all,,")).toList();
        List<String> runRows = Files.readAllLines(tmp.resolve("again/timeseries.csv")).stream()
                .filter(l -> l.contains(",county,county,")).toList();
        assertEquals(20, sweepRows.size());
        for (int i = 0; i < sweepRows.size(); i++) {
            // the run file's days are at the aggregates' seven significant digits, the run folder's at full precision
            String[] sweepCells = sweepRows.get(i).split(",", -1);
            String[] runCells = runRows.get(i).split(",", -1);
            assertEquals(runCells.length, sweepCells.length);
            for (int c = 4; c < sweepCells.length; c++) {
                if (sweepCells[c].isEmpty()) {
                    assertEquals("", runCells[c], "day " + (i + 1) + " column " + c);
                    continue;
                }
                double x = Double.parseDouble(runCells[c]);
                assertEquals(x, Double.parseDouble(sweepCells[c]), Math.abs(x) * 1e-6, "day " + (i + 1) + " column " + c);
            }
        }
    }

    @Test
    void dryRunPrintsDesignRunCountAndEachPhaseAndWritesNothing() throws Exception {
        write("tiny.yaml", TINY);
        Path exp = write("exp.yaml", EXPERIMENT);
        Path scratch = Files.createDirectories(tmp.resolve("tmpdir"));
        String tmpdir = System.getProperty("java.io.tmpdir");
        CliHarness.Result r;
        try {
            System.setProperty("java.io.tmpdir", scratch.toString());
            r = sweep(exp.toString(), "--dry-run", "--threads", "2");
        } finally {
            System.setProperty("java.io.tmpdir", tmpdir);
        }
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("4 configurations x 3 replications = 12 runs"), r.toString());
        assertTrue(r.out().contains("(reference)"), r.toString());
        // the sample: 4 configurations (all of them, at most 6) x 2 replications or more (runs this short get all
        // three the experiment has, for 2 s of runs), timed on 2 threads
        assertTrue(r.out().matches("(?s).*\\nTimed sample: (8|12) runs \\(4 configurations x (2|3) replications\\) on 2"
                + " threads: runs .*"), r.toString());
        // a warm-up before the timed runs, which are timed one by one on their threads
        assertTrue(r.out().contains("Warm-up: "), r.toString());
        assertTrue(r.out().contains(" s per run and thread at the steady speed), aggregation after the last run "),
                r.toString());
        assertTrue(r.out().contains("The sampled runs were on a CPU "), r.toString());
        for (String phase : List.of("  set-up      ", "  runs        ", "  aggregate   ", "  report      ")) {
            assertTrue(r.out().contains(phase), phase + " in " + r);
        }
        assertTrue(r.out().contains("(12 runs)"), r.toString());
        assertTrue(r.out().contains("Estimated time: about "), r.toString());
        assertFalse(Files.exists(tmp.resolve("results")), "a dry run writes no results");
        try (var left = Files.list(scratch)) {
            assertEquals(List.of(), left.toList(), "the timed sample's folder is deleted");
        }

        CliHarness.Result noReport = sweep(exp.toString(), "--dry-run", "--threads", "1", "--no-report");
        assertEquals(0, noReport.exit(), noReport.toString());
        assertTrue(noReport.out().contains("(none written)"), noReport.toString());
        assertTrue(noReport.out().contains("report, 0.0 s") || noReport.out().contains("report 0.0 s"),
                noReport.toString());
        CliHarness.Result shard = sweep(exp.toString(), "--dry-run", "--threads", "1", "--shard", "0/2");
        assertEquals(0, shard.exit(), shard.toString());
        assertTrue(shard.out().contains("(6 runs)"), shard.toString());
        assertTrue(shard.out().contains("a shard writes no aggregates"), shard.toString());
    }

    @Test
    void estimatesUnderTenMinutesKeepTheirSeconds() {
        assertEquals("9.5 s", SweepCommand.human(9.5));
        assertEquals("95 s", SweepCommand.human(95));
        assertEquals("2 min 10 s", SweepCommand.human(130.2));
        assertEquals("9 min 59 s", SweepCommand.human(599));
        assertEquals("10 min", SweepCommand.human(600));
        assertEquals("90 min", SweepCommand.human(5400));
        assertEquals("2.5 h", SweepCommand.human(9000));
    }

    @Test
    void badExperimentFilesGiveExitTwoWithLineNumbers() throws Exception {
        write("tiny.yaml", TINY);
        Path exp = write("bad.yaml", """
                name: bad
                base: tiny.yaml
                factors:
                  mechanisms.joint_bilding.enabled: [false, true]
                  communities[0].staff: [2, -3]
                replicatons: 3
                summary: {window_days: 0}
                """);
        CliHarness.Result r = sweep(exp.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.toString());
        String f = exp.toString();
        assertTrue(r.err().contains(f + ":4:38 factors.mechanisms.joint_bilding.enabled[0]: unknown key"), r.toString());
        assertTrue(r.err().contains(f + ":5:29 factors.communities[0].staff[1]: "), r.toString());
        assertTrue(r.err().contains("(got -3)"), r.toString());
        assertTrue(r.err().contains(f + ":6:1 replicatons: unknown key (did you mean 'replications'?)"), r.toString());
        assertTrue(r.err().contains(f + ":7:24 summary.window_days: must be between 1 and 100000 (got 0)"),
                r.toString());

        Path noBase = write("nobase.yaml", "name: x\nbase: missing.yaml\nvariants: []\n");
        CliHarness.Result r2 = sweep(noBase.toString());
        assertEquals(ExitCodes.BAD_INPUT, r2.exit());
        assertTrue(r2.err().contains(noBase + ":2:7 base: file not found"), r2.toString());
        assertTrue(r2.err().contains(noBase + ":3:11 variants: must be a non-empty list"), r2.toString());

        Path twoDesigns = write("two.yaml", "base: tiny.yaml\nfactors: {seed: [1, 2]}\nsample: {method: halton}\n"
                + "reference: nope\n");
        CliHarness.Result r3 = sweep(twoDesigns.toString());
        assertEquals(ExitCodes.BAD_INPUT, r3.exit());
        assertTrue(r3.err().contains(twoDesigns + ":3:9 sample: give only one of factors, variants, sample and robustness"),
                r3.toString());
        assertTrue(r3.err().contains("sample.method: must be lhs, sobol, morris or saltelli (got 'halton')"), r3.toString());

        assertEquals(ExitCodes.BAD_INPUT, sweep(tmp.resolve("none.yaml").toString()).exit());
        assertEquals(ExitCodes.BAD_INPUT, sweep(exp.toString(), "--shard", "3/2").exit());
    }

    @Test
    void shippedExperimentsLoad() throws Exception {
        for (String name : List.of("mechanisms", "quick")) {
            Path file = Path.of("scenarios/experiments/" + name + ".yaml");
            cogov.config.ExperimentSpec spec = cogov.config.ExperimentLoader.load(file);
            cogov.experiment.Design d = cogov.experiment.Design.expand(spec);
            assertEquals(name.equals("mechanisms") ? 32 : 4, d.configurations().size());
            assertEquals(name.equals("mechanisms") ? 12 : 5, spec.replications());
            assertTrue(d.reference().overrides().values().stream().noneMatch(Boolean.TRUE::equals));
        }
    }

    @Test
    void shippedSensitivityExperimentsLoadWithTheirStatedRunCounts() throws Exception {
        for (String name : List.of("morris-quick", "sobol-quick")) {
            Path file = Path.of("scenarios/experiments/" + name + ".yaml");
            cogov.config.ExperimentSpec spec = cogov.config.ExperimentLoader.load(file);
            cogov.experiment.Design d = cogov.experiment.Design.expand(spec);
            assertTrue(d.sampled());
            int runs = d.configurations().size() * spec.replications();
            assertEquals(name.equals("morris-quick") ? 120 : 324, runs, name);
        }
    }
}
