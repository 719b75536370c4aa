package cogov.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CsvNumbersTest {

    @Test
    void nanIsAnEmptyCell() {
        assertEquals("", CsvNumbers.format(Double.NaN));
    }

    @Test
    void integersHaveNoDecimalPoint() {
        assertEquals("0", CsvNumbers.format(0.0));
        assertEquals("-0", CsvNumbers.format(-0.0));
        assertEquals("12", CsvNumbers.format(12.0));
        assertEquals("-3", CsvNumbers.format(-3.0));
        assertEquals("48000000", CsvNumbers.format(4.8e7));
    }

    @Test
    void everydayMagnitudesAvoidExponents() {
        assertEquals("0.1", CsvNumbers.format(0.1));
        assertEquals("0.001", CsvNumbers.format(0.001));
        assertEquals("0.00012", CsvNumbers.format(1.2e-4));
        assertEquals("12345678.9", CsvNumbers.format(12345678.9));
        assertEquals("-2.5", CsvNumbers.format(-2.5));
    }

    @Test
    void extremesUseScientificNotation() {
        assertEquals("1.5E-9", CsvNumbers.format(1.5e-9));
        assertEquals("1E+20", CsvNumbers.format(1e20));
        assertEquals("Infinity", CsvNumbers.format(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", CsvNumbers.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void shortestDigitsEvenWhereJava17PrintsTooMany() {
        // Java 17 prints these as 8.409999999999999E21, 1.9999999999999998E23 and 9.999999999999999E22
        assertEquals("8.41E+21", CsvNumbers.format(8.41e21));
        assertEquals("2E+23", CsvNumbers.format(2e23));
        assertEquals("1E+23", CsvNumbers.format(1e23));
        assertEquals("0.30000000000000004", CsvNumbers.format(0.1 + 0.2));
    }

    @Test
    void everyValueReadsBackExactly() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextDouble() * 1e6;
                case 2 -> Double.longBitsToDouble(random.nextLong());
                default -> Math.round(random.nextDouble() * 1e4) / 1e2;
            };
            if (Double.isNaN(v)) {
                continue;
            }
            assertEquals(v, Double.parseDouble(CsvNumbers.format(v)), () -> "value " + v);
        }
    }

    @Test
    void theShortcutSpellsEveryValueAsTheBigDecimalRouteDoes() {
        SplittableRandom random = new SplittableRandom(7);
        int shortcuts = 0;
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 6) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextDouble() * 1e6;
                case 2 -> Double.longBitsToDouble(random.nextLong());
                case 3 -> Math.round(random.nextDouble() * 1e4) / 1e2;
                case 4 -> -random.nextDouble() * Math.pow(10, random.nextInt(-8, 9));
                default -> random.nextInt(1, 10_000) / Math.pow(10, random.nextInt(1, 12));
            };
            if (Double.isNaN(v) || Double.isInfinite(v) || v == Math.rint(v)) {
                continue;
            }
            String fast = CsvNumbers.format(v);
            assertEquals(CsvNumbers.viaBigDecimal(v), fast, () -> "value " + v);
            shortcuts += fast.equals(Double.toString(v)) ? 1 : 0;
        }
        // the comparison means something only if the shortcut was taken often
        assertTrue(shortcuts > 50_000, "shortcut taken " + shortcuts + " times");
    }
}
