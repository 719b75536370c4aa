package cogov.gui;

import cogov.model.Community;
import cogov.model.CountyModel;

/**
 * A community's committee as the inspectors see it: read-only getters over the model's
 * {@link Community}, evaluated when the inspector refreshes.
 */
public final class CommunityView {
    private final CountyModel model;
    private final Community community;
    private final CountyLayout.Region region;

    CommunityView(CountyModel model, Community community, CountyLayout.Region region) {
        this.model = model;
        this.community = community;
        this.region = region;
    }

    Community community() {
        return community;
    }

    /** Where the map draws the community. */
    CountyLayout.Region region() {
        return region;
    }

    public String getName() {
        return community.name();
    }

    public String getType() {
        return community.type().key();
    }

    public int getHouseholds() {
        return community.households();
    }

    public int getGrids() {
        return community.gridCount();
    }

    public int getStaffPosts() {
        return community.staffPosts();
    }

    public int getStaffOnDuty() {
        return community.staffOnDuty(model.day());
    }

    public double getStaffProductivity() {
        return community.staffProductivity();
    }

    public int getGridWorkers() {
        return community.gridWorkers();
    }

    public double getVenueM2() {
        return community.venueM2();
    }

    public double getBudgetYuanYear() {
        return community.budgetYuanYear();
    }

    public int getJointBuildingUnits() {
        return community.units();
    }

    public int getResidentMembers() {
        return community.residentMembers();
    }

    public int getInServiceMembers() {
        return community.inServiceMembers();
    }

    public double getCapacityHoursToday() {
        return community.capacityHours();
    }

    public double getOutstandingEffortHours() {
        return community.outstandingEffort();
    }

    public double getParticipationRate() {
        int participants = 0;
        for (int i = community.firstHousehold(); i < community.endHousehold(); i++) {
            if (model.isParticipating(i)) {
                participants++;
            }
        }
        return community.households() == 0 ? Double.NaN : participants / (double) community.households();
    }

    @Override
    public String toString() {
        return "Committee of " + community.name();
    }
}
