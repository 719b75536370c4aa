package cogov.model;

import cogov.config.Scenario;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Willing, able and admitted are separate limits (DOMAIN.md section 10): each can be made the binding one
 * by configuration, and then, and only then, relaxing it raises participation. Paired over ten seeds: the
 * binding limit's relaxation raises 12-month participation in a paired t-test; relaxing a limit that does
 * not bind leaves every seed's result exactly as it was.
 */
class ParticipationLimitsTest {
    private static final int SEEDS = 10;
    private static final int DAYS = 120;
    private static final String METRIC = "participation_12m";

    /** Ample time, all slots free, a large venue: only willingness can limit. */
    private static final double AMPLE_HOURS = 60;
    private static final double BIG_VENUE = 100_000;

    private static double[] run(double threshold, double hours, double free, double venue) throws Exception {
        double[] out = new double[SEEDS];
        for (int k = 0; k < SEEDS; k++) {
            Scenario s = ActivityScenarios.parse(ActivityScenarios.scenario(DAYS, threshold, hours, free, venue, ""), 300 + k);
            out[k] = ActivityScenarios.finalCounty(s, METRIC);
        }
        return out;
    }

    private static void assertRaises(double[] binding, double[] relaxed, String what) {
        double diff = 0;
        for (int k = 0; k < SEEDS; k++) {
            diff += (relaxed[k] - binding[k]) / SEEDS;
        }
        double p = new TTest().pairedTTest(relaxed, binding);
        assertTrue(diff > 0.02 && p < 0.01, "relaxing the binding " + what + " should raise participation: mean paired"
                + " difference " + diff + ", p = " + p);
    }

    @Test
    void willingnessBindsWhenThresholdsAreHighAndOnlyRelaxingItHelps() throws Exception {
        double[] binding = run(0.5, AMPLE_HOURS, 1, BIG_VENUE);
        assertRaises(binding, run(0.4, AMPLE_HOURS, 1, BIG_VENUE), "willingness");
        assertArrayEquals(binding, run(0.5, 2 * AMPLE_HOURS, 1, BIG_VENUE), "more time must change nothing");
        assertArrayEquals(binding, run(0.5, AMPLE_HOURS, 1, 10 * BIG_VENUE), "more seats must change nothing");
    }

    @Test
    void abilityBindsWhenTimeIsShortAndOnlyRelaxingItHelps() throws Exception {
        // everyone willing (threshold 0); 3.5 hours a week and free in half the slots: one activity a week at most
        double[] binding = run(-1.0, 3.5, 0.5, BIG_VENUE);
        assertRaises(binding, run(-1.0, AMPLE_HOURS, 1, BIG_VENUE), "time budget");
        assertArrayEquals(binding, run(-2.0, 3.5, 0.5, BIG_VENUE), "lower thresholds must change nothing");
        assertArrayEquals(binding, run(-1.0, 3.5, 0.5, 10 * BIG_VENUE), "more seats must change nothing");
    }

    @Test
    void seatsBindWhenTheVenueIsSmallAndOnlyRelaxingItHelps() throws Exception {
        // everyone willing and able; 20 m2 seats 20 at a consultation, 66 at a cultural activity
        double[] binding = run(-1.0, AMPLE_HOURS, 1, 20);
        assertRaises(binding, run(-1.0, AMPLE_HOURS, 1, 2_000), "seats");
        assertArrayEquals(binding, run(-2.0, AMPLE_HOURS, 1, 20), "lower thresholds must change nothing");
        assertArrayEquals(binding, run(-1.0, 2 * AMPLE_HOURS, 1, 20), "more time must change nothing");
    }
}
