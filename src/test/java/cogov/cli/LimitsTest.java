package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.ExperimentLoader;
import cogov.experiment.ResourceEstimate;
import cogov.metrics.MetricsRow;
import cogov.metrics.Scope;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits checked before work starts: design size (counted, not expanded), total households (no int
 * overflow), {@code --days} and {@code --threads} ranges, the memory estimate with its refusal,
 * {@code --max-memory} and {@code --yes}, and progress lines of a long single run.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LimitsTest {

    @TempDir
    Path tmp;

    private static final String TINY = """
            name: tiny
            days: 20
            communities:
              - {name: a, type: old-urban, households: 60, grids: 1, staff: 2}
            """;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    private CliHarness.Result cogov(String... args) {
        return CliHarness.real(new Main(Engine.DEFAULT, tmp.resolve("results")), args);
    }

    @Test
    void aHugeFactorialIsRefusedBeforeItIsExpanded() throws IOException {
        write("tiny.yaml", TINY);
        StringBuilder yaml = new StringBuilder("name: huge\nbase: tiny.yaml\nfactors:\n");
        for (String key : List.of("staff", "grid_workers", "venue_m2", "budget_yuan")) {
            yaml.append("  communities[0].").append(key).append(": [");
            for (int v = 1; v <= 300; v++) {
                yaml.append(v == 1 ? "" : ", ").append(v);
            }
            yaml.append("]\n");
        }
        Path exp = write("huge.yaml", yaml.toString());
        CliHarness.Result r = cogov("sweep", exp.toString(), "--dry-run");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("the design has more than 1000000 configurations; at most 10000"), r.err());
    }

    @Test
    void aMillionPointSampleAndTooManyRunsAreRefused() throws IOException {
        write("tiny.yaml", TINY);
        Path sample = write("s.yaml", "base: tiny.yaml\nsample:\n  method: lhs\n  count: 1000000\n"
                + "  ranges:\n    communities[0].staff: [1, 5]\n");
        CliHarness.Result r = cogov("sweep", sample.toString(), "--dry-run");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("sample.count: must be between 1 and 100000"), r.err());
        Path runs = write("r.yaml", "base: tiny.yaml\nsample:\n  method: lhs\n  count: 2000\n"
                + "  ranges:\n    communities[0].staff: [1, 5]\nreplications: 1000\n");
        CliHarness.Result many = cogov("sweep", runs.toString(), "--dry-run");
        assertEquals(ExitCodes.BAD_INPUT, many.exit(), many::toString);
        assertTrue(many.err().contains("2000 configurations x 1000 replications = 2000000 runs"), many.err());
    }

    /** Twenty assumed keys of the schema, taken with their declared plausible ranges. */
    private static final String TWENTY_UNCERTAIN = """
              uncertain: [residents.youth_share, residents.elderly_share, residents.migrant_share,
                residents.volunteer_hours_per_year, residents.member_volunteer_hours_per_year,
                residents.member_outreach_visits_per_month, network.degree, network.rewire, network.cross_community,
                participation.window_days, participation.awareness_weight, participation.trust_weight,
                participation.invitation_weight, participation.spontaneous_rate, participation.dropout_rate,
                events.interval_days, events.m2_per_participant, events.cost_yuan_per_event, events.awareness_gain,
                events.trust_gain]
            """;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aSampledDesignAboveTheFactorialCapIsAccepted() throws IOException {
        write("tiny.yaml", TINY);
        // Saltelli N = 512 with 20 parameters: 512 x 22 = 11,264 points, more than the 10,000 configurations
        // an enumerated design may have; each is checked on the base scenario by the dry run
        Path exp = write("big.yaml", "name: big\nbase: tiny.yaml\nsample:\n  method: saltelli\n  n: 512\n"
                + TWENTY_UNCERTAIN);
        CliHarness.Result r = cogov("sweep", exp.toString(), "--dry-run");
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("x 1 replications = "), r.out().substring(Math.max(0, r.out().length() - 400)));
        int runs = Integer.parseInt(r.out().replaceAll("(?s).*x 1 replications = (\\d+) runs.*", "$1"));
        assertTrue(runs > ExperimentLoader.MAX_CONFIGURATIONS && runs <= 512 * 22, "distinct points run: " + runs);
        assertFalse(Files.exists(tmp.resolve("results")), "a dry run writes nothing");
    }

    @Test
    void aSampledDesignAboveItsOwnCapIsRefusedAtItsSizeKey() throws IOException {
        write("tiny.yaml", TINY);
        Path exp = write("huge.yaml", "name: huge\nbase: tiny.yaml\nsample:\n  method: saltelli\n  n: 8192\n"
                + TWENTY_UNCERTAIN);
        CliHarness.Result r = cogov("sweep", exp.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("huge.yaml:5:6 sample.n: the design has 180224 points (N (k + 2) = 8192 x 22);"
                + " a sampled design may have at most 100000"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(tmp.resolve("results")), "nothing is written");
        Path morris = write("m.yaml", "name: m\nbase: tiny.yaml\nsample:\n  method: morris\n  trajectories: 5000\n"
                + TWENTY_UNCERTAIN);
        CliHarness.Result m = cogov("sweep", morris.toString(), "--dry-run");
        assertEquals(ExitCodes.BAD_INPUT, m.exit(), m::toString);
        assertTrue(m.err().contains("m.yaml:5:17 sample.trajectories: the design has 105000 points"
                + " (r (k + 1) = 5000 x 21)"), m.err());
        Path robust = write("r.yaml", "name: r\nbase: tiny.yaml\nrobustness:\n  variants:\n    - name: a\n"
                + "    - name: b\n      overrides: {residents.youth_share: 0.2}\n  samples: 60000\n"
                + "  ranges: {network.degree: [4, 16]}\nreference: a\n");
        CliHarness.Result rr = cogov("sweep", robust.toString(), "--dry-run");
        assertEquals(ExitCodes.BAD_INPUT, rr.exit(), rr::toString);
        assertTrue(rr.err().contains("r.yaml:8:12 robustness.samples: the design has 120000 points"
                + " (60000 samples x 2 variants)"), rr.err());
    }

    @Test
    void aCountyWhoseHouseholdsOverflowAnIntIsRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("communities:\n");
        for (int i = 0; i < 2_000; i++) {
            yaml.append("  - {name: c").append(i).append(", type: old-urban, households: 2000000}\n");
        }
        CliHarness.Result r = cogov("validate", write("big.yaml", yaml.toString()).toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("the county has 4000000000 households in all; at most 50000000"), r.err());
    }

    @Test
    void daysOutsideTheScenarioRangeAreRefused() throws IOException {
        Path s = write("tiny.yaml", TINY);
        for (String days : List.of("0", "100001", "2000000000")) {
            CliHarness.Result r = cogov("run", s.toString(), "--days", days, "--out", tmp.resolve("o").toString());
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
            assertEquals("cogov: --days must be between 1 and 100000 (got " + days + ")\n", r.err());
        }
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void threadsAreCappedAtAMultipleOfTheCoresWithANote() {
        StringWriter err = new StringWriter();
        assertEquals(8, CommandLimits.threads(10_000, 2, new PrintWriter(err)));
        assertTrue(err.toString().contains("--threads 10000 lowered to 8 (4 per core on 2 cores)"), err.toString());
        assertEquals(3, CommandLimits.threads(3, 2, new PrintWriter(new StringWriter())));
        assertEquals(2, CommandLimits.threads(null, 2, new PrintWriter(new StringWriter())));
    }

    @Test
    void aRunThatCannotFitInMemoryIsRefusedWithTheEstimateAndTheWaysOn() throws IOException {
        Path s = write("tiny.yaml", TINY);
        CliHarness.Result r = cogov("run", s.toString(), "--max-memory", "1m", "--out", tmp.resolve("o").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("a run of 60 households needs about 40 MB of memory, and --max-memory allows 1 MB"),
                r.err());
        assertTrue(r.err().contains("COGOV_JAVA_OPTS=-Xmx") && r.err().contains("--yes"), r.err());
        assertFalse(Files.exists(tmp.resolve("o")), "nothing is written before the refusal");
        CliHarness.Result anyway = cogov("run", s.toString(), "--max-memory", "1m", "--yes", "--out",
                tmp.resolve("o").toString());
        assertEquals(ExitCodes.OK, anyway.exit(), anyway::toString);
        assertTrue(anyway.err().contains("starting anyway (--yes)"), anyway.err());
        CliHarness.Result bad = cogov("run", s.toString(), "--max-memory", "lots");
        assertEquals(ExitCodes.BAD_INPUT, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("--max-memory must be a size such as 8g"), bad.err());
    }

    @Test
    void theEstimateOfTheHostileRunIsLargeAndSaysSo() {
        assertEquals(50_000_000L * ResourceEstimate.BYTES_PER_HOUSEHOLD + ResourceEstimate.FIXED_BYTES,
                ResourceEstimate.FIXED_BYTES + 50_000_000L * 380);
        assertEquals("7 h 56 min", ResourceEstimate.duration(2_000_000.0 * 100_000 / ResourceEstimate.HOUSEHOLD_DAYS_PER_SECOND));
        assertEquals(8L << 30, ResourceEstimate.parseSize("8g"));
        assertEquals(512L << 20, ResourceEstimate.parseSize("512M"));
    }

    @Test
    void aLongRunPrintsProgressWithTheTimeLeft() {
        AtomicLong clock = new AtomicLong();
        StringWriter err = new StringWriter();
        int[] seen = new int[1];
        RunProgress progress = new RunProgress(rows -> seen[0]++, 1000, new PrintWriter(err), clock::get);
        for (int day = 1; day <= 1000; day++) {
            clock.addAndGet(1_000_000_000L);
            progress.accept(List.of(new MetricsRow(day, Scope.COUNTY, "county", "all", new double[0])));
        }
        assertEquals(1000, seen[0], "every day reaches the real sink");
        String[] lines = err.toString().split("\n");
        assertEquals(1000 / 30, lines.length, err.toString());
        assertEquals("cogov: day 30 of 1000 (3.0%), about 16 min left", lines[0]);
    }
}
