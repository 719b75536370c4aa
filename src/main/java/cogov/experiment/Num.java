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
        String fast = digits <= FAST_DIGITS ? roundedPlain(d, digits) : null;
        return fast != null ? fast : exactlyRounded(d, digits);
    }

    /** The definition of {@link #format(double, int)}: the exact binary value rounded half-even in decimal. */
    static String exactlyRounded(double d, int digits) {
        return format(new java.math.BigDecimal(d).round(new java.math.MathContext(digits,
                java.math.RoundingMode.HALF_EVEN)).doubleValue());
    }

    /** Significant digits up to which {@link #roundedPlain} is tried (its scaled value stays far below 2^53). */
    private static final int FAST_DIGITS = 9;
    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /**
     * The same text as {@link #exactlyRounded} in long arithmetic, for the magnitudes that are written in
     * plain notation, or null when this cannot be sure (near a rounding tie, or outside [1e-6, 1e15)), where
     * the caller falls back to the exact path. Scaling {@code |d|} by an exact power of ten rounds once, so
     * the scaled value is within half an ulp of the exact one; outside a margin of a few ulps around .5 the
     * rounded digits are therefore those of the exact value. The double nearest to {@code r / 10^k} is the one
     * {@link java.math.BigDecimal#doubleValue()} gives (one correctly rounded division of exact operands), and
     * its shortest text is those digits without trailing zeros.
     */
    static String roundedPlain(double d, int digits) {
        double a = Math.abs(d);
        if (a < 1e-6 || a >= 1e15) {
            return null;
        }
        int exponent = (int) Math.floor(Math.log10(a));
        for (int attempt = 0; attempt < 2; attempt++) {
            int k = digits - 1 - exponent;
            if (k > 22 || k < -22) {
                return null;
            }
            double scaled = k >= 0 ? a * POW10[k] : a / POW10[-k];
            if (scaled >= POW10[digits]) {
                exponent++;
                continue;
            }
            if (scaled < POW10[digits - 1]) {
                exponent--;
                continue;
            }
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            if (Math.abs(fraction - 0.5) <= 4 * Math.ulp(scaled)) {
                return null;
            }
            long r = (long) floor + (fraction > 0.5 ? 1 : 0);
            if ((k >= 0 ? r / POW10[k] : r * POW10[-k]) >= 1e15) {
                return null;
            }
            return plain(d < 0, r, k);
        }
        return null;
    }

    /** {@code r * 10^-k} in plain notation without trailing zeros (an integer without a point). */
    private static String plain(boolean negative, long r, int k) {
        while (k > 0 && r % 10 == 0) {
            r /= 10;
            k--;
        }
        StringBuilder sb = new StringBuilder(24);
        if (negative) {
            sb.append('-');
        }
        String digits = Long.toString(r);
        if (k <= 0) {
            sb.append(digits);
            for (int i = 0; i < -k; i++) {
                sb.append('0');
            }
        } else if (digits.length() > k) {
            sb.append(digits, 0, digits.length() - k).append('.').append(digits, digits.length() - k, digits.length());
        } else {
            sb.append("0.");
            for (int i = digits.length(); i < k; i++) {
                sb.append('0');
            }
            sb.append(digits);
        }
        return sb.toString();
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
