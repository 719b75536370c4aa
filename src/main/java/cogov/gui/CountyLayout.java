package cogov.gui;

import cogov.config.CommunitySpec;
import cogov.config.CommunityType;
import cogov.config.Scenario;
import cogov.model.Community;
import cogov.model.CountyModel;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the county is drawn: one square region per community, its side growing with the square root of
 * its households (so its area follows its size), grouped in bands by community type (old-urban, then
 * commodity-housing, then relocated) and packed row by row inside each band; households fill their
 * region's grid of cells row by row in index order, so each service grid (a contiguous index range) is a
 * contiguous block. A band for joint-building units tops each region, and the county departments sit in
 * a row below the communities. Display only, and the same for every run of the scenario: the model knows
 * nothing of it and no random numbers are drawn.
 */
final class CountyLayout {

    /** Distance between household centres, in field units (one unit is one pixel at scale 1). */
    static final double PITCH = 6;
    /** Margin inside a region around its household grid. */
    static final double PAD = 4;
    /** Band at the top of a region for its joint-building units. */
    static final double UNIT_BAND = 10;
    /** Space between regions. */
    static final double GAP = 16;
    /** Height of a community type's label above its band. */
    static final double TYPE_LABEL = 18;
    /** Width and height of a department's box. */
    static final double DEPARTMENT_WIDTH = 56;
    static final double DEPARTMENT_HEIGHT = 22;

    /** A community's region: its top-left corner, width and height, and its household grid's columns. */
    record Region(double x, double y, double width, double height, int columns) {
        /** Centre of the household cell {@code k} (0-based, row by row). */
        Double2D cell(int k) {
            return new Double2D(x + PAD + (k % columns + 0.5) * PITCH, y + UNIT_BAND + PAD + (k / columns + 0.5) * PITCH);
        }

        boolean contains(Double2D p) {
            return p.x >= x && p.x <= x + width && p.y >= y && p.y <= y + height;
        }
    }

    /** A type's band: its label's baseline origin and the type. */
    record TypeBand(CommunityType type, double x, double y, int communities) {
    }

    private final List<Region> regions;
    private final List<TypeBand> bands;
    private final double width;
    private final double height;
    private final double departmentsY;
    private final Continuous2D space;
    private final Household[] households;
    private final CountyModel model;
    private Network network;

    private CountyLayout(Scenario scenario, CountyModel model) {
        this.model = model;
        List<CommunitySpec> communities = scenario.communities();
        double[] sides = new double[communities.size()];
        int[] columns = new int[communities.size()];
        double area = 0;
        double widest = 0;
        for (int i = 0; i < sides.length; i++) {
            columns[i] = (int) Math.ceil(Math.sqrt(communities.get(i).households()));
            sides[i] = columns[i] * PITCH + 2 * PAD;
            area += (sides[i] + GAP) * (sides[i] + UNIT_BAND + GAP);
            widest = Math.max(widest, sides[i]);
        }
        double limit = Math.max(widest + 2 * GAP, Math.sqrt(area) * 1.3);
        Region[] placed = new Region[sides.length];
        List<TypeBand> typeBands = new ArrayList<>();
        double y = GAP / 2;
        double maxX = 0;
        for (CommunityType type : CommunityType.values()) {
            List<Integer> ofType = new ArrayList<>();
            for (int i = 0; i < sides.length; i++) {
                if (communities.get(i).type() == type) {
                    ofType.add(i);
                }
            }
            if (ofType.isEmpty()) {
                continue;
            }
            typeBands.add(new TypeBand(type, GAP, y + TYPE_LABEL - 5, ofType.size()));
            y += TYPE_LABEL + GAP;
            double x = GAP;
            double rowHeight = 0;
            for (int i : ofType) {
                double h = sides[i] + UNIT_BAND;
                if (x > GAP && x + sides[i] > limit) {
                    x = GAP;
                    y += rowHeight + GAP;
                    rowHeight = 0;
                }
                placed[i] = new Region(x, y, sides[i], h, columns[i]);
                x += sides[i] + GAP;
                maxX = Math.max(maxX, x);
                rowHeight = Math.max(rowHeight, h);
            }
            y += rowHeight + GAP / 2;
        }
        this.regions = List.of(placed);
        this.bands = List.copyOf(typeBands);
        this.departmentsY = y + TYPE_LABEL;
        int departments = scenario.needs().categories().size();
        this.width = Math.max(maxX, GAP + departments * (DEPARTMENT_WIDTH + GAP));
        this.height = departmentsY + DEPARTMENT_HEIGHT + GAP;
        this.space = new Continuous2D(PITCH * 4, width, height);
        if (model == null) {
            this.households = new Household[0];
            return;
        }
        this.households = new Household[model.population().size()];
        for (Community c : model.communities()) {
            Region r = regions.get(c.index());
            for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
                households[i] = new Household(model, i);
                space.setObjectLocation(households[i], r.cell(i - c.firstHousehold()));
            }
        }
    }

    /** The layout of a started model. */
    static CountyLayout of(CountyModel model) {
        return new CountyLayout(model.scenario(), model);
    }

    /** The regions alone, for sizing the display before any run. */
    static CountyLayout plan(Scenario scenario) {
        return new CountyLayout(scenario, null);
    }

    /** Width of the display space. */
    double width() {
        return width;
    }

    /** Height of the display space. */
    double height() {
        return height;
    }

    /** Households placed in their community's region. */
    Continuous2D space() {
        return space;
    }

    /** A community's region. */
    Region region(int community) {
        return regions.get(community);
    }

    /** Every region, by community index. */
    List<Region> regions() {
        return regions;
    }

    /** The type bands, in {@link CommunityType} order. */
    List<TypeBand> bands() {
        return bands;
    }

    /** Top-left corner of a community's region in {@link #space()}. */
    Double2D regionOrigin(Community c) {
        Region r = regions.get(c.index());
        return new Double2D(r.x(), r.y());
    }

    /** Where joint-building unit {@code k} (0-based) of a region is drawn, or null when the band is full. */
    static Double2D unitSpot(Region r, int k) {
        double x = r.x() + PAD + k * RegionPortrayal.UNIT_PITCH;
        return x + RegionPortrayal.UNIT_SIDE > r.x() + r.width() - PAD ? null : new Double2D(x, r.y() + 2.5);
    }

    /** Top-left corner of department {@code k}'s box. */
    Double2D departmentSpot(int k) {
        return new Double2D(GAP + k * (DEPARTMENT_WIDTH + GAP), departmentsY);
    }

    /** Where the departments' label goes. */
    Double2D departmentsLabel() {
        return new Double2D(GAP, departmentsY - 5);
    }

    /** The social network as a MASON {@link Network} of {@link Household}s, built on first request. */
    synchronized Network network() {
        if (network == null) {
            network = model.network().toMasonNetwork(households);
        }
        return network;
    }
}
