package cogov.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class SobolIndicesTest {

    private static List<IndexRow> run(int n, int k, ToDoubleFunction<double[]> f) {
        SaltelliDesign d = SaltelliDesign.of(n, k);
        double[][] p = d.points();
        double[] y = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            y[i] = f.applyAsDouble(p[i]);
        }
        return SobolIndices.analyze(d, names(k), Replicates.single(y), new Bootstrap(500, 42));
    }

    private static List<String> names(int k) {
        return java.util.stream.IntStream.range(0, k).mapToObj(i -> "x" + (i + 1)).toList();
    }

    static Estimate find(List<IndexRow> rows, String parameter, String index, int n) {
        return rows.stream().filter(r -> r.parameter().equals(parameter) && r.index().equals(index) && r.n() == n)
                .findFirst().orElseThrow().estimate();
    }

    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void ishigamiIndicesLieInTheirBootstrapIntervalsAtN4096() {
        List<IndexRow> rows = run(4096, 3, SobolIndicesTest::ishigami);
        double[] s1 = {0.3139, 0.4424, 0.0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            Estimate e1 = find(rows, "x" + (i + 1), "S1", 4096);
            Estimate et = find(rows, "x" + (i + 1), "ST", 4096);
            assertTrue(e1.covers(s1[i]), "S1 x" + (i + 1) + " " + e1);
            assertTrue(et.covers(st[i]), "ST x" + (i + 1) + " " + et);
            assertTrue(e1.ciHigh() - e1.ciLow() < 0.1, "interval too wide to mean anything: " + e1);
            assertEquals(s1[i], e1.value(), 0.03);
            assertEquals(st[i], et.value(), 0.03);
        }
    }

    @Test
    void convergenceRowsShrinkTheIntervalAsNGrows() {
        List<IndexRow> rows = run(1024, 3, SobolIndicesTest::ishigami);
        for (int n : new int[] {16, 32, 64, 128, 256, 512, 1024}) {
            find(rows, "x1", "ST", n);
        }
        Estimate small = find(rows, "x1", "ST", 32);
        Estimate large = find(rows, "x1", "ST", 1024);
        assertTrue(large.ciHigh() - large.ciLow() < small.ciHigh() - small.ciLow());
        assertTrue(rows.stream().noneMatch(r -> r.n() == 8));
    }

    @Test
    void sobolGFunctionMatchesItsAnalyticIndices() {
        double[] a = {0, 1, 4.5, 9, 99, 99};
        List<IndexRow> rows = run(4096, a.length, u -> {
            double prod = 1;
            for (int i = 0; i < a.length; i++) {
                prod *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
            }
            return prod;
        });
        double[] v = new double[a.length];
        double total = 1;
        for (int i = 0; i < a.length; i++) {
            v[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
            total *= 1 + v[i];
        }
        total -= 1;
        for (int i = 0; i < a.length; i++) {
            double others = 1;
            for (int j = 0; j < a.length; j++) {
                others *= j == i ? 1 : 1 + v[j];
            }
            double s1 = v[i] / total;
            double st = v[i] * others / total;
            Estimate e1 = find(rows, "x" + (i + 1), "S1", 4096);
            Estimate et = find(rows, "x" + (i + 1), "ST", 4096);
            assertEquals(s1, e1.value(), 0.03, "S1 x" + (i + 1));
            assertEquals(st, et.value(), 0.03, "ST x" + (i + 1));
            assertTrue(et.covers(st), "ST x" + (i + 1) + " " + et + " vs " + st);
        }
    }

    @Test
    void pureSeedNoiseGivesIndicesNearZeroAndStochasticShareNearOne() {
        SaltelliDesign d = SaltelliDesign.of(512, 4);
        int reps = 5;
        MersenneTwister rng = new MersenneTwister(3);
        double[] seedEffect = new double[reps];
        for (int r = 0; r < reps; r++) {
            seedEffect[r] = rng.nextGaussian();
        }
        double[][] common = new double[d.size()][reps];
        double[][] independent = new double[d.size()][reps];
        for (int p = 0; p < d.size(); p++) {
            for (int r = 0; r < reps; r++) {
                common[p][r] = seedEffect[r];
                independent[p][r] = rng.nextGaussian();
            }
        }
        for (double[][] y : new double[][][] {common, independent}) {
            List<IndexRow> rows = SobolIndices.analyze(d, names(4), new Replicates(y), new Bootstrap(200, 1));
            for (IndexRow row : rows) {
                if (row.index().equals("stochastic_share")) {
                    assertTrue(row.estimate().value() > 0.95, row.toString());
                } else if (row.n() == 512) {
                    assertEquals(0, row.estimate().value(), 0.05, row.toString());
                }
            }
        }
    }

    @Test
    void seedNoiseIsNotCountedAsSensitivity() {
        SaltelliDesign d = SaltelliDesign.of(1024, 2);
        int reps = 4;
        MersenneTwister rng = new MersenneTwister(9);
        double[][] y = new double[d.size()][reps];
        double[][] p = d.points();
        for (int i = 0; i < d.size(); i++) {
            for (int r = 0; r < reps; r++) {
                y[i][r] = p[i][0] + rng.nextGaussian() * 0.3;
            }
        }
        List<IndexRow> rows = SobolIndices.analyze(d, names(2), new Replicates(y), new Bootstrap(200, 1));
        double varX = 1.0 / 12;
        double total = varX + 0.09;
        assertEquals(varX / total, find(rows, "x1", "ST", 1024).value(), 0.04);
        assertEquals(varX / total, find(rows, "x1", "S1", 1024).value(), 0.04);
        assertEquals(0, find(rows, "x2", "ST", 1024).value(), 0.02);
        assertEquals(0.09 / total, find(rows, "*", "stochastic_share", 1024).value(), 0.04);
    }

    @Test
    void baseSampleSizeMustBeAPowerOfTwo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SaltelliDesign.of(1000, 3));
        assertTrue(e.getMessage().contains("use 512 or 1024"), e.getMessage());
        SaltelliDesign d = SaltelliDesign.of(8, 3);
        assertEquals(8 * 5, d.points().length);
        double[][] p = d.points();
        for (int j = 0; j < 8; j++) {
            for (int i = 0; i < 3; i++) {
                double[] ab = p[d.indexAB(j, i)];
                for (int c = 0; c < 3; c++) {
                    assertEquals(c == i ? p[d.indexB(j)][c] : p[d.indexA(j)][c], ab[c]);
                }
            }
        }
    }
}
