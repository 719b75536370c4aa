package cogov.gui;

import java.awt.Color;

/**
 * What the GUI uses each Okabe-Ito colour of the shared chart palette for (distinguishable with the
 * common colour-vision deficiencies), so display, legend and charts agree.
 */
public final class Palette {
    public static final Color BLACK = cogov.output.chart.Palette.OKABE_ITO.get(0);
    public static final Color ORANGE = cogov.output.chart.Palette.OKABE_ITO.get(1);
    public static final Color SKY_BLUE = cogov.output.chart.Palette.OKABE_ITO.get(2);
    public static final Color BLUISH_GREEN = cogov.output.chart.Palette.OKABE_ITO.get(3);
    public static final Color BLUE = cogov.output.chart.Palette.OKABE_ITO.get(4);
    public static final Color VERMILLION = cogov.output.chart.Palette.OKABE_ITO.get(5);
    public static final Color REDDISH_PURPLE = cogov.output.chart.Palette.OKABE_ITO.get(6);
    public static final Color YELLOW = cogov.output.chart.Palette.OKABE_ITO.get(7);
    public static final Color GREY = new Color(0x999999);

    /** Households taking part within the participation window. */
    public static final Color PARTICIPATING = BLUISH_GREEN;
    /** Households aware (awareness at least {@link #AWARE_THRESHOLD}) but not taking part. */
    public static final Color AWARE = ORANGE;
    /** Households neither aware nor taking part. */
    public static final Color NEITHER = GREY;
    /** Joint-building units (diamonds): a colour no household mode uses. */
    public static final Color UNIT = REDDISH_PURPLE;
    /** County departments' boxes when no diagnostic colours them. */
    public static final Color DEPARTMENT = new Color(0xCCCCCC);
    /** A diagnostic without a value (no activities held, activity model off, no capacity limit). */
    public static final Color NO_DATA = new Color(0xE2E2E2);
    public static final Color REGION_FILL = new Color(0xF4F4F4);
    public static final Color REGION_EDGE = new Color(0x707070);
    /** Social ties: translucent grey, so that no household colour is confused with them. */
    public static final Color TIE = new Color(0x70, 0x70, 0x70, 45);
    public static final Color BACKDROP = Color.WHITE;

    /** Awareness from which a non-participating household counts as aware. */
    public static final double AWARE_THRESHOLD = 0.5;

    private Palette() {
    }

    /** A value in [0, 1] on a vermillion (low) to blue (high) ramp through light grey. */
    public static Color gradient(double value) {
        double v = Double.isNaN(value) ? 0.5 : Math.max(0, Math.min(1, value));
        Color mid = new Color(0xDDDDDD);
        return v < 0.5 ? mix(VERMILLION, mid, v * 2) : mix(mid, BLUE, (v - 0.5) * 2);
    }

    /**
     * A diagnostic share in [0, 1] on a yellow (0) to orange (0.5) to vermillion (1) ramp of Okabe-Ito
     * colours, which stands out from the light region fill; NaN gives {@link #NO_DATA}.
     */
    public static Color diagnostic(double value) {
        if (Double.isNaN(value)) {
            return NO_DATA;
        }
        double v = Math.max(0, Math.min(1, value));
        return v < 0.5 ? mix(YELLOW, ORANGE, v * 2) : mix(ORANGE, VERMILLION, (v - 0.5) * 2);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
