package cogov.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How every number in cogov's CSV files is spelled: the shortest decimal that reads back as the
 * same double, the same on every machine and Java version. Plain notation for magnitudes in
 * [1e-6, 1e15) (so yuan and counts never turn into {@code 1.2345E7}), scientific outside; integers
 * without {@code .0}; NaN (an undefined metric) as an empty cell.
 */
public final class CsvNumbers {

    private static final double PLAIN_MIN = 1e-6;
    private static final double PLAIN_MAX = 1e15;
    /** Double.toString is shortest below this many digits; at 16-17 it may not be before Java 19. */
    private static final int SUSPECT_DIGITS = 16;

    private CsvNumbers() {
    }

    /** The CSV spelling of {@code value}; {@code ""} for NaN. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return Double.doubleToRawLongBits(value) == 0 ? "0" : "-0";
        }
        double magnitude = Math.abs(value);
        if (magnitude < PLAIN_MAX && value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        String printed = Double.toString(value);
        if (isPlainAndShort(printed)) {
            return printed;
        }
        return viaBigDecimal(value);
    }

    /**
     * The spelling by way of {@link BigDecimal}, for every finite non-integer value; {@link #format} takes a
     * shortcut where this would return {@link Double#toString} unchanged.
     */
    static String viaBigDecimal(double value) {
        double magnitude = Math.abs(value);
        BigDecimal decimal = shortest(value).stripTrailingZeros();
        return magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX ? decimal.toPlainString() : decimal.toString();
    }

    /**
     * Whether {@link Double#toString} already gives the spelling: plain notation (Java uses it for magnitudes
     * in [1e-3, 1e7), inside the plain range), no trailing zero and fewer than {@link #SUSPECT_DIGITS}
     * significant digits (so shortest). Most metric values are such, and the {@link BigDecimal} route costs
     * a good share of a sweep's time.
     */
    private static boolean isPlainAndShort(String printed) {
        int digits = 0;
        boolean leading = true;
        for (int k = 0; k < printed.length(); k++) {
            char ch = printed.charAt(k);
            if (ch >= '1' && ch <= '9') {
                leading = false;
                digits++;
            } else if (ch == '0') {
                digits += leading ? 0 : 1;
            } else if (ch != '.' && !(ch == '-' && k == 0)) {
                return false;
            }
        }
        return digits < SUSPECT_DIGITS && printed.charAt(printed.length() - 1) != '0';
    }

    private static BigDecimal shortest(double value) {
        BigDecimal printed = new BigDecimal(Double.toString(value));
        int digits = printed.stripTrailingZeros().precision();
        if (digits < SUSPECT_DIGITS) {
            return printed;
        }
        // Rounding to more digits stays at least as close, so the precisions that read back form an
        // upward-closed set: search down from one digit fewer than printed (Java 17 over-prints by one
        // or two digits at most), which takes one to three roundings instead of up to sixteen.
        BigDecimal exact = new BigDecimal(value);
        BigDecimal best = printed;
        for (int p = digits - 1; p >= 1; p--) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() != value) {
                break;
            }
            best = candidate;
        }
        return best;
    }
}
