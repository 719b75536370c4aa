package cogov.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

/**
 * Draws a {@link CommunityView} as its labelled square region and a {@link UnitView} as a small square,
 * both placed by their top-left corner in the regions field.
 */
public final class RegionPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    /** Side of a unit's square, in field units. */
    public static final double UNIT_SIDE = 4;
    /** Distance between unit squares, in field units. */
    public static final double UNIT_PITCH = 5;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        Rectangle2D.Double r = bounds(object, info);
        if (object instanceof CommunityView c) {
            graphics.setColor(Palette.REGION_FILL);
            graphics.fill(r);
            graphics.setColor(info.selected ? Palette.VERMILLION : Palette.REGION_EDGE);
            graphics.setStroke(new BasicStroke(info.selected ? 2f : 1f));
            graphics.draw(r);
            graphics.setStroke(new BasicStroke(1f));
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setFont(LABEL);
            graphics.setColor(Palette.BLACK);
            graphics.drawString(c.getName(), (float) r.x + 4, (float) r.y - 3);
        } else {
            graphics.setColor(Palette.UNIT);
            graphics.fill(r);
            graphics.setColor(info.selected ? Palette.VERMILLION : Palette.BLACK);
            graphics.draw(r);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return bounds(object, range).intersects(range.clip.getBounds2D());
    }

    private static Rectangle2D.Double bounds(Object object, DrawInfo2D info) {
        double side = object instanceof CommunityView ? CountyLayout.REGION : UNIT_SIDE;
        return new Rectangle2D.Double(info.draw.x, info.draw.y, side * info.draw.width, side * info.draw.height);
    }
}
