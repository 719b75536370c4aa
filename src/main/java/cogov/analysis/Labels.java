package cogov.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers for labels: a sampled parameter value printed with 17 digits says nothing a reader can use,
 * so labels, box limits and legends show 3 significant digits.
 */
public final class Labels {

    /** Significant digits of label numbers. */
    public static final int DIGITS = 3;

    private Labels() {
    }

    /** {@code v} to {@link #DIGITS} significant digits, without exponent or trailing zeros ("0.127", "1500"). */
    public static String round(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : (v > 0 ? "inf" : "-inf");
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
