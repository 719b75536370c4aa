package cogov.experiment;

import cogov.output.CsvNumbers;

/**
 * Number text for every sweep file, spelled by {@link CsvNumbers} (shortest round trip, NaN empty). Run files are read back through
 * {@link #parse}, so aggregates computed from files equal those computed in memory.
 */
public final class Num {

    private Num() {
    }

    /** Shortest round-trip text of {@code d}; empty for NaN (the project-wide CSV spelling). */
    public static String format(double d) {
        return CsvNumbers.format(d);
    }

    /**
     * {@code d} rounded to {@code digits} significant digits (half-even), then spelled as by
     * {@link #format(double)}; {@code digits <= 0} keeps full precision. Seven digits keep every statistic
     * cogov reports to well inside its confidence interval while files shrink to about half.
     */
    public static String format(double d, int digits) {
        if (digits <= 0 || d == 0 || !Double.isFinite(d)) {
            return format(d);
        }
        return format(new java.math.BigDecimal(d).round(new java.math.MathContext(digits,
                java.math.RoundingMode.HALF_EVEN)).doubleValue());
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
