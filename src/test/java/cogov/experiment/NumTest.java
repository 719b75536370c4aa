package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * The fast path of {@link Num#format(double, int)} must give exactly the text of its definition (the exact
     * value rounded half-even): random doubles of every plain magnitude, values next to decimal ties, values
     * just below powers of ten, integers, and every digit count it serves.
     */
    @Test
    void fastRoundingGivesTheExactRoundingsText() {
        SplittableRandom r = new SplittableRandom(11);
        int fast = 0;
        for (int i = 0; i < 400_000; i++) {
            int digits = 1 + r.nextInt(9);
            double d = switch (i % 5) {
                case 0 -> Math.pow(10, -6 + 21 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
                case 1 -> r.nextDouble();
                case 2 -> {
                    // a decimal tie at the rounding digit, and its neighbours one ulp away
                    double tie = (Math.floor(r.nextDouble() * Math.pow(10, digits)) + 0.5) / Math.pow(10, digits);
                    int step = r.nextInt(3) - 1;
                    yield step == 0 ? tie : step > 0 ? Math.nextUp(tie) : Math.nextDown(tie);
                }
                case 3 -> Math.nextDown(Math.pow(10, r.nextInt(-5, 15)));
                default -> Math.rint(r.nextDouble() * 1e9) / (r.nextBoolean() ? 1 : 100);
            };
            if (d == 0) {
                continue;
            }
            String quick = Num.roundedPlain(d, digits);
            if (quick != null) {
                fast++;
                assertEquals(Num.exactlyRounded(d, digits), quick, d + " at " + digits + " digits");
            }
            assertEquals(Num.exactlyRounded(d, digits), Num.format(d, digits), d + " at " + digits + " digits");
        }
        assertTrue(fast > 300_000, "the fast path served only " + fast + " values");
    }
}
