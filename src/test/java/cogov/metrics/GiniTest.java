package cogov.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GiniTest {
    @Test
    void equalValuesHaveNoInequality() {
        assertEquals(0.0, Gini.of(new double[] {0.4, 0.4, 0.4}), 1e-12);
    }

    @Test
    void oneHolderOfEverythingAmongFourIsThreeQuarters() {
        // G = (n - 1) / n for a single non-zero value among n
        assertEquals(0.75, Gini.of(new double[] {0, 0, 5, 0}), 1e-12);
    }

    @Test
    void knownSmallSample() {
        // 1, 2, 3: mean absolute difference 8/9, divided by twice the mean (4) gives 2/9
        assertEquals(2.0 / 9.0, Gini.of(new double[] {3, 1, 2}), 1e-12);
    }

    @Test
    void undefinedForFewerThanTwoValuesOrZeroSum() {
        assertTrue(Double.isNaN(Gini.of(new double[] {1})));
        assertTrue(Double.isNaN(Gini.of(new double[] {0, 0})));
    }
}
