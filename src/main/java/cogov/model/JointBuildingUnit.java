package cogov.model;

import java.util.ArrayDeque;

/**
 * A joint-building unit as an agent: its type, its agreement with one community, its engagement in
 * [0,1] and its projects. While engagement is at least the agreement's threshold the unit contributes
 * money, venue and volunteer hours in proportion to its engagement and takes on complex requests in its
 * expertise (its projects), with a weekly budget of expertise hours. A project that succeeds on time
 * (recognised) raises engagement; a failed one lowers it; engagement fades every day without projects.
 */
public final class JointBuildingUnit {
    private final int index;
    private final UnitType type;
    private final int community;
    private final Agreement agreement;
    private final boolean[] expertIn;
    private double engagement;
    private double expertiseHoursLeft;
    private int projectsDone;
    private int projectsFailed;
    final ArrayDeque<Request> projects = new ArrayDeque<>();

    JointBuildingUnit(int index, UnitType type, int community, Agreement agreement, boolean[] expertIn,
                      double initialEngagement) {
        this.index = index;
        this.type = type;
        this.community = community;
        this.agreement = agreement;
        this.expertIn = expertIn.clone();
        this.engagement = initialEngagement;
    }

    public int index() {
        return index;
    }

    public UnitType type() {
        return type;
    }

    public int community() {
        return community;
    }

    public Agreement agreement() {
        return agreement;
    }

    public double engagement() {
        return engagement;
    }

    /** Projects finished successfully and failed since day 1. */
    public int projectsDone() {
        return projectsDone;
    }

    public int projectsFailed() {
        return projectsFailed;
    }

    boolean expertIn(int category) {
        return expertIn[category];
    }

    boolean active(double minEngagement) {
        return engagement >= minEngagement;
    }

    /** Renews the week's expertise hours (scaled by engagement). */
    void startWeek() {
        expertiseHoursLeft = agreement.resources().expertiseHoursWeek() * engagement;
    }

    boolean canTake(Request r, double minEngagement) {
        return active(minEngagement) && expertIn[r.category] && expertiseHoursLeft >= r.effortHours;
    }

    void take(Request r) {
        expertiseHoursLeft -= r.effortHours;
        projects.addLast(r);
    }

    void succeeded(boolean recognised, double gain) {
        projectsDone++;
        if (recognised) {
            engagement += gain * (1 - engagement);
        }
    }

    void failed(double loss) {
        projectsFailed++;
        engagement -= loss * engagement;
    }

    /** A day passes: engagement fades at {@code perDay} (relative). */
    void fade(double perDay) {
        engagement -= perDay * engagement;
    }
}
