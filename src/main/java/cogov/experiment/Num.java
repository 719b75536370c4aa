package cogov.experiment;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Deterministic number text for every sweep file: the shortest decimal that parses back to the same
 * double, integers without a fraction, NaN as the empty string. Run files are read back through
 * {@link #parse}, so aggregates computed from files equal those computed in memory.
 */
public final class Num {

    private Num() {
    }

    /** Shortest round-trip text of {@code d}; empty for NaN. */
    public static String format(double d) {
        if (Double.isNaN(d)) {
            return "";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d == 0 ? "0" : Long.toString((long) d);
        }
        String s = Double.toString(d);
        BigDecimal exact = new BigDecimal(s);
        int digits = exact.stripTrailingZeros().precision();
        if (digits >= 16) {
            for (int p = 15; p < digits; p++) {
                BigDecimal shorter = exact.round(new MathContext(p));
                if (shorter.doubleValue() == d) {
                    return plain(shorter);
                }
            }
        }
        return plain(exact);
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        int exponent = v.precision() - v.scale() - 1;
        if (exponent >= -7 && exponent < 15) {
            return v.toPlainString();
        }
        return v.toString().replace("E+", "E");
    }

    /** Inverse of {@link #format}: empty text is NaN. */
    public static double parse(String text) {
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }

    /** Text of a configuration value (number, boolean or string) as it appears in CSV files and ids. */
    public static String value(Object v) {
        if (v instanceof Double || v instanceof Float) {
            return format(((Number) v).doubleValue());
        }
        if (v instanceof java.math.BigInteger || v instanceof Number) {
            return v.toString();
        }
        return String.valueOf(v);
    }
}
