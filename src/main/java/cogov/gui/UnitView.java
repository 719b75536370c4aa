package cogov.gui;

import cogov.model.Community;

/** One joint-building unit of a community, for the display and the inspectors. */
public final class UnitView {
    private final Community community;
    private final int number;

    public UnitView(Community community, int number) {
        this.community = community;
        this.number = number;
    }

    public String getCommunity() {
        return community.name();
    }

    public int getNumber() {
        return number;
    }

    public int getUnitsInCommunity() {
        return community.units();
    }

    public int getInServiceMembersInCommunity() {
        return community.inServiceMembers();
    }

    @Override
    public String toString() {
        return "Joint-building unit " + number + " of " + community.name();
    }
}
