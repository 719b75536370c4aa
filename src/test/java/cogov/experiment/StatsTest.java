package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatsTest {

    /** t(0.975, 7) from printed tables (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2): 2.365. */
    private static final double T975_DF7 = 2.3646243;

    @Test
    void summaryMatchesHandComputedValues() {
        Stats.Summary s = Stats.summarize(new double[] {9, 2, 4, 4, Double.NaN, 4, 5, 5, 7});
        assertEquals(8, s.n());
        assertEquals(5.0, s.mean(), 1e-12);
        double sd = Math.sqrt(32.0 / 7.0);
        assertEquals(sd, s.sd(), 1e-12);
        double half = T975_DF7 * sd / Math.sqrt(8);
        assertEquals(5 - half, s.ciLow(), 1e-6);
        assertEquals(5 + half, s.ciHigh(), 1e-6);
        // sorted 2 4 4 4 5 5 7 9; R type 7: h = (n-1)p
        assertEquals(4.5, s.median(), 1e-12);
        assertEquals(4.0, s.q1(), 1e-12);
        assertEquals(5.5, s.q3(), 1e-12);
    }

    @Test
    void singleValueHasNoSpread() {
        Stats.Summary s = Stats.summarize(new double[] {3});
        assertEquals(1, s.n());
        assertEquals(3, s.mean());
        assertTrue(Double.isNaN(s.sd()) && Double.isNaN(s.ciLow()));
    }

    @Test
    void pairedTestMatchesClosedFormForThreeDegreesOfFreedom() {
        double[] x = {5, 7, 6, 9, Double.NaN};
        double[] ref = {4, 5, 6, 6, 1};
        Stats.Paired p = Stats.paired(x, ref);
        // diffs 1 2 0 3: mean 1.5, sd sqrt(5/3)
        double sd = Math.sqrt(5.0 / 3.0);
        double t = 1.5 / (sd / 2);
        // Student t with 3 df: F(t) = 1/2 + (1/pi) (atan(t/sqrt3) + (t/sqrt3) / (1 + t^2/3))
        double u = t / Math.sqrt(3);
        double cdf = 0.5 + (Math.atan(u) + u / (1 + u * u)) / Math.PI;
        assertEquals(4, p.nPairs());
        assertEquals(1.5, p.meanDiff(), 1e-12);
        assertEquals(1.5 / sd, p.effectSize(), 1e-12);
        assertEquals(2 * (1 - cdf), p.pValue(), 1e-9);
        double half = 3.1824463 * sd / 2; // t(0.975, 3) = 3.182 in tables
        assertEquals(1.5 - half, p.ciLow(), 1e-6);
        assertEquals(1.5 + half, p.ciHigh(), 1e-6);
    }

    @Test
    void identicalSamplesGivePValueOne() {
        Stats.Paired p = Stats.paired(new double[] {1, 2, 3}, new double[] {1, 2, 3});
        assertEquals(1.0, p.pValue());
        assertEquals(0.0, p.meanDiff());
        assertEquals(0.0, p.effectSize());
    }

    @Test
    void holmAdjustsStepDownAndKeepsOrder() {
        double[] adjusted = Stats.holm(new double[] {0.01, 0.04, 0.03, 0.005, Double.NaN});
        // sorted 0.005*4=0.02, 0.01*3=0.03, 0.03*2=0.06, 0.04*1=0.04 -> max(0.06, 0.04)
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02, Double.NaN}, adjusted, 1e-12);
        assertArrayEquals(new double[] {1.0, 1.0}, Stats.holm(new double[] {0.6, 0.9}), 1e-12);
    }

    @Test
    void ratioOfPairedDifferencesHasADeltaMethodIntervalAndNoneWhenTheDenominatorMayBeZero() {
        double[] cost = {210, 190, 205, 195, 200, 220, 180};
        double[] effect = {0.020, 0.019, 0.021, 0.020, 0.020, 0.022, 0.018};
        Stats.Paired r = Stats.ratio(cost, effect, 1.0);
        assertEquals(7, r.nPairs());
        assertEquals(1400.0 / 0.14, r.meanDiff(), 1e-6);
        assertTrue(r.ciLow() < r.meanDiff() && r.meanDiff() < r.ciHigh(), "interval around the estimate");
        assertTrue(r.ciHigh() - r.ciLow() < 0.1 * r.meanDiff(), "cost and effect move together: a narrow interval");
        assertEquals(2 * r.meanDiff(), Stats.ratio(cost, effect, 2.0).meanDiff(), 1e-6);
        Stats.Paired unbounded = Stats.ratio(cost, new double[] {0.01, -0.01, 0.02, -0.02, 0.0, 0.01, -0.01}, 1.0);
        assertTrue(Double.isNaN(unbounded.ciLow()) && Double.isNaN(unbounded.ciHigh()),
                "no interval when the effect's own interval includes 0");
    }
}
