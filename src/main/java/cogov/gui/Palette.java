package cogov.gui;

import java.awt.Color;

/**
 * The Okabe-Ito colours (distinguishable with the common colour-vision deficiencies) and what the
 * GUI uses each for, so display, legend and charts agree.
 */
public final class Palette {
    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color GREY = new Color(0x999999);

    /** Households taking part within the participation window. */
    public static final Color PARTICIPATING = BLUISH_GREEN;
    /** Households aware (awareness at least {@link #AWARE_THRESHOLD}) but not taking part. */
    public static final Color AWARE = ORANGE;
    /** Households neither aware nor taking part. */
    public static final Color NEITHER = GREY;
    /** Joint-building units. */
    public static final Color UNIT = BLUE;
    public static final Color REGION_FILL = new Color(0xF4F4F4);
    public static final Color REGION_EDGE = new Color(0x707070);
    public static final Color TIE = new Color(0x56, 0xB4, 0xE9, 60);
    public static final Color BACKDROP = Color.WHITE;

    /** Awareness from which a non-participating household counts as aware. */
    public static final double AWARE_THRESHOLD = 0.5;

    private static final Color[] SERIES = {BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, YELLOW, BLACK};

    private Palette() {
    }

    /** The colour of the k-th line of a chart. */
    public static Color series(int k) {
        return SERIES[Math.floorMod(k, SERIES.length)];
    }

    /** A value in [0, 1] on a vermillion (low) to blue (high) ramp through light grey. */
    public static Color gradient(double value) {
        double v = Double.isNaN(value) ? 0.5 : Math.max(0, Math.min(1, value));
        Color mid = new Color(0xDDDDDD);
        return v < 0.5 ? mix(VERMILLION, mid, v * 2) : mix(mid, BLUE, (v - 0.5) * 2);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
