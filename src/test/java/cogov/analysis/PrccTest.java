package cogov.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class PrccTest {

    @Test
    void monotoneFunctionGivesPrccNearPlusOrMinusOneAndIrrelevantNearZero() {
        MersenneTwister rng = new MersenneTwister(1);
        int n = 400;
        double[][] x = new double[n][4];
        double[] y = new double[n];
        for (int p = 0; p < n; p++) {
            for (int i = 0; i < 4; i++) {
                x[p][i] = rng.nextDouble();
            }
            y[p] = Math.exp(2 * x[p][0]) - 4 * Math.pow(x[p][1], 3) + 0.5 * x[p][2] + 0.05 * rng.nextGaussian();
        }
        List<IndexRow> rows = Prcc.analyze(x, List.of("up", "down", "weak", "none"), Replicates.single(y));
        Estimate up = SobolIndicesTest.find(rows, "up", "PRCC", n);
        Estimate down = SobolIndicesTest.find(rows, "down", "PRCC", n);
        Estimate weak = SobolIndicesTest.find(rows, "weak", "PRCC", n);
        Estimate none = SobolIndicesTest.find(rows, "none", "PRCC", n);
        assertTrue(up.value() > 0.8, up.toString());
        assertTrue(down.value() < -0.8, down.toString());
        assertTrue(weak.value() > 0.1 && weak.ciLow() > 0, weak.toString());
        assertTrue(none.covers(0), none.toString());
        assertTrue(up.ciLow() < up.value() && up.value() < up.ciHigh());
        double half = 1.959963984540054 / Math.sqrt(n - 3 - 3);
        double z = 0.5 * Math.log((1 + none.value()) / (1 - none.value()));
        assertEquals(Math.tanh(z + half), none.ciHigh(), 1e-12);
    }

    @Test
    void ranksAverageTies() {
        double[] r = Prcc.ranks(new double[] {3, 1, 3, 2});
        assertEquals(List.of(3.5, 1.0, 3.5, 2.0), java.util.Arrays.stream(r).boxed().toList());
    }
}
