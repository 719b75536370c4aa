package cogov.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;

/**
 * The display's legend, drawn as a layer of its own in the strip right of the county so that it is
 * part of every snapshot. It follows the colour mode chosen on the Model tab: the mode's swatches
 * ({@link #swatches}), then the map's shapes.
 */
public final class LegendPortrayal extends FieldPortrayal2D {
    /** Width of the legend strip in pixels. */
    public static final int WIDTH = 270;
    private static final int SWATCH = 10;
    private static final int LINE = 18;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /** One colour of the legend and what it means. */
    record Swatch(Color colour, String label) {
    }

    private final GuiSettings settings;

    public LegendPortrayal(GuiSettings settings) {
        this.settings = settings;
        setField(settings);
    }

    /**
     * The colours a mode puts on households, each with its meaning: three states, a five-step gradient
     * (0, 0.25, 0.5, 0.75, 1), a five-step diagnostic ramp plus "no value", or the binding constraints.
     */
    static List<Swatch> swatches(ColourMode mode) {
        List<Swatch> list = new ArrayList<>();
        switch (mode) {
            case STATE -> {
                list.add(new Swatch(Palette.PARTICIPATING, "participating"));
                list.add(new Swatch(Palette.AWARE, "aware, not participating"));
                list.add(new Swatch(Palette.NEITHER, "neither"));
            }
            case SATISFACTION, TRUST -> {
                for (int k = 0; k <= 4; k++) {
                    list.add(new Swatch(Palette.gradient(k / 4.0), String.valueOf(k / 4.0)));
                }
            }
            case OVERSUBSCRIBED, WILLING_UNABLE, STAFF_UTILISATION, DEPARTMENT_UTILISATION -> {
                for (int k = 0; k <= 4; k++) {
                    list.add(new Swatch(Palette.diagnostic(k / 4.0), String.valueOf(k / 4.0)));
                }
                list.add(new Swatch(Palette.NO_DATA, "no value (no activities or no limit)"));
            }
            case BINDING -> {
                for (BindingConstraint c : BindingConstraint.values()) {
                    list.add(new Swatch(c.colour(), c.label()));
                }
            }
        }
        return list;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        int x = (int) info.draw.x + 12;
        int y = (int) info.draw.y + 24;
        ColourMode mode = settings.colourMode();
        g.setFont(TITLE);
        g.setColor(Palette.BLACK);
        g.drawString((mode.byCommunity() ? "Community: " : "Households: ") + mode.label(), x, y);
        y += LINE;
        g.setFont(TEXT);
        for (Swatch s : swatches(mode)) {
            y = entry(g, x, y, s.colour(), s.label());
        }
        y += LINE / 2;
        g.setFont(TITLE);
        g.setColor(Palette.BLACK);
        g.drawString("Shapes", x, y);
        y += LINE;
        g.setFont(TEXT);
        g.setColor(Palette.NEITHER.darker());
        g.fillRect(x + 1, y - SWATCH + 1, HouseholdPortrayal.DOT, HouseholdPortrayal.DOT);
        g.setColor(Palette.BLACK);
        g.drawRect(x, y - SWATCH, HouseholdPortrayal.DOT + 1, HouseholdPortrayal.DOT + 1);
        g.drawString("Party member (framed dot)", x + SWATCH + 8, y);
        y += LINE;
        int[] xs = {x + SWATCH / 2, x + SWATCH, x + SWATCH / 2, x};
        int[] ys = {y - SWATCH, y - SWATCH / 2, y, y - SWATCH / 2};
        g.setColor(Palette.UNIT);
        g.fillPolygon(xs, ys, 4);
        g.setColor(Palette.BLACK);
        g.drawPolygon(xs, ys, 4);
        g.drawString("joint-building unit (diamond)", x + SWATCH + 8, y);
        y += LINE;
        g.setColor(Palette.TIE.darker());
        g.drawLine(x, y - SWATCH / 2, x + SWATCH, y - SWATCH / 2);
        g.setColor(Palette.BLACK);
        g.drawString("social tie" + (settings.getShowTies() ? "" : " (hidden)"), x + SWATCH + 8, y);
        y += LINE;
        g.setColor(Palette.REGION_EDGE);
        g.drawRect(x, y - SWATCH, SWATCH, SWATCH);
        g.setColor(Palette.BLACK);
        g.drawString("community, sized by households", x + SWATCH + 8, y);
        y += LINE;
        g.setColor(RegionPortrayal.departmentColour(null, ColourMode.STATE));
        g.fillRect(x, y - SWATCH, SWATCH, SWATCH);
        g.setColor(Palette.BLACK);
        g.drawRect(x, y - SWATCH, SWATCH, SWATCH);
        g.drawString("county department", x + SWATCH + 8, y);
    }

    private static int entry(Graphics2D g, int x, int y, Color colour, String label) {
        g.setColor(colour);
        g.fillRect(x, y - SWATCH, SWATCH, SWATCH);
        g.setColor(Palette.BLACK);
        g.drawString(label, x + SWATCH + 8, y);
        return y + LINE;
    }
}
