package cogov.mechanism;

import cogov.config.MechanismsSpec.JointBuildingSpec;
import cogov.model.Agreement;
import cogov.model.Community;
import cogov.model.CountyModel;
import cogov.model.Mechanism;
import cogov.model.UnitType;

/**
 * Joint building and co-management (联建共管): each community signs agreements (needs, resources,
 * projects) with joint-building units of the four types in turn; each unit contributes money, venue
 * and volunteer hours in proportion to its engagement and takes on complex requests in its expertise;
 * the units' in-service Party members, residents of the community, register where they live (double
 * registration) and give service hours there.
 */
public final class JointBuilding implements Mechanism {
    private final JointBuildingSpec spec;

    public JointBuilding(JointBuildingSpec spec) {
        this.spec = spec;
    }

    @Override
    public int startDay() {
        return spec.startDay();
    }

    @Override
    public void setUp(CountyModel model) {
        UnitType[] types = UnitType.values();
        Agreement.Resources resources = new Agreement.Resources(spec.unitMoneyYuanYear(), spec.unitVenueM2(),
                spec.unitVolunteerHoursWeek(), spec.expertiseHoursWeek());
        for (Community c : model.communities()) {
            for (int u = 0; u < spec.unitsPerCommunity(); u++) {
                model.signUnit(c, types[u % types.length], resources, spec.initialEngagement());
            }
            int registered = model.registerInServiceMembers(c, spec.registeredMembersPerCommunity());
            model.addMemberServiceHours(c, registered * spec.volunteerHoursPerMemberYear());
        }
    }
}
