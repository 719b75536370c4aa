package cogov.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class MorrisTest {

    private static final List<String> NAMES = List.of("a", "b", "c", "d", "e");

    @Test
    void trajectoriesMoveEachParameterOnceByDeltaOnTheGrid() {
        MorrisDesign d = MorrisDesign.generate(5, 10, 4, 11);
        assertEquals(4 / 6.0, d.delta(), 1e-12);
        assertEquals(10 * 6, d.size());
        for (int t = 0; t < 10; t++) {
            boolean[] seen = new boolean[5];
            for (int s = 0; s < 5; s++) {
                double[] from = d.points()[d.index(t, s)];
                double[] to = d.points()[d.index(t, s + 1)];
                int i = d.changed()[t][s];
                seen[i] = true;
                for (int c = 0; c < 5; c++) {
                    double diff = to[c] - from[c];
                    assertEquals(c == i ? (d.up()[t][s] ? d.delta() : -d.delta()) : 0, diff, 1e-9);
                    double level = to[c] * 3;
                    assertEquals(Math.rint(level), level, 1e-9, "off the 4-level grid");
                    assertTrue(to[c] >= 0 && to[c] <= 1);
                }
            }
            for (boolean b : seen) {
                assertTrue(b);
            }
        }
    }

    @Test
    void linearFunctionRanksParametersByCoefficient() {
        double[] coef = {1, 2, 5, 0.5, 0};
        MorrisDesign d = MorrisDesign.generate(5, 20, 4, 5);
        double[] y = new double[d.size()];
        for (int p = 0; p < d.size(); p++) {
            for (int i = 0; i < 5; i++) {
                y[p] += coef[i] * d.points()[p][i];
            }
        }
        List<IndexRow> rows = Morris.analyze(d, NAMES, Replicates.single(y), new Bootstrap(200, 1));
        for (int i = 0; i < 5; i++) {
            assertEquals(coef[i], SobolIndicesTest.find(rows, NAMES.get(i), "mu_star", 20).value(), 1e-9);
            assertEquals(coef[i], SobolIndicesTest.find(rows, NAMES.get(i), "mu", 20).value(), 1e-9);
            assertEquals(0, SobolIndicesTest.find(rows, NAMES.get(i), "sigma", 20).value(), 1e-9);
        }
        List<String> ranked = rows.stream().filter(r -> r.index().equals("mu_star") && r.n() == 20)
                .sorted((x, z) -> Double.compare(z.estimate().value(), x.estimate().value()))
                .map(IndexRow::parameter).toList();
        assertEquals(List.of("c", "b", "a", "d", "e"), ranked);
    }

    @Test
    void interactionsShowAsSigma() {
        MorrisDesign d = MorrisDesign.generate(2, 30, 4, 8);
        double[] y = new double[d.size()];
        for (int p = 0; p < d.size(); p++) {
            y[p] = d.points()[p][0] * d.points()[p][1] * 4;
        }
        List<IndexRow> rows = Morris.analyze(d, List.of("a", "b"), Replicates.single(y), new Bootstrap(200, 1));
        assertTrue(SobolIndicesTest.find(rows, "a", "sigma", 30).value() > 0.5);
    }

    @Test
    void pureSeedNoiseGivesNoEffectAndStochasticShareOne() {
        MorrisDesign d = MorrisDesign.generate(3, 10, 4, 2);
        MersenneTwister rng = new MersenneTwister(4);
        double[] seedEffect = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
        double[][] common = new double[d.size()][3];
        double[][] independent = new double[d.size()][3];
        for (int p = 0; p < d.size(); p++) {
            for (int r = 0; r < 3; r++) {
                common[p][r] = seedEffect[r];
                independent[p][r] = rng.nextGaussian();
            }
        }
        List<IndexRow> crn = Morris.analyze(d, NAMES.subList(0, 3), new Replicates(common), new Bootstrap(100, 1));
        List<IndexRow> ind = Morris.analyze(d, NAMES.subList(0, 3), new Replicates(independent), new Bootstrap(100, 1));
        assertEquals(1, SobolIndicesTest.find(crn, "*", "stochastic_share", 10).value(), 1e-12);
        assertTrue(SobolIndicesTest.find(ind, "*", "stochastic_share", 10).value() > 0.9);
        for (String n : NAMES.subList(0, 3)) {
            assertEquals(0, SobolIndicesTest.find(crn, n, "mu_star", 10).value(), 1e-12);
            double muStar = SobolIndicesTest.find(ind, n, "mu_star", 10).value();
            double seedSe = SobolIndicesTest.find(ind, n, "ee_seed_se", 10).value();
            assertTrue(muStar < 1.5 * seedSe, "noise only: mu* " + muStar + " within seed error " + seedSe);
        }
    }

    @Test
    void levelsMustBeEvenAndAtLeastTwo() {
        assertTrue(MorrisDesign.levelProblem(1).contains("at least 2 levels"));
        assertTrue(MorrisDesign.levelProblem(5).contains("even"));
        assertNull(MorrisDesign.levelProblem(2));
        assertThrows(IllegalArgumentException.class, () -> MorrisDesign.generate(3, 4, 1, 1));
        MorrisDesign two = MorrisDesign.generate(3, 4, 2, 1);
        assertEquals(1.0, two.delta());
    }
}
