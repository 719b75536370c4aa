package cogov.gui;

import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Bag;

import java.awt.Graphics2D;

/**
 * Social ties over the household positions. The MASON network is built only when ties are first shown,
 * since for a big county it is large and drawing it is slow.
 */
public final class TiesPortrayal extends NetworkPortrayal2D {
    private final GuiSettings settings;
    private CountyLayout layout;
    private boolean built;

    public TiesPortrayal(GuiSettings settings) {
        this.settings = settings;
        setPortrayalForClass(Edge.class, new SimpleEdgePortrayal2D(Palette.TIE, null));
    }

    /** Forgets the previous run's network; the next draw with ties shown builds the new one. */
    synchronized void setLayout(CountyLayout layout) {
        this.layout = layout;
        this.built = false;
    }

    @Override
    public synchronized void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        if (ready()) {
            super.draw(getField(), graphics, info);
        }
    }

    /** Ties are not inspected (an edge has no information of its own): a click finds households and committees. */
    @Override
    public synchronized void hitObjects(DrawInfo2D range, Bag putInHere) {
    }

    private boolean ready() {
        if (!settings.getShowTies() || layout == null) {
            return false;
        }
        if (!built) {
            setField(new SpatialNetwork2D(layout.space(), layout.network()));
            built = true;
        }
        return true;
    }
}
