package cogov.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WeightedStatsTest {

    @Test
    void equalWeightsGiveTheUsualStatistics() {
        double[] x = {4, 1, 3, 2};
        double[] w = {1, 1, 1, 1};
        assertEquals(2.5, WeightedStats.mean(x, w), 1e-12);
        assertEquals(Math.sqrt(1.25), WeightedStats.sd(x, w), 1e-12);
        assertEquals(2.5, WeightedStats.quantile(x, w, 0.5), 1e-12);
        assertEquals(1, WeightedStats.quantile(x, w, 0.01), 1e-12);
        assertEquals(4, WeightedStats.quantile(x, w, 0.99), 1e-12);
        assertEquals(4, WeightedStats.ess(w), 1e-12);
    }

    @Test
    void weightsShiftQuantilesAndShrinkTheEffectiveSampleSize() {
        double[] x = {0, 10};
        double[] w = {3, 1};
        // midpoints of the weight: 0 at 0.375, 10 at 0.875
        assertEquals(0, WeightedStats.quantile(x, w, 0.3), 1e-12);
        assertEquals(5, WeightedStats.quantile(x, w, 0.625), 1e-12);
        assertEquals(2.5, WeightedStats.mean(x, w), 1e-12);
        assertEquals(16.0 / 10.0, WeightedStats.ess(w), 1e-12);
        assertTrue(Double.isNaN(WeightedStats.quantile(new double[] {Double.NaN}, new double[] {1}, 0.5)));
    }

    @Test
    void covarianceOfPerfectlyCorrelatedColumns() {
        double[][] t = {{1, 2}, {2, 4}, {3, 6}};
        double[][] c = WeightedStats.covariance(t, new double[] {1, 1, 1});
        assertEquals(2.0 / 3, c[0][0], 1e-12);
        assertEquals(4.0 / 3, c[0][1], 1e-12);
        assertEquals(c[0][1], c[1][0], 0);
        assertEquals(8.0 / 3, c[1][1], 1e-12);
    }
}
