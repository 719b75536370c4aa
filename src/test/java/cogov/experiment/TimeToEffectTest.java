package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.ExperimentLoader;
import cogov.config.ExperimentSpec;
import cogov.metrics.TimeToEffect;
import cogov.output.FolderLayout;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time-to-effect outcomes: the days from a mechanism's start until its effect reaches a share of the
 * summary-window effect, from the paired daily series (unit cases), and written to comparison.csv by a real
 * sweep whose mechanism starts after a warm-up.
 */
class TimeToEffectTest {

    @TempDir
    Path tmp;

    private static final TimeToEffect HALF = new TimeToEffect("trust_mean", 0.5);
    private static final TimeToEffect MOST = new TimeToEffect("trust_mean", 0.9);
    /** Day numbers of a run file that keeps every day. */
    private static final int[] DAYS = java.util.stream.IntStream.rangeClosed(1, 600).toArray();

    /** A difference that ramps linearly from 0 at {@code onset} to {@code effect} over 200 days, then stays. */
    private static double[] ramp(int days, int onset, double effect) {
        double[] v = new double[days];
        for (int d = onset; d < days; d++) {
            v[d] = effect * Math.min(1, (d - onset) / 200.0);
        }
        return v;
    }

    @Test
    void aRampReachesHalfAndMostOfItsEffectWhenItsTrailingMeanDoes() {
        double[] reference = new double[600];
        double[] up = ramp(600, 100, 0.2);
        // trailing 30-day mean at k days after onset: 0.2 (k - 14.5) / 200, so half at k = 115 and 90% at k = 195
        assertEquals(115, HALF.days(DAYS, up, reference, 100, 0.2));
        assertEquals(195, MOST.days(DAYS, up, reference, 100, 0.2));
        double[] down = ramp(600, 100, -0.2);
        assertEquals(115, HALF.days(DAYS, down, reference, 100, -0.2), "a fall is timed like a rise");
        int[] weekly = java.util.stream.IntStream.rangeClosed(1, 85).map(k -> 7 * k).toArray();
        double[] sampled = new double[weekly.length];
        for (int k = 0; k < weekly.length; k++) {
            sampled[k] = up[weekly[k] - 1];
        }
        double thinned = HALF.days(weekly, sampled, new double[weekly.length], 14, 0.2);
        assertTrue(Math.abs(thinned - 115) <= 7, "a run file keeping every 7th day gives it in steps of 7: " + thinned);
        double[] step = new double[600];
        Arrays.fill(step, 100, 600, 0.05);
        assertEquals(0, HALF.days(DAYS, step, reference, 100, 0.05), "a step is there on its first day");
    }

    @Test
    void noEffectNoOnsetOrAnEffectNeverReachedIsUndefined() {
        double[] reference = new double[300];
        double[] up = ramp(300, 50, 0.2);
        assertTrue(Double.isNaN(HALF.days(DAYS, up, reference, 50, 0)), "no effect to time");
        assertTrue(Double.isNaN(HALF.days(DAYS, up, reference, -1, 0.2)), "the runs never differ");
        assertTrue(Double.isNaN(HALF.days(DAYS, up, reference, 50, 1.0)), "an effect the series never reaches");
        double[] gaps = ramp(300, 50, 0.2);
        for (int d = 0; d < 300; d += 2) {
            gaps[d] = Double.NaN;
        }
        assertTrue(HALF.days(DAYS, gaps, reference, 50, 0.1) > 0, "undefined days are skipped, not poisoning the mean");
    }

    @Test
    void aSweepWritesTheDaysAfterTheMechanismStartsToTheComparison() throws Exception {
        Files.writeString(tmp.resolve("county.yaml"), """
                extends: %s
                name: warm-up
                days: 200
                communities:
                  - {name: a, type: old-urban, households: 400, grids: 1, staff: 1, venue_m2: 40, budget_yuan: 10000}
                  - {name: b, type: relocated, households: 380, relocated_households: 90, grids: 1, staff: 1, venue_m2: 25, budget_yuan: 7500}
                mechanisms:
                  party_led_governance: {start_day: 61}
                """.formatted(Path.of("scenarios/lijin-baseline.yaml").toAbsolutePath()));
        Path experiment = tmp.resolve("experiment.yaml");
        Files.writeString(experiment, """
                name: timing
                base: county.yaml
                variants:
                  - name: baseline
                  - name: party-led-governance
                    overrides: {mechanisms.party_led_governance.enabled: true}
                replications: 4
                seed: 11
                summary: {window_days: 40}
                reference: baseline
                """);
        ExperimentSpec spec = ExperimentLoader.load(experiment);
        Sweep sweep = new Sweep(spec, Files.readAllBytes(experiment), ScenarioSource.of(spec.base()), RunFunction.SIMULATION);
        Path out = tmp.resolve("out");
        sweep.run(new Sweep.Options(out, 2, false, RunPlan.Shard.ALL, Aggregator.Output.DEFAULT), Sweep.Listener.NONE);
        Map<String, CSVRecord> rows = new HashMap<>();
        try (Reader in = Files.newBufferedReader(out.resolve(FolderLayout.COMPARISON))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                if (r.get("scope").equals("county")) {
                    rows.put(r.get("metric"), r);
                }
            }
        }
        for (TimeToEffect t : TimeToEffect.ALL) {
            assertTrue(rows.containsKey(t.name()), "comparison.csv has " + t.name());
        }
        CSVRecord half = rows.get(HALF.name());
        CSVRecord most = rows.get(MOST.name());
        assertEquals(4, Integer.parseInt(half.get("n_pairs")), "Party-led governance raises trust in every replication");
        double halfDays = Double.parseDouble(half.get("mean_diff"));
        double mostDays = Double.parseDouble(most.get("mean_diff"));
        assertTrue(halfDays >= 0 && halfDays < 140, "days from day 61 to half the trust effect: " + halfDays);
        assertTrue(mostDays >= halfDays, "90% comes no sooner than half: " + mostDays + " vs " + halfDays);
        assertTrue(Double.parseDouble(half.get("ci_low")) <= halfDays && halfDays <= Double.parseDouble(half.get("ci_high")));
    }
}
