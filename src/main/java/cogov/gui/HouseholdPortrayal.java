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
final class HouseholdPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    /** Side of a household dot in pixels, whatever the zoom. */
    public static final int DOT = 4;

    private final GuiSettings settings;
    private final Diagnostics diagnostics;

    HouseholdPortrayal(GuiSettings settings, Diagnostics diagnostics) {
        this.settings = settings;
        this.diagnostics = diagnostics;
    }

    /** The colour of a household under the given mode, with its community's last-day diagnostics. */
    static Color colourOf(Household h, ColourMode mode, Diagnostics.Day day) {
        return switch (mode) {
            case SATISFACTION -> Palette.gradient(h.getSatisfaction());
            case TRUST -> Palette.gradient(h.getTrust());
            case STATE -> h.getParticipating() ? Palette.PARTICIPATING
                    : h.getAwareness() >= Palette.AWARE_THRESHOLD ? Palette.AWARE : Palette.NEITHER;
            case BINDING -> day.binding(h.getCommunity()).colour();
            case OVERSUBSCRIBED, WILLING_UNABLE, STAFF_UTILISATION, DEPARTMENT_UTILISATION ->
                    Palette.diagnostic(day.value(h.getCommunity(), mode.metric()));
        };
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        Household h = (Household) object;
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        int x = corner(info.draw.x);
        int y = corner(info.draw.y);
        graphics.setColor(colourOf(h, settings.colourMode(), diagnostics.last()));
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
