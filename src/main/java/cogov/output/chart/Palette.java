package cogov.output.chart;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The Okabe-Ito colour-blind-safe palette. A configuration's colour is chosen by its index in the
 * experiment design, never by plotting order, so the same configuration has the same colour in
 * every chart, file and the live GUI.
 */
public final class Palette {

    /** Okabe-Ito colours, black first (the reference), yellow last (weakest on white). */
    public static final List<Color> OKABE_ITO = List.of(
            new Color(0x000000), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73),
            new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7), new Color(0xF0E442));

    private Palette() {
    }

    /** Colour of the configuration at this index in the design (cycles after eight). */
    public static Color colour(int designIndex) {
        return OKABE_ITO.get(Math.floorMod(designIndex, OKABE_ITO.size()));
    }

    /** The same colour with an alpha (0-255), for confidence bands and box fills. */
    public static Color translucent(int designIndex, int alpha) {
        Color c = colour(designIndex);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A marker shape that, with the colour, keeps configurations apart beyond eight and in greyscale. */
    public static Shape shape(int designIndex) {
        double s = 5.0;
        double h = s / 2;
        switch (Math.floorMod(designIndex / OKABE_ITO.size() + designIndex, 4)) {
            case 0:
                return new Ellipse2D.Double(-h, -h, s, s);
            case 1:
                return new Rectangle2D.Double(-h, -h, s, s);
            case 2:
                Path2D up = new Path2D.Double();
                up.moveTo(0, -h - 0.5);
                up.lineTo(h + 0.5, h);
                up.lineTo(-h - 0.5, h);
                up.closePath();
                return up;
            default:
                Path2D diamond = new Path2D.Double();
                diamond.moveTo(0, -h - 0.5);
                diamond.lineTo(h + 0.5, 0);
                diamond.lineTo(0, h + 0.5);
                diamond.lineTo(-h - 0.5, 0);
                diamond.closePath();
                return diamond;
        }
    }
}
