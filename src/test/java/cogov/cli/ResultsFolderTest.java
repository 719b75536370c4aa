package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.experiment.RunFile;
import cogov.output.FolderLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a sweep or run folder does over its life: extended with more replications, replaced with
 * {@code --force} only when the new one is complete, and readable by the group as the umask says.
 */
class ResultsFolderTest {

    private static final String TINY = """
            name: tiny
            days: 15
            seed: 5
            communities:
              - {name: a, type: old-urban, households: 50, grids: 1, staff: 2}
            """;

    private static String experiment(int replications, int seed) {
        return """
                name: tiny-exp
                base: tiny.yaml
                variants:
                  - name: baseline
                  - name: jb
                    overrides: {mechanisms.joint_building.enabled: true}
                replications: %d
                seed: %d
                summary: {window_days: 10}
                reference: baseline
                """.formatted(replications, seed);
    }

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    private CliHarness.Result cogov(String... args) {
        return CliHarness.real(new Main(Engine.DEFAULT, tmp.resolve("results")), args);
    }

    private static Map<String, FileTime> runFiles(Path sweep) throws IOException {
        Map<String, FileTime> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(sweep.resolve("runs"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(FolderLayout.RUN_FILE)).sorted().toList()) {
                files.put(p.getFileName().toString(), Files.getLastModifiedTime(p));
            }
        }
        return files;
    }

    @Test
    void resumeAddsReplicationsRunningOnlyTheNewOnes() throws Exception {
        write("tiny.yaml", TINY);
        Path exp = write("exp.yaml", experiment(2, 11));
        Path out = tmp.resolve("grown");
        assertEquals(0, cogov("sweep", exp.toString(), "--out", out.toString(), "--no-report").exit());
        Map<String, FileTime> before = runFiles(out);
        assertEquals(4, before.size());

        write("exp.yaml", experiment(4, 11));
        CliHarness.Result grown = cogov("sweep", exp.toString(), "--out", out.toString(), "--resume", "--no-report");
        assertEquals(0, grown.exit(), grown::toString);
        assertTrue(grown.err().contains("8 of 8 runs done (4 already done)"), grown::toString);
        Map<String, FileTime> after = runFiles(out);
        assertEquals(8, after.size());
        before.forEach((name, time) -> assertEquals(time, after.get(name), name + " was run again"));
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"replications_extended_from\": 2"));

        Path fresh = tmp.resolve("fresh");
        assertEquals(0, cogov("sweep", exp.toString(), "--out", fresh.toString(), "--no-report").exit());
        for (String f : List.of("runs.csv", "summary.csv", "comparison.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(f)), Files.readAllBytes(out.resolve(f)),
                    f + ": an extended sweep must equal one run with 4 replications from the start");
        }
    }

    @Test
    void resumeKeepsTheRunFilesDaysAndPrecision() throws Exception {
        write("tiny.yaml", TINY);
        Path exp = write("exp.yaml", experiment(2, 11));
        Path out = tmp.resolve("kept");
        assertEquals(0, cogov("sweep", exp.toString(), "--out", out.toString(), "--no-report", "--every", "5").exit());
        CliHarness.Result days = cogov("sweep", exp.toString(), "--out", out.toString(), "--resume", "--every", "3");
        assertEquals(ExitCodes.BAD_INPUT, days.exit(), days::toString);
        assertTrue(days.err().contains("was written with --every 5") && days.err().contains("resume it with --every 5"),
                days::toString);
        CliHarness.Result precision = cogov("sweep", exp.toString(), "--out", out.toString(), "--resume", "--every", "5",
                "--full-precision");
        assertEquals(ExitCodes.BAD_INPUT, precision.exit(), precision::toString);
        assertTrue(precision.err().contains("resume it without --full-precision"), precision::toString);
        CliHarness.Result same = cogov("sweep", exp.toString(), "--out", out.toString(), "--resume", "--every", "5",
                "--no-report");
        assertEquals(0, same.exit(), same::toString);
    }

    @Test
    void resumeRefusesAnythingButMoreReplications() throws Exception {
        write("tiny.yaml", TINY);
        Path exp = write("exp.yaml", experiment(3, 11));
        Path out = tmp.resolve("s");
        assertEquals(0, cogov("sweep", exp.toString(), "--out", out.toString(), "--no-report").exit());

        write("exp.yaml", experiment(2, 11));
        CliHarness.Result fewer = cogov("sweep", exp.toString(), "--out", out.toString(), "--resume");
        assertEquals(ExitCodes.BAD_INPUT, fewer.exit(), fewer::toString);
        assertTrue(fewer.err().contains("fewer replications (3 -> 2; replications can only be added)"), fewer::toString);

        write("exp.yaml", experiment(5, 12));
        CliHarness.Result reseeded = cogov("sweep", exp.toString(), "--out", out.toString(), "--resume");
        assertEquals(ExitCodes.BAD_INPUT, reseeded.exit(), reseeded::toString);
        assertTrue(reseeded.err().contains("the master seed (11 -> 12)"), reseeded::toString);
        assertEquals(6, runFiles(out).size(), "a refused resume runs nothing");
    }

    @Test
    void forceReplacesASweepOnlyWhenTheNewOneIsComplete() throws Exception {
        write("tiny.yaml", TINY);
        Path exp = write("exp.yaml", experiment(2, 11));
        Path out = tmp.resolve("s");
        assertEquals(0, cogov("sweep", exp.toString(), "--out", out.toString(), "--no-report").exit());
        byte[] oldRuns = Files.readAllBytes(out.resolve("runs.csv"));

        CliHarness.Result both = cogov("sweep", exp.toString(), "--out", out.toString(), "--force", "--resume");
        assertEquals(ExitCodes.BAD_INPUT, both.exit(), both::toString);

        Main failing = FakeEngine.fake(3);
        CliHarness.Result broken = CliHarness.real(failing, "sweep", exp.toString(), "--out", out.toString(), "--force",
                "--no-report");
        assertEquals(ExitCodes.INTERNAL_ERROR, broken.exit(), broken::toString);
        assertArrayEquals(oldRuns, Files.readAllBytes(out.resolve("runs.csv")), "old sweep changed by a failed --force");
        assertTrue(Files.isRegularFile(tmp.resolve("s-new/runs.csv")), "the failed new sweep is kept beside it");
        assertTrue(broken.err().contains("was not replaced"), broken::toString);

        write("exp.yaml", experiment(3, 11));
        CliHarness.Result replaced = cogov("sweep", exp.toString(), "--out", out.toString(), "--force");
        assertEquals(0, replaced.exit(), replaced::toString);
        assertEquals(7, Files.readAllLines(out.resolve("runs.csv")).size(), "header and 6 runs of the new sweep");
        assertTrue(Files.isRegularFile(out.resolve("report/report.html")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
                    "no temporary or old folder left");
        }
    }

    @Test
    void forceReplacesARunFolder() throws Exception {
        Path scenario = write("tiny.yaml", TINY);
        Path out = tmp.resolve("run");
        assertEquals(0, cogov("run", scenario.toString(), "--out", out.toString()).exit());
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertEquals(ExitCodes.BAD_INPUT, cogov("run", scenario.toString(), "--out", out.toString()).exit());
        CliHarness.Result r = cogov("run", scenario.toString(), "--out", out.toString(), "--force", "--days", "5");
        assertEquals(0, r.exit(), r::toString);
        assertFalse(Files.exists(out.resolve("notes.txt")));
        assertEquals(6, Files.readAllLines(out.resolve("timeseries.csv")).stream()
                .filter(l -> l.contains(",county,")).count() + 1);
    }

    @Test
    void sweepAndRunEndWithNamedPhasesAndHeadlineOutcomes() throws Exception {
        Path scenario = write("tiny.yaml", TINY);
        Path exp = write("exp.yaml", experiment(3, 11));
        CliHarness.Result sweep = cogov("sweep", exp.toString(), "--out", tmp.resolve("s").toString());
        assertEquals(0, sweep.exit(), sweep::toString);
        String err = sweep.err();
        int runs = err.indexOf("runs ");
        int aggregate = err.indexOf("cogov: aggregate: runs.csv");
        int report = err.indexOf("cogov: report: done in");
        int headline = err.indexOf("Headline outcomes (mean of the last 10 days; 95% CI");
        assertTrue(runs >= 0 && runs < aggregate && aggregate < report && report < headline, err);
        assertTrue(err.contains("baseline (reference)") && err.contains("Participation rate (share)"), err);
        assertTrue(err.lines().anyMatch(l -> l.matches("\\s+Participation rate \\(share\\)\\s+\\d\\.\\d+ \\[.*\\]\\s+jb\\s+.*")),
                "reference vs best with intervals: " + err);
        assertTrue(err.contains("full tables: report/report.html)"), err);
        Path unreported = tmp.resolve("no-report");
        CliHarness.Result bare = cogov("sweep", exp.toString(), "--out", unreported.toString(), "--no-report");
        assertEquals(0, bare.exit(), bare::toString);
        assertFalse(Files.exists(unreported.resolve("report")), bare::toString);
        assertTrue(bare.err().contains("full tables: cogov report on this folder writes them):"),
                "no report written, so the headline names the command that writes it: " + bare.err());
        CliHarness.Result run = cogov("run", scenario.toString(), "--out", tmp.resolve("r").toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.err().contains("Headline outcomes, county-wide (window: the last "), run::toString);
        assertTrue(run.err().lines().anyMatch(l -> l.matches("\\s+Participation rate \\(share\\)\\s+\\d.*")),
                run::toString);
    }

    /** The largest count of significant digits among the numeric cells of a CSV file. */
    private static int maxSignificantDigits(Path csv) throws IOException {
        int most = 0;
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            for (String cell : line.split(",")) {
                if (cell.matches("-?\\d+\\.\\d+(E-?\\d+)?")) {
                    String digits = cell.replaceFirst("^-", "").replaceFirst("E.*$", "").replace(".", "")
                            .replaceFirst("^0+", "");
                    most = Math.max(most, digits.length());
                }
            }
        }
        return most;
    }

    @Test
    void aggregatesHaveSevenSignificantDigitsUnlessFullAndTheSeriesCanBeThinnedOrLeftOut() throws Exception {
        write("tiny.yaml", TINY);
        Path exp = write("exp.yaml", experiment(2, 11));
        Path full = tmp.resolve("full");
        Path compact = tmp.resolve("compact");
        assertEquals(0, cogov("sweep", exp.toString(), "--out", full.toString(), "--no-report", "--full-precision").exit());
        assertEquals(0, cogov("sweep", exp.toString(), "--out", compact.toString(), "--no-report").exit());
        for (String f : List.of("runs.csv", "timeseries.csv", "summary.csv", "comparison.csv")) {
            assertTrue(maxSignificantDigits(compact.resolve(f)) <= 7, f + " has more than 7 significant digits");
            assertTrue(maxSignificantDigits(full.resolve(f)) > 7, f + " at full precision");
            assertTrue(Files.size(compact.resolve(f)) < Files.size(full.resolve(f)), f + " is not smaller");
        }
        List<String> fullRows = Files.readAllLines(full.resolve("summary.csv"));
        List<String> compactRows = Files.readAllLines(compact.resolve("summary.csv"));
        String[] a = fullRows.get(5).split(",");
        String[] b = compactRows.get(5).split(",");
        for (int c = 0; c < a.length; c++) {
            if (a[c].matches("-?\\d+\\.\\d+")) {
                double x = Double.parseDouble(a[c]);
                assertEquals(x, Double.parseDouble(b[c]), Math.abs(x) * 1e-6, "column " + c);
            }
        }

        Path weekly = tmp.resolve("weekly");
        assertEquals(0, cogov("sweep", exp.toString(), "--out", weekly.toString(), "--no-report", "--every", "7").exit());
        List<String> days = Files.readAllLines(weekly.resolve("timeseries.csv")).stream().skip(1)
                .filter(l -> l.contains(",county,county,")).map(l -> l.split(",")[5]).distinct().toList();
        assertEquals(List.of("7", "14", "15"), days, "every 7th day and the last of 15");
        assertTrue(Files.readString(weekly.resolve("manifest.json")).contains("\"timeseries_every_days\": 7"));

        Path none = tmp.resolve("none");
        CliHarness.Result r = cogov("sweep", exp.toString(), "--out", none.toString(), "--no-timeseries");
        assertEquals(0, r.exit(), r::toString);
        assertFalse(Files.exists(none.resolve("timeseries.csv")));
        assertTrue(Files.isRegularFile(none.resolve("report/report.html")), "the report works without the series");
        assertEquals(ExitCodes.BAD_INPUT, cogov("sweep", exp.toString(), "--out", tmp.resolve("x").toString(),
                "--every", "0").exit());
    }

    /** The permissions a new file and folder get from this process's umask. */
    private Set<PosixFilePermission>[] umaskModes() throws IOException {
        Path probeFile = Files.createFile(tmp.resolve("probe-file"));
        Path probeDir = Files.createDirectory(tmp.resolve("probe-dir"));
        @SuppressWarnings("unchecked")
        Set<PosixFilePermission>[] modes = new Set[] {Files.getPosixFilePermissions(probeFile),
            Files.getPosixFilePermissions(probeDir)};
        Files.delete(probeFile);
        Files.delete(probeDir);
        return modes;
    }

    @Test
    void everyResultFileFollowsTheUmask() throws Exception {
        Set<PosixFilePermission>[] modes = umaskModes();
        write("tiny.yaml", TINY);
        Path exp = write("exp.yaml", experiment(2, 11));
        Path sweep = tmp.resolve("out/sweep");
        assertEquals(0, cogov("sweep", exp.toString(), "--out", sweep.toString()).exit());
        assertEquals(0, cogov("report", sweep.toString(), "--format", "pdf", "--metrics", "participation_rate").exit());
        Path run = tmp.resolve("out/run");
        assertEquals(0, cogov("run", tmp.resolve("tiny.yaml").toString(), "--out", run.toString()).exit());
        assertEquals(0, cogov("run", tmp.resolve("tiny.yaml").toString(), "--out", run.toString(), "--force").exit());
        assertEquals(0, cogov("report", run.toString(), "--format", "png", "--metrics", "participation_rate").exit());
        try (Stream<Path> all = Files.walk(tmp.resolve("out"))) {
            for (Path p : all.toList()) {
                boolean dir = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                assertEquals(PosixFilePermissions.toString(modes[dir ? 1 : 0]),
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
            }
        }
        for (Path p : List.of(sweep.resolve("report/report.html"), sweep.resolve("manifest.json"),
                sweep.resolve("experiment.yaml"), run.resolve("manifest.json"), run.resolve("report"))) {
            assertTrue(Files.exists(p), p + " was not written, so its permissions were not checked");
        }
    }
}
