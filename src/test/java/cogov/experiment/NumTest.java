package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumTest {

    @Test
    void formatsShortestRoundTrip() {
        assertEquals("", Num.format(Double.NaN));
        assertEquals("0", Num.format(0.0));
        assertEquals("3", Num.format(3.0));
        assertEquals("-12", Num.format(-12.0));
        assertEquals("0.1", Num.format(0.1));
        assertEquals("0.30000000000000004", Num.format(0.1 + 0.2));
        assertEquals("1E-10", Num.format(1e-10));
        assertEquals(2.5e20, Num.parse(Num.format(2.5e20)));
    }

    @Test
    void everyFormattedValueParsesBackExactly() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(d)) {
                assertEquals(d, Num.parse(Num.format(d)));
            }
            double u = r.nextDouble() * 1000;
            assertEquals(u, Num.parse(Num.format(u)));
        }
    }
}
