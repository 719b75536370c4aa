package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Morris and Saltelli sweeps through the real CLI and the real model: the analysis files are written,
 * identical at 1 and 2 threads, and a sweep killed with SIGKILL and resumed gives the same files; bad
 * sensitivity designs are refused with file:line key.path messages, exit 2 and nothing written.
 */
class SensitivitySweepTest {

    private static final String COUNTY = """
            name: small
            days: 30
            seed: 5
            communities:
              - {name: a, type: old-urban, households: 150, grids: 1, staff: 2}
              - {name: b, type: relocated, households: 120, relocated_households: 40, grids: 1, staff: 2}
            """;

    private static final String MORRIS = """
            name: morris-small
            base: small.yaml
            sample:
              method: morris
              trajectories: 6
              levels: 4
              ranges:
                events.m2_per_participant: [0.3, 1.0]
                reporting.base: [0.05, 0.2]
                service.hours_per_staff_day: [2.0, 4.0]
            replications: 2
            seed: 3
            summary: {window_days: 10}
            """;

    private static final String SALTELLI = """
            name: saltelli-small
            base: small.yaml
            sample:
              method: saltelli
              n: 8
              ranges:
                events.m2_per_participant: [0.3, 1.0]
                reporting.base: [0.05, 0.2]
            replications: 2
            seed: 4
            summary: {window_days: 10}
            """;

    private static final List<String> FILES = List.of("runs.csv", "summary.csv", "timeseries.csv", "sensitivity.csv");

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private CliHarness.Result sweep(Path exp, Path out, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "sweep";
        args[1] = exp.toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return CliHarness.real(new Main(Engine.DEFAULT, tmp.resolve("results")), args);
    }

    @Test
    void morrisSweepIsIdenticalAtOneAndTwoThreadsAndAfterKillAndResume() throws Exception {
        checkSweep(MORRIS, "mu_star");
    }

    @Test
    void saltelliSweepIsIdenticalAtOneAndTwoThreadsAndAfterKillAndResume() throws Exception {
        checkSweep(SALTELLI, "ST");
    }

    private void checkSweep(String experiment, String index) throws Exception {
        write("small.yaml", COUNTY);
        Path exp = write("exp.yaml", experiment);
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        CliHarness.Result r1 = sweep(exp, one, "--threads", "1", "--no-report");
        assertEquals(0, r1.exit(), r1.toString());
        CliHarness.Result r2 = sweep(exp, two, "--threads", "2", "--no-report");
        assertEquals(0, r2.exit(), r2.toString());
        assertSameFiles(one, two);
        List<String> lines = Files.readAllLines(one.resolve("sensitivity.csv"));
        assertEquals("outcome,parameter,index,estimate,ci_low,ci_high,N", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("participation_rate,events.m2_per_participant," + index + ",")),
                String.join("\n", lines.subList(0, Math.min(10, lines.size()))));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("participation_rate,*,stochastic_share,")));
        assertEquals(1, Files.readAllLines(one.resolve("comparison.csv")).size(), "no t-tests of sampled points");

        Path killed = tmp.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "sweep", exp.toString(), "--out", killed.toString(), "--threads", "1", "--no-report")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (runFiles(killed) < 4 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(10);
            }
            assertTrue(child.isAlive(), "the child finished before it could be killed: "
                    + Files.readString(tmp.resolve("child.log")));
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertFalse(Files.exists(killed.resolve("sensitivity.csv")));
        CliHarness.Result resumed = sweep(exp, killed, "--resume", "--threads", "2", "--no-report");
        assertEquals(0, resumed.exit(), resumed.toString());
        assertSameFiles(one, killed);
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    private static int runFiles(Path out) throws IOException {
        Path runs = out.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(runs)) {
            return (int) s.filter(p -> p.getFileName().toString().endsWith(".csv.gz")).count();
        }
    }

    private static final String ROBUSTNESS = """
            name: robust-small
            base: small.yaml
            robustness:
              variants:
                - name: baseline
                - name: joint-building
                  overrides: {mechanisms.joint_building.enabled: true}
              samples: 6
              ranges:
                events.m2_per_participant: [0.3, 1.0]
                reporting.base: [0.05, 0.2]
              threshold: 0.0
            reference: baseline
            replications: 2
            seed: 8
            summary: {window_days: 10}
            """;

    @Test
    void robustnessSweepPairsEveryVariantWithTheSameAssumptionsAndReportsThem() throws Exception {
        write("small.yaml", COUNTY);
        Path exp = write("robust.yaml", ROBUSTNESS);
        Path out = tmp.resolve("robust");
        CliHarness.Result r = sweep(exp, out, "--threads", "2");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("24 of 24 runs done"), r.toString());
        List<String> rows = Files.readAllLines(out.resolve("robustness.csv"));
        assertEquals("outcome,configuration,statistic,other,estimate,ci_low,ci_high,n", rows.get(0));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("participation_rate,joint-building,effect_mean,baseline,")));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("participation_rate,baseline,p_beats,joint-building,")));
        assertTrue(Files.exists(out.resolve("prim.csv")));
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        String header = runs.get(0);
        assertTrue(header.startsWith("run_id,config_id,") && header.contains(",variant,"), header);
        long baselineRuns = runs.stream().filter(l -> l.contains(",baseline,")).count();
        assertEquals(12, baselineRuns);
        String html = Files.readString(out.resolve("report/report.html"));
        assertTrue(html.contains("Robustness across assumptions"), "report section");
        assertTrue(html.contains("p-values are not shown"), "the report says why");
        byte[] before = Files.readAllBytes(out.resolve("robustness.csv"));
        CliHarness.Result report = CliHarness.real(new Main(Engine.DEFAULT, tmp.resolve("results")), "report",
                out.toString(), "--format", "svg");
        assertEquals(0, report.exit(), report.toString());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("robustness.csv")), "report recomputes the same");
    }

    @Test
    void summaryOnlySweepKeepsNoDailyRowsAndGivesTheSameSummariesAndIndices() throws Exception {
        write("small.yaml", COUNTY);
        Path full = write("exp.yaml", MORRIS);
        Path lean = write("lean.yaml", MORRIS.replace("summary: {window_days: 10}", "summary: {window_days: 10, daily: false}"));
        Path a = tmp.resolve("full");
        Path b = tmp.resolve("lean");
        assertEquals(0, sweep(full, a, "--no-report").exit());
        assertEquals(0, sweep(lean, b, "--no-report").exit());
        assertArrayEquals(Files.readAllBytes(a.resolve("runs.csv")), Files.readAllBytes(b.resolve("runs.csv")));
        assertArrayEquals(Files.readAllBytes(a.resolve("sensitivity.csv")), Files.readAllBytes(b.resolve("sensitivity.csv")));
        assertEquals(1, Files.readAllLines(b.resolve("timeseries.csv")).size(), "header only");
        long fullBytes = folderBytes(a.resolve("runs"));
        long leanBytes = folderBytes(b.resolve("runs"));
        assertTrue(leanBytes * 4 < fullBytes, "summary-only run files are small: " + leanBytes + " vs " + fullBytes);
    }

    private static long folderBytes(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            long sum = 0;
            for (Path p : s.toList()) {
                sum += Files.size(p);
            }
            return sum;
        }
    }

    private void assertRefused(String experiment, String expected) throws IOException {
        write("small.yaml", COUNTY);
        Path exp = write("bad.yaml", experiment);
        Path out = tmp.resolve("bad-out");
        CliHarness.Result r = sweep(exp, out);
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.toString());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void morrisWithFewerThanTwoLevelsIsRefusedAtItsLine() throws IOException {
        assertRefused(MORRIS.replace("levels: 4", "levels: 1"),
                "bad.yaml:6:11 sample.levels: a Morris design needs at least 2 levels (got 1)");
        assertRefused(MORRIS.replace("levels: 4", "levels: 5"), "bad.yaml:6:11 sample.levels: Morris levels must be even");
    }

    @Test
    void morrisCandidatesFewerThanTheTrajectoriesAreRefusedAtTheirLine() throws IOException {
        assertRefused(MORRIS.replace("levels: 4\n", "levels: 4\n  candidates: 3\n"),
                "bad.yaml:7:15 sample.candidates: the optimised design chooses the 6 trajectories among the"
                        + " candidates, so it needs at least 6 (got 3;");
        assertRefused(MORRIS.replace("levels: 4\n", "levels: 4\n  candidates: 5000\n"),
                "bad.yaml:7:15 sample.candidates: must be between 2 and 1000 (got 5000)");
    }

    @Test
    void saltelliNThatIsNotAPowerOfTwoIsRefusedWithTheNearestPowers() throws IOException {
        assertRefused(SALTELLI.replace("n: 8\n", "n: 100\n"),
                "bad.yaml:5:6 sample.n: the Saltelli base sample size N must be a power of two");
        assertRefused(SALTELLI.replace("n: 8\n", "n: 100\n"), "(got 100; use 64 or 128)");
    }

    @Test
    void unknownParameterAndRangeOutsideTheAllowedRangeAreRefusedAtTheirLines() throws IOException {
        assertRefused(SALTELLI.replace("reporting.base: [0.05, 0.2]", "reporting.bsae: [0.05, 0.2]"),
                "bad.yaml:8:");
        assertRefused(SALTELLI.replace("reporting.base: [0.05, 0.2]", "reporting.base: [0.05, 1.5]"),
                "bad.yaml:8:28 sample.ranges.reporting.base[1]: must be a share between 0 and 1 (got 1.5)");
    }

    @Test
    void sampledDesignsHaveNoReference() throws IOException {
        assertRefused(MORRIS + "reference: {reporting.base: 0.1}\n", "reference: a sampled design has no reference");
    }
}
