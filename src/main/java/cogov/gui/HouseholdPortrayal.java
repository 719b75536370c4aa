package cogov.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/**
 * A household as a square dot of fixed pixel size, drawn without antialiasing so that pixel counts
 * in a snapshot follow the counts in the model. Party members get a black frame around the dot (the
 * dot's own area stays the same).
 */
public final class HouseholdPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    /** Side of a household dot in pixels, whatever the zoom. */
    public static final int DOT = 4;

    private final GuiSettings settings;

    public HouseholdPortrayal(GuiSettings settings) {
        this.settings = settings;
    }

    /** The colour of a household under the given mode. */
    public static Color colourOf(Household h, ColourMode mode) {
        return switch (mode) {
            case SATISFACTION -> Palette.gradient(h.getSatisfaction());
            case TRUST -> Palette.gradient(h.getTrust());
            case STATE -> h.getParticipating() ? Palette.PARTICIPATING
                    : h.getAwareness() >= Palette.AWARE_THRESHOLD ? Palette.AWARE : Palette.NEITHER;
        };
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        Household h = (Household) object;
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        int x = corner(info.draw.x);
        int y = corner(info.draw.y);
        graphics.setColor(colourOf(h, settings.colourMode()));
        graphics.fillRect(x, y, DOT, DOT);
        if (!"none".equals(h.getPartyMembership())) {
            graphics.setColor(Palette.BLACK);
            graphics.drawRect(x - 1, y - 1, DOT + 1, DOT + 1);
        }
        if (info.selected) {
            graphics.setColor(Palette.VERMILLION);
            graphics.drawRect(x - 3, y - 3, DOT + 5, DOT + 5);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return range.clip.intersects(corner(range.draw.x) - 1, corner(range.draw.y) - 1, DOT + 2, DOT + 2);
    }

    private static int corner(double centre) {
        return (int) Math.floor(centre) - DOT / 2;
    }
}
