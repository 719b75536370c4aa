package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cogov calibrate} on a tiny county with the real model: outputs, report, dry run, bad input. */
class CalibrateCommandTest {

    private static final String TINY = """
            name: tiny
            days: 40
            seed: 5
            residents:
              threshold: {distribution: normal, mean: 0.35, sd: 0.12}
            communities:
              - {name: a, type: old-urban, households: 80, grids: 1, staff: 2}
              - {name: b, type: relocated, households: 60, relocated_households: 20, grids: 1, staff: 2}
            """;

    private static final String TARGETS = """
            targets:
              - {name: res, metric: resolution_rate, window_days: 20, value: 0.5, sd: 0.1, source: a test figure}
              - {name: part, metric: participation_rate, scope: {type: relocated}, window_days: 20, value: 0.2, sd: 0.05, source: a test figure}
              - {name: gap, metric: equity_participation_gap, window_days: 20, interval: [0, 0.2], holdout: true, source: a test figure}
              - {name: belonging, metric: belonging_share, status: needs-metric, value: 0.6, sd: 0.1, source: a test figure the model has no metric for}
            """;

    private static final String CALIBRATION = """
            name: tiny-cal
            base: tiny.yaml
            targets: targets.yaml
            parameters:
              service.resolve_share: [0.2, 0.8]
              residents.threshold.mean: [0.2, 0.5]
            particles: 10
            replications: 1
            generations: 2
            seed: 3
            """;

    @TempDir
    Path tmp;

    /** The summary line's candidates simulated (group 1) and read back (group 2). */
    private static final java.util.regex.Pattern COUNTS = java.util.regex.Pattern.compile(
            "(\\d+) candidates simulated, (\\d+) reused from earlier runs");

    private Main cogov() {
        return new Main(Engine.DEFAULT, tmp.resolve("results"));
    }

    private Path files(String calibration, String targets) throws IOException {
        Files.writeString(tmp.resolve("tiny.yaml"), TINY);
        Files.writeString(tmp.resolve("targets.yaml"), targets);
        Path file = tmp.resolve("cal.yaml");
        Files.writeString(file, calibration);
        return file;
    }

    @Test
    void calibrationWritesPosteriorChecksCalibratedScenarioAndReport() throws Exception {
        Path file = files(CALIBRATION, TARGETS);
        CliHarness.Result r = CliHarness.real(cogov(), "calibrate", file.toString(), "--threads", "2");
        assertEquals(0, r.exit(), r.toString());
        Path out = tmp.resolve("results").resolve("tiny-cal");
        assertTrue(r.out().contains("Results in " + out), r.toString());
        assertTrue(r.err().contains("generation 0: tolerance none (prior draws)"), r.err());
        assertTrue(r.err().contains("generation 1 done: 10 particles from"), r.err());
        for (String f : new String[] {"posterior.csv", "posterior_summary.csv", "generations.csv", "predictive.csv",
            "calibrated.yaml", "manifest.json", "calibration.yaml", "targets.yaml", "scenario.yaml"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        String html = Files.readString(out.resolve("report/report.html"));
        assertTrue(html.contains("Posterior predictive checks") && html.contains("Hold-out targets"), "report sections");
        assertTrue(html.contains("belonging"), "skipped targets are named");
        assertTrue(Files.isRegularFile(out.resolve("report/charts/pair-0-1.svg")));
        assertEquals(0, CliHarness.real(cogov(), "validate", out.resolve("calibrated.yaml").toString()).exit());
        CliHarness.Result report = CliHarness.real(cogov(), "report", out.toString(), "--format", "png,pdf", "--out",
                tmp.resolve("rep").toString());
        assertEquals(0, report.exit(), report.toString());
        assertTrue(Files.isRegularFile(tmp.resolve("rep/charts/check-fitted.pdf")));
        assertTrue(Files.isRegularFile(tmp.resolve("rep/charts/marginal-0.png")));
        assertTrue(Files.readString(tmp.resolve("rep/report.html")).contains("charts/pair-0-1.pdf"));

        CliHarness.Result again = CliHarness.real(cogov(), "calibrate", file.toString());
        assertEquals(2, again.exit(), again.toString());
        assertTrue(again.err().contains("use --resume"), again.err());
        CliHarness.Result resumed = CliHarness.real(cogov(), "calibrate", file.toString(), "--resume", "--no-report");
        assertEquals(0, resumed.exit(), resumed.toString());
        assertTrue(resumed.err().contains("0 candidates simulated"), resumed.err());
    }

    @Test
    void dryRunPrintsParametersTargetsRunCountAndEstimate() throws Exception {
        Path file = files(CALIBRATION, TARGETS);
        CliHarness.Result r = CliHarness.real(cogov(), "calibrate", file.toString(), "--dry-run", "--threads", "2");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("service.resolve_share\tuniform\t0.2\t0.8"), r.out());
        assertTrue(r.out().contains("belonging\tskipped (needs metric)"), r.out());
        assertTrue(r.out().contains("gap\tholdout"), r.out());
        assertTrue(r.out().contains("10 particles x 1 replications, up to 2 generations: 20 to 1000 runs"), r.out());
        // timed like a sweep's dry run: prior draws of the base scenario, warmed up, then 6 draws x 2 or more
        assertTrue(r.out().contains("Warm-up: "), r.out());
        assertTrue(r.out().matches("(?s).*\\nTimed sample: [0-9]+ runs \\(6 configurations x [0-9]+ replications\\) on 2"
                + " threads: runs .*"), r.out());
        assertTrue(r.out().matches("(?s).*\\nEstimated time: [0-9.]+ (s|min|h) to [0-9.]+ (s|min|h) on 2 threads for"
                + " the runs .*"), r.out());
        assertFalse(Files.exists(tmp.resolve("results")), "a dry run writes nothing");
    }

    @Test
    void badInputGivesExitTwoWithFileLineAndKeyPathAndWritesNothing() throws Exception {
        Path file = files(CALIBRATION.replace("[0.2, 0.8]", "[0.2, 1.8]"),
                TARGETS.replace("metric: resolution_rate", "metric: resolution_rat"));
        CliHarness.Result r = CliHarness.real(cogov(), "calibrate", file.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("cal.yaml:5:26 parameters.service.resolve_share: prior range [0.2, 1.8] goes outside"
                + " the key's allowed range (between 0 and 1)"), r.err());
        assertTrue(r.err().contains("targets.yaml:2:25 targets[0].metric: unknown metric (did you mean"
                + " 'resolution_rate'?)"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(tmp.resolve("results")), "nothing written");

        Path noSd = files(CALIBRATION, TARGETS.replace(", sd: 0.1, source", ", source"));
        CliHarness.Result missing = CliHarness.real(cogov(), "calibrate", noSd.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("targets.yaml:2:5 targets[0].sd: required key is missing"), missing.err());

        Path notNumeric = files(CALIBRATION.replace("residents.threshold.mean", "network.kind"), TARGETS);
        CliHarness.Result kind = CliHarness.real(cogov(), "calibrate", notNumeric.toString());
        assertEquals(2, kind.exit());
        assertTrue(kind.err().contains("cal.yaml:6:3 parameters.network.kind: is not a numeric scenario key"), kind.err());
        assertFalse(Files.exists(tmp.resolve("results")), "nothing written");
    }

    /**
     * A finished 2-generation calibration, its file then given {@code generations: 3}: --resume runs only
     * generation 2; a changed particle count or fewer generations are refused by name, exit 2, nothing written.
     */
    @Test
    void resumeWithMoreGenerationsContinuesAFinishedCalibrationAndRefusesOtherChanges() throws Exception {
        Path file = files(CALIBRATION, TARGETS);
        Path out = tmp.resolve("cal");
        CliHarness.Result two = CliHarness.real(cogov(), "calibrate", file.toString(), "--out", out.toString(),
                "--threads", "2", "--no-report");
        assertEquals(0, two.exit(), two.toString());
        String manifest = Files.readString(out.resolve("manifest.json"));

        Files.writeString(file, CALIBRATION.replace("particles: 10", "particles: 8").replace("generations: 2",
                "generations: 3"));
        CliHarness.Result particles = CliHarness.real(cogov(), "calibrate", file.toString(), "--out", out.toString(),
                "--resume", "--no-report");
        assertEquals(2, particles.exit(), particles.toString());
        assertTrue(particles.err().contains("holds another calibration; changed since: particles (10 -> 8); refusing"),
                particles.err());
        assertFalse(particles.err().contains("Exception"), particles.err());
        Files.writeString(file, CALIBRATION.replace("generations: 2", "generations: 1"));
        CliHarness.Result fewer = CliHarness.real(cogov(), "calibrate", file.toString(), "--out", out.toString(),
                "--resume", "--no-report");
        assertEquals(2, fewer.exit(), fewer.toString());
        assertTrue(fewer.err().contains("generations lowered (2 -> 1; a calibration can only be continued for more)"),
                fewer.err());
        assertEquals(manifest, Files.readString(out.resolve("manifest.json")), "refusals write nothing");

        Files.writeString(file, CALIBRATION.replace("generations: 2", "generations: 3"));
        CliHarness.Result more = CliHarness.real(cogov(), "calibrate", file.toString(), "--out", out.toString(),
                "--resume", "--no-report");
        assertEquals(0, more.exit(), more.toString());
        java.util.regex.Matcher firstRun = COUNTS.matcher(two.err());
        java.util.regex.Matcher g2 = java.util.regex.Pattern.compile("generation 2 done: 10 particles from (\\d+)"
                + " candidates").matcher(more.err());
        java.util.regex.Matcher continued = COUNTS.matcher(more.err());
        assertTrue(firstRun.find() && g2.find() && continued.find(), more.err());
        assertEquals(firstRun.group(1), continued.group(2), "the first two generations are read back: " + more.err());
        assertEquals(g2.group(1), continued.group(1), "only generation 2 is simulated: " + more.err());
        assertTrue(more.err().contains("cogov: 3 generations (max generations)"), more.err());
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, CliHarness.real(cogov(), "calibrate", file.toString(), "--out", fresh.toString(), "--threads",
                "1", "--no-report").exit());
        assertSameOutputs(fresh, out);
    }

    /** The posterior files and the calibrated scenario of two calibration folders are the same text. */
    private static void assertSameOutputs(Path expected, Path actual) throws IOException {
        for (String f : new String[] {"posterior.csv", "posterior_summary.csv", "generations.csv", "predictive.csv",
            "calibrated.yaml"}) {
            assertEquals(Files.readString(expected.resolve(f)), Files.readString(actual.resolve(f)), f);
        }
    }

    /** Two shards as separate invocations, round by round, then --resume: the posterior files of one plain run. */
    @Test
    void shardsRunOneByOneThenResumeGiveThePosteriorFilesOfOneRun() throws Exception {
        Path file = files(CALIBRATION, TARGETS);
        Path plain = tmp.resolve("plain");
        assertEquals(0, CliHarness.real(cogov(), "calibrate", file.toString(), "--out", plain.toString(), "--threads",
                "2", "--no-report").exit());
        Path shared = tmp.resolve("shared");
        boolean finished = false;
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < 2; k++) {
                CliHarness.Result r = CliHarness.real(cogov(), "calibrate", file.toString(), "--shard", k + "/2",
                        "--out", shared.toString(), "--threads", "1");
                assertEquals(0, r.exit(), r.toString());
                assertTrue(r.err().contains("cogov: shard " + k + "/2: generation " + round + ","), r.err());
                finished |= r.err().contains("needs no more simulations");
            }
        }
        assertTrue(finished, "the last shard of the last generation sees the calibration finished");
        assertFalse(Files.exists(shared.resolve("posterior.csv")), "shards write no outputs");
        CliHarness.Result merged = CliHarness.real(cogov(), "calibrate", file.toString(), "--out", shared.toString(),
                "--resume", "--no-report");
        assertEquals(0, merged.exit(), merged.toString());
        assertTrue(merged.err().contains(" 0 candidates simulated"), merged.err());
        assertSameOutputs(plain, shared);
    }

    @Test
    void slurmDryRunWritesTheChainsScriptsAndShardingOptionsAreChecked() throws Exception {
        Path file = files(CALIBRATION, TARGETS);
        Path jar = Files.writeString(tmp.resolve("cogov.jar"), "stand-in");
        Main cogov = new Main(Engine.DEFAULT, tmp.resolve("results"), jar);
        Path out = tmp.resolve("on-slurm");
        CliHarness.Result r = CliHarness.real(cogov, "calibrate", file.toString(), "--slurm", "--tasks", "4", "--out",
                out.toString(), "--dry-run", "--cpus-per-task", "2", "--time", "01:00:00");
        assertEquals(0, r.exit(), r.toString());
        Path shards = out.resolve("slurm/calibrate-shards.sbatch");
        Path last = out.resolve("slurm/calibrate-final.sbatch");
        assertEquals(shards + "\n" + last, r.out().strip());
        String text = Files.readString(shards);
        assertTrue(text.contains("#SBATCH --array=0-3\n") && text.contains("#SBATCH --cpus-per-task=2\n")
                && text.contains("#SBATCH --time=01:00:00\n"), text);
        assertTrue(text.contains("-jar '" + jar + "'") && text.contains("calibrate '" + file + "' --out '" + out + "'")
                && text.contains("--shard \"$k/4\""), text);
        String fin = Files.readString(last);
        assertTrue(fin.contains(" --resume\n") && !fin.contains("--array") && !fin.contains("--shard"), fin);
        assertTrue(Files.exists(out.resolve("manifest.json")) && !Files.exists(out.resolve("slurm/jobs.txt")),
                "the folder is prepared, nothing submitted");
        CliHarness.Result again = CliHarness.real(cogov, "calibrate", file.toString(), "--slurm", "--tasks", "4",
                "--out", out.toString(), "--dry-run");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("use --resume"), again.err());

        String[][] bad = {{"--slurm"}, {"--tasks", "3"}, {"--wait"}, {"--shard", "2/2"}, {"--shard", "1/2", "--dry-run"},
            {"--slurm", "--tasks", "2", "--time", "1h"}, {"--slurm", "--tasks", "2", "--partition", "a;b"}};
        String[] says = {"--slurm needs --tasks", "go with --slurm", "go with --slurm", "--shard must be i/n",
            "does not go with --dry-run", "--time must look like", "--partition may contain only"};
        for (int i = 0; i < bad.length; i++) {
            String[] args = new String[bad[i].length + 4];
            args[0] = "calibrate";
            args[1] = file.toString();
            args[2] = "--out";
            args[3] = tmp.resolve("bad").toString();
            System.arraycopy(bad[i], 0, args, 4, bad[i].length);
            CliHarness.Result b = CliHarness.real(cogov, args);
            assertEquals(2, b.exit(), String.join(" ", bad[i]) + ": " + b);
            assertTrue(b.err().contains(says[i]), String.join(" ", bad[i]) + ": " + b.err());
            assertFalse(Files.exists(tmp.resolve("bad")), String.join(" ", bad[i]) + ": nothing written");
        }
    }
}
