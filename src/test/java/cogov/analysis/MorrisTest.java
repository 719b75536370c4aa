package cogov.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
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
        assertValidTrajectories(d);
    }

    /** Each step of each trajectory moves its one parameter by Delta, on the grid, and every parameter once. */
    private static void assertValidTrajectories(MorrisDesign d) {
        int k = d.k();
        double top = d.levels() - 1;
        for (int t = 0; t < d.trajectories(); t++) {
            boolean[] seen = new boolean[k];
            for (int s = 0; s < k; s++) {
                double[] from = d.points()[d.index(t, s)];
                double[] to = d.points()[d.index(t, s + 1)];
                int i = d.changed()[t][s];
                seen[i] = true;
                for (int c = 0; c < k; c++) {
                    double diff = to[c] - from[c];
                    assertEquals(c == i ? (d.up()[t][s] ? d.delta() : -d.delta()) : 0, diff, 1e-9);
                    double level = to[c] * top;
                    assertEquals(Math.rint(level), level, 1e-9, "off the grid");
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
    void optimisedTrajectoriesAreSpreadWiderThanRandomOnes() {
        int k = 5;
        int r = 10;
        MorrisDesign random = MorrisDesign.generate(k, r, 4, 11);
        MorrisDesign optimised = MorrisDesign.optimised(k, r, 4, 200, 11);
        MorrisDesign pool = MorrisDesign.generate(k, 200, 4, 11);
        assertEquals(r * (k + 1), optimised.size());
        assertValidTrajectories(optimised);
        // every kept trajectory is one of the candidates, whole
        for (int t = 0; t < r; t++) {
            boolean found = false;
            for (int c = 0; c < 200 && !found; c++) {
                boolean same = true;
                for (int s = 0; s <= k && same; s++) {
                    same = Arrays.equals(optimised.points()[optimised.index(t, s)], pool.points()[pool.index(c, s)]);
                }
                found = same;
            }
            assertTrue(found, "trajectory " + t + " is a candidate");
        }
        // the random design is the first r candidates; random subsets of the same pool spread less
        for (int c = 0; c < r * (k + 1); c++) {
            assertArrayEquals(random.points()[c], pool.points()[c]);
        }
        MersenneTwister rng = new MersenneTwister(3);
        double best = 0;
        for (int trial = 0; trial < 200; trial++) {
            int[] all = new int[200];
            for (int c = 0; c < 200; c++) {
                all[c] = c;
            }
            for (int c = 199; c > 0; c--) {
                int j = rng.nextInt(c + 1);
                int tmp = all[c];
                all[c] = all[j];
                all[j] = tmp;
            }
            best = Math.max(best, pool.subset(Arrays.copyOf(all, r)).spread());
        }
        assertTrue(optimised.spread() > random.spread(), optimised.spread() + " vs " + random.spread());
        assertTrue(optimised.spread() > best, "optimised " + optimised.spread() + " vs best of 200 random " + best);
        assertArrayEquals(optimised.points(), MorrisDesign.optimised(k, r, 4, 200, 11).points(), "seeded");
    }

    @Test
    void theSpreadIsCampolongosDistance() {
        // two one-parameter trajectories: {0, 1} and {1, 0} on two levels; d = |0-1| + |0-0| + |1-1| + |1-0| = 2
        MorrisDesign d = new MorrisDesign(1, 2, 2, 1.0, new double[][] {{0}, {1}, {1}, {0}},
                new int[][] {{0}, {0}}, new boolean[][] {{true}, {false}});
        assertEquals(2.0, d.distance(0, 1), 1e-12);
        assertEquals(2.0, d.spread(), 1e-12);
    }

    @Test
    void anOptimisedDesignGivesTheSameExactEffectsOnALinearFunction() {
        double[] coef = {1, 2, 5, 0.5, 0};
        MorrisDesign d = MorrisDesign.optimised(5, 8, 4, 100, 5);
        double[] y = new double[d.size()];
        for (int p = 0; p < d.size(); p++) {
            for (int i = 0; i < 5; i++) {
                y[p] += coef[i] * d.points()[p][i];
            }
        }
        List<IndexRow> rows = Morris.analyze(d, NAMES, Replicates.single(y), new Bootstrap(200, 1));
        for (int i = 0; i < 5; i++) {
            assertEquals(coef[i], SobolIndicesTest.find(rows, NAMES.get(i), "mu_star", 8).value(), 1e-9);
        }
    }

    @Test
    void fewerCandidatesThanTrajectoriesAreRefused() {
        assertTrue(MorrisDesign.candidateProblem(10, 5).contains("at least as many candidates as trajectories"));
        assertNull(MorrisDesign.candidateProblem(10, 10));
        assertThrows(IllegalArgumentException.class, () -> MorrisDesign.optimised(3, 10, 4, 5, 1));
        assertThrows(IllegalArgumentException.class, () -> MorrisDesign.optimised(3, 10, 4, MorrisDesign.MAX_CANDIDATES + 1, 1));
        MorrisDesign all = MorrisDesign.optimised(3, 4, 4, 4, 1);
        assertArrayEquals(MorrisDesign.generate(3, 4, 4, 1).points(), all.points(), "r of r candidates: all of them");
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
