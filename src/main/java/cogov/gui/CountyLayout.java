package cogov.gui;

import cogov.model.Community;
import cogov.model.CountyModel;
import cogov.model.Population;
import cogov.model.RandomStream;
import ec.util.MersenneTwisterFast;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * Where the county is drawn: one square region per community, laid out row by row on a near-square grid,
 * each region split into vertical strips by service grid, households scattered at random in their grid's
 * strip (the model's own placement stream, so a run always looks the same). Display only: the model
 * knows nothing of it.
 */
final class CountyLayout {

    /** Side of one community's square region in the display space. */
    static final double REGION = 100;
    /** Space between regions. */
    static final double GAP = 12;

    private final int columns;
    private final Continuous2D space;
    private final Household[] households;
    private final CountyModel model;
    private Network network;

    private CountyLayout(CountyModel model) {
        this.model = model;
        int n = model.communities().size();
        this.columns = columns(n);
        this.space = new Continuous2D(REGION / 10, width(n), height(n));
        Population p = model.population();
        this.households = new Household[p.size()];
        MersenneTwisterFast placement = RandomStream.PLACEMENT.forSeed(model.runSeed());
        for (Community c : model.communities()) {
            Double2D origin = regionOrigin(c);
            double stripWidth = REGION / c.gridCount();
            for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
                int g = p.grid(i) - c.firstGrid();
                double x = origin.x + g * stripWidth + placement.nextDouble() * stripWidth;
                double y = origin.y + placement.nextDouble() * REGION;
                households[i] = new Household(model, i);
                space.setObjectLocation(households[i], new Double2D(x, y));
            }
        }
    }

    /** The layout of a started model. */
    static CountyLayout of(CountyModel model) {
        return new CountyLayout(model);
    }

    private static int columns(int communities) {
        return (int) Math.ceil(Math.sqrt(communities));
    }

    /** Width of the display space for this many communities. */
    static double width(int communities) {
        return columns(communities) * (REGION + GAP) + GAP;
    }

    /** Height of the display space for this many communities. */
    static double height(int communities) {
        int rows = (int) Math.ceil(communities / (double) columns(communities));
        return rows * (REGION + GAP) + GAP;
    }

    /** Households placed in their community's region. */
    Continuous2D space() {
        return space;
    }

    /** Top-left corner of a community's region in {@link #space()}. */
    Double2D regionOrigin(Community c) {
        int col = c.index() % columns;
        int row = c.index() / columns;
        return new Double2D(GAP + col * (REGION + GAP), GAP + row * (REGION + GAP));
    }

    /** The social network as a MASON {@link Network} of {@link Household}s, built on first request. */
    synchronized Network network() {
        if (network == null) {
            network = model.network().toMasonNetwork(households);
        }
        return network;
    }
}
