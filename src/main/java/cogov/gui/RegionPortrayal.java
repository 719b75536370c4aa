package cogov.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws the regions field: a {@link CommunityView} as its labelled region, a {@link UnitView} as a
 * small diamond (a shape no household has), a {@link DepartmentView} as a labelled box (coloured by its
 * utilisation in that colour mode) and a {@link MapLabel} as text. Each is placed by its top-left corner.
 */
final class RegionPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    /** Side of a unit's diamond, in field units. */
    static final double UNIT_SIDE = 6;
    /** Distance between unit diamonds, in field units. */
    static final double UNIT_PITCH = 8;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private final GuiSettings settings;

    RegionPortrayal(GuiSettings settings) {
        this.settings = settings;
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Rectangle2D.Double r = bounds(object, info);
        if (object instanceof CommunityView c) {
            graphics.setColor(Palette.REGION_FILL);
            graphics.fill(r);
            graphics.setColor(info.selected ? Palette.VERMILLION : Palette.REGION_EDGE);
            graphics.setStroke(new BasicStroke(info.selected ? 2f : 1f));
            graphics.draw(r);
            graphics.setStroke(new BasicStroke(1f));
            graphics.setFont(LABEL);
            graphics.setColor(Palette.BLACK);
            graphics.drawString(c.getName() + " (" + c.getHouseholds() + ")", (float) r.x + 2, (float) r.y - 3);
        } else if (object instanceof UnitView) {
            Shape diamond = diamond(r);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setColor(Palette.UNIT);
            graphics.fill(diamond);
            graphics.setColor(info.selected ? Palette.VERMILLION : Palette.BLACK);
            graphics.draw(diamond);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        } else if (object instanceof DepartmentView d) {
            graphics.setColor(departmentColour(d, settings.colourMode()));
            graphics.fill(r);
            graphics.setColor(info.selected ? Palette.VERMILLION : Palette.BLACK);
            graphics.draw(r);
            graphics.setFont(SMALL);
            String name = d.getNeedCategory();
            graphics.drawString(name.length() > 9 ? name.substring(0, 9) : name, (float) r.x + 3, (float) (r.y + r.height / 2 + 4));
        } else if (object instanceof MapLabel l) {
            graphics.setFont(LABEL);
            graphics.setColor(Palette.REGION_EDGE.darker());
            graphics.drawString(l.text(), (float) info.draw.x, (float) info.draw.y);
        }
    }

    /** A department's fill: its utilisation in the department-utilisation mode, neutral otherwise. */
    static Color departmentColour(DepartmentView d, ColourMode mode) {
        return mode == ColourMode.DEPARTMENT_UTILISATION ? Palette.diagnostic(d.getUtilisationToday()) : Palette.DEPARTMENT;
    }

    private static Shape diamond(Rectangle2D.Double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(r.getCenterX(), r.y);
        p.lineTo(r.getMaxX(), r.getCenterY());
        p.lineTo(r.getCenterX(), r.getMaxY());
        p.lineTo(r.x, r.getCenterY());
        p.closePath();
        return p;
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return !(object instanceof MapLabel) && bounds(object, range).intersects(range.clip.getBounds2D());
    }

    private static Rectangle2D.Double bounds(Object object, DrawInfo2D info) {
        double w;
        double h;
        if (object instanceof CommunityView c) {
            w = c.region().width();
            h = c.region().height();
        } else if (object instanceof DepartmentView) {
            w = CountyLayout.DEPARTMENT_WIDTH;
            h = CountyLayout.DEPARTMENT_HEIGHT;
        } else if (object instanceof UnitView) {
            w = UNIT_SIDE;
            h = UNIT_SIDE;
        } else {
            w = 0;
            h = 0;
        }
        return new Rectangle2D.Double(info.draw.x, info.draw.y, w * info.draw.width, h * info.draw.height);
    }

    /** Text on the map (a community type's band, the departments' row); not inspectable. */
    record MapLabel(String text) {
    }
}
