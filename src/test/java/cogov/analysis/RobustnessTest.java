package cogov.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class RobustnessTest {

    private static final List<String> PARAMS = List.of("p", "q", "s");

    private static double[][] sample(int n, long seed) {
        MersenneTwister rng = new MersenneTwister(seed);
        double[][] x = new double[n][3];
        for (double[] row : x) {
            for (int i = 0; i < 3; i++) {
                row[i] = rng.nextDouble();
            }
        }
        return x;
    }

    @Test
    void primFindsTheBoxWhereABeatsB() {
        double[][] x = sample(500, 2);
        double[][] y = new double[3][x.length];
        for (int s = 0; s < x.length; s++) {
            y[0][s] = 0;
            y[1][s] = 1 + (x[s][0] - 0.5) + 0.1 * x[s][1];
            y[2][s] = 1 + 0.1 * x[s][1];
        }
        Robustness.Result r = Robustness.analyze(List.of("none", "A", "B"), y, 0, true, x, PARAMS, Double.NaN,
                new Bootstrap(200, 1));
        Robustness.Flip flip = r.flips().stream().filter(f -> f.configuration().equals("A") && f.other().equals("B"))
                .findFirst().orElseThrow();
        Prim.Box box = flip.box();
        assertTrue(box.restricted()[0], box.describe());
        assertFalse(box.restricted()[1], box.describe());
        assertFalse(box.restricted()[2], box.describe());
        assertEquals(0.5, box.lower()[0], 0.1, box.describe());
        assertTrue(box.density() > 0.95 && box.coverage() > 0.9, box.toString());
        Estimate beats = r.rows().stream().filter(row -> row.configuration().equals("A")
                && row.statistic().equals("p_beats") && row.other().equals("B")).findFirst().orElseThrow().estimate();
        assertTrue(beats.covers(0.5) && beats.ciLow() > 0.4 && beats.ciHigh() < 0.6, beats.toString());
        assertTrue(r.flips().stream().noneMatch(f -> f.other().equals("none")), "A and B always beat none");
    }

    @Test
    void primOnALowerBoundAndAThresholdQuestion() {
        double[][] x = sample(400, 5);
        double[][] y = new double[2][x.length];
        for (int s = 0; s < x.length; s++) {
            y[1][s] = x[s][2] < 0.3 ? -0.1 : 0.2;
        }
        Robustness.Result r = Robustness.analyze(List.of("ref", "C"), y, 0, true, x, PARAMS, 0.0, new Bootstrap(100, 1));
        Prim.Box box = r.flips().stream().filter(f -> f.question().startsWith("effect below")).findFirst()
                .orElseThrow().box();
        assertTrue(box.restricted()[2] && !box.restricted()[0] && !box.restricted()[1], box.describe());
        assertEquals(0.3, box.upper()[2], 0.1, box.describe());
    }

    @Test
    void effectDistributionAndBestShareArePaired() {
        double[][] x = sample(200, 7);
        double[][] y = new double[2][x.length];
        for (int s = 0; s < x.length; s++) {
            y[0][s] = 10 * x[s][1];
            y[1][s] = y[0][s] + 0.5;
        }
        Robustness.Result r = Robustness.analyze(List.of("ref", "C"), y, 0, true, x, PARAMS, Double.NaN,
                new Bootstrap(100, 1));
        Estimate mean = r.rows().stream().filter(row -> row.statistic().equals("effect_mean")).findFirst()
                .orElseThrow().estimate();
        assertEquals(0.5, mean.value(), 1e-12);
        assertEquals(0.5, mean.ciLow(), 1e-9, "paired: the assumption spread cancels");
        Estimate best = r.rows().stream().filter(row -> row.configuration().equals("C")
                && row.statistic().equals("p_best")).findFirst().orElseThrow().estimate();
        assertEquals(1, best.value());
        assertTrue(r.flips().isEmpty());
        Robustness.Result lowerBetter = Robustness.analyze(List.of("ref", "C"), y, 0, false, x, PARAMS, Double.NaN,
                new Bootstrap(100, 1));
        assertEquals(0, lowerBetter.rows().stream().filter(row -> row.configuration().equals("C")
                && row.statistic().equals("p_best")).findFirst().orElseThrow().estimate().value());
    }

    @Test
    void primOnSmallSamplesNeverFailsAndNeverLowersTheDensity() {
        for (long seed = 0; seed < 200; seed++) {
            double[][] x = sample(6 + (int) (seed % 20), seed);
            MersenneTwister rng = new MersenneTwister(seed);
            boolean[] cases = new boolean[x.length];
            int hits = 0;
            for (int s = 0; s < x.length; s++) {
                cases[s] = rng.nextDouble() < 0.4 || x[s][0] + x[s][1] > 1.2;
                hits += cases[s] ? 1 : 0;
            }
            Prim.Box box = Prim.find(x, PARAMS, cases);
            assertTrue(box.density() >= hits / (double) x.length - 1e-12, "seed " + seed + ": " + box);
            assertTrue(box.inside() >= 1);
        }
    }

    @Test
    void pointsPreparedOnceServeManyQuestionsWithTheBoxesOfFreshOnes() {
        // values on a 0.05 grid, so that peels meet ties; one preparation reused for 60 questions, as a
        // robustness study reuses its assumption samples for every pair and outcome
        double[][] x = sample(300, 9);
        for (double[] p : x) {
            for (int i = 0; i < p.length; i++) {
                p[i] = Math.rint(p[i] * 20) / 20;
            }
        }
        Prim.Points points = Prim.prepare(x, PARAMS.size());
        MersenneTwister rng = new MersenneTwister(2);
        for (int question = 0; question < 60; question++) {
            double cut = rng.nextDouble();
            int dim = question % 3;
            boolean[] cases = new boolean[x.length];
            for (int s = 0; s < x.length; s++) {
                cases[s] = x[s][dim] > cut ^ rng.nextDouble() < 0.1;
            }
            Prim.Box reused = Prim.find(points, PARAMS, cases);
            Prim.Box fresh = Prim.find(copy(x), PARAMS, cases);
            assertArrayEquals(fresh.lower(), reused.lower(), "question " + question);
            assertArrayEquals(fresh.upper(), reused.upper(), "question " + question);
            assertEquals(fresh.trajectory(), reused.trajectory());
            assertEquals(fresh.inside(), reused.inside());
            assertEquals(fresh.density(), reused.density());
        }
    }

    private static double[][] copy(double[][] x) {
        double[][] out = new double[x.length][];
        for (int p = 0; p < x.length; p++) {
            out[p] = x[p].clone();
        }
        return out;
    }

    @Test
    void wilsonIntervalStaysInsideZeroOne() {
        Estimate e = Robustness.wilson(0, 20);
        assertEquals(0, e.ciLow());
        assertTrue(e.ciHigh() > 0.1 && e.ciHigh() < 0.2, e.toString());
    }

    @Test
    void labelsRoundToThreeSignificantDigits() {
        assertEquals("0.127", Labels.round(0.12650581831501168));
        assertEquals("1500", Labels.round(1499.7));
        assertEquals("4", Labels.round(4));
        assertEquals("-0.000123", Labels.round(-0.00012345));
    }
}
