package cogov.mechanism;

import cogov.config.MechanismsSpec.JointBuildingSpec;
import cogov.model.Community;
import cogov.model.CountyModel;
import cogov.model.Mechanism;

/**
 * Joint building and co-management (联建共管): each community signs agreements with joint-building
 * units, which contribute money, venue area and volunteer hours; the units' in-service Party members
 * register where they live (double registration), become members there (outreach, invitations) and
 * give volunteer hours.
 */
public final class JointBuilding implements Mechanism {
    private final JointBuildingSpec spec;

    public JointBuilding(JointBuildingSpec spec) {
        this.spec = spec;
    }

    @Override
    public void setUp(CountyModel model) {
        for (Community c : model.communities()) {
            c.addUnits(spec.unitsPerCommunity(), spec.unitMoneyYuanYear(), spec.unitVenueM2(), spec.unitVolunteerHoursWeek());
            int registered = model.registerInServiceMembers(c, spec.registeredMembersPerCommunity());
            model.addMemberServiceHours(c, registered * spec.volunteerHoursPerMemberYear());
        }
    }
}
