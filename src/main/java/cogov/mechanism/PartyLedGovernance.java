package cogov.mechanism;

import cogov.config.MechanismsSpec.PartyLedGovernanceSpec;
import cogov.model.Community;
import cogov.model.CountyModel;
import cogov.model.Mechanism;

/**
 * Party-building-led governance (党建引领治理): regular consultation meetings that build trust, a Party
 * member outreach programme, integration of Party and governance work that removes duplicated effort
 * (a staff productivity multiplier) and has the community Party organisation coordinate
 * cross-department requests (political leadership), and better service communication (channel quality).
 */
public final class PartyLedGovernance implements Mechanism {
    private final PartyLedGovernanceSpec spec;

    public PartyLedGovernance(PartyLedGovernanceSpec spec) {
        this.spec = spec;
    }

    @Override
    public int startDay() {
        return spec.startDay();
    }

    @Override
    public void setUp(CountyModel model) {
        for (Community c : model.communities()) {
            c.setConsultations(spec.consultationsPerMonth(), spec.consultationTrustGain());
            c.ensureConsultationFollowThrough(spec.followThrough());
            c.setOutreachVisitsPerMemberMonth(spec.outreachVisitsPerMemberMonth());
            c.multiplyStaffProductivity(spec.productivityMultiplier());
            c.improveChannels(spec.communicationBoost());
            if (spec.coordination()) {
                c.coordinateCrossDepartment();
            }
        }
    }
}
