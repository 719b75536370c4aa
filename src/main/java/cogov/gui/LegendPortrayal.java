package cogov.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/**
 * The display's legend, drawn as a layer of its own in the strip right of the county so that it is
 * part of every snapshot. It follows the colour mode chosen on the Model tab.
 */
public final class LegendPortrayal extends FieldPortrayal2D {
    /** Width of the legend strip in pixels. */
    public static final int WIDTH = 230;
    private static final int SWATCH = 10;
    private static final int LINE = 18;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final GuiSettings settings;

    public LegendPortrayal(GuiSettings settings) {
        this.settings = settings;
        setField(settings);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int x = (int) info.draw.x + 12;
        int y = (int) info.draw.y + 24;
        ColourMode mode = settings.colourMode();
        g.setFont(TITLE);
        g.setColor(Palette.BLACK);
        g.drawString("Households: " + mode.label(), x, y);
        y += LINE;
        g.setFont(TEXT);
        if (mode == ColourMode.STATE) {
            y = entry(g, x, y, Palette.PARTICIPATING, "participating");
            y = entry(g, x, y, Palette.AWARE, "aware, not participating");
            y = entry(g, x, y, Palette.NEITHER, "neither");
        } else {
            for (int k = 0; k <= 100; k++) {
                g.setColor(Palette.gradient(k / 100.0));
                g.fillRect(x + k, y - SWATCH, 1, SWATCH);
            }
            g.setColor(Palette.BLACK);
            g.drawString("0", x, y + 14);
            g.drawString("1", x + 96, y + 14);
            y += LINE + 14;
        }
        g.setColor(Palette.NEITHER.darker());
        g.fillRect(x + 1, y - SWATCH + 1, HouseholdPortrayal.DOT, HouseholdPortrayal.DOT);
        g.setColor(Palette.BLACK);
        g.drawRect(x, y - SWATCH, HouseholdPortrayal.DOT + 1, HouseholdPortrayal.DOT + 1);
        g.drawString("Party member (framed dot)", x + SWATCH + 8, y);
        y += LINE;
        y = entry(g, x, y, Palette.UNIT, "joint-building unit");
        g.setColor(Palette.SKY_BLUE);
        g.drawLine(x, y - SWATCH / 2, x + SWATCH, y - SWATCH / 2);
        g.setColor(Palette.BLACK);
        g.drawString("social tie" + (settings.getShowTies() ? "" : " (hidden)"), x + SWATCH + 8, y);
        y += LINE;
        g.setColor(Palette.REGION_EDGE);
        g.drawRect(x, y - SWATCH, SWATCH, SWATCH);
        g.setColor(Palette.BLACK);
        g.drawString("community region", x + SWATCH + 8, y);
    }

    private static int entry(Graphics2D g, int x, int y, Color colour, String label) {
        g.setColor(colour);
        g.fillRect(x, y - SWATCH, SWATCH, SWATCH);
        g.setColor(Palette.BLACK);
        g.drawString(label, x + SWATCH + 8, y);
        return y + LINE;
    }
}
