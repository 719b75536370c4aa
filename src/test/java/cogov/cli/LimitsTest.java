package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(r.err().contains("sample.count: must be between 1 and 10000"), r.err());
        Path runs = write("r.yaml", "base: tiny.yaml\nsample:\n  method: lhs\n  count: 2000\n"
                + "  ranges:\n    communities[0].staff: [1, 5]\nreplications: 1000\n");
        CliHarness.Result many = cogov("sweep", runs.toString(), "--dry-run");
        assertEquals(ExitCodes.BAD_INPUT, many.exit(), many::toString);
        assertTrue(many.err().contains("2000 configurations x 1000 replications = 2000000 runs"), many.err());
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
