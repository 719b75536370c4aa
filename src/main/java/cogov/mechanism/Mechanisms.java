package cogov.mechanism;

import cogov.config.MechanismsSpec;
import cogov.config.Scenario;
import cogov.model.Mechanism;

import java.util.ArrayList;
import java.util.List;

/** Builds the enabled mechanisms of a scenario, in a fixed order, for the model. */
public final class Mechanisms {
    private Mechanisms() {
    }

    /**
     * The enabled mechanisms in set-up order: first those that set each community's own resources
     * (input guarantee, full-time staff, joint building, Party-led governance), then regional
     * integration, which shares venue area and pools capacity on top of what the others provided.
     */
    public static List<Mechanism> enabledIn(Scenario scenario) {
        MechanismsSpec m = scenario.mechanisms();
        List<Mechanism> list = new ArrayList<>();
        if (m.inputGuarantee().enabled()) {
            list.add(new InputGuarantee(m.inputGuarantee()));
        }
        if (m.fullTimeStaff().enabled()) {
            list.add(new FullTimeStaff(m.fullTimeStaff(), scenario.costs().trainingYuanPerWorkerYear()));
        }
        if (m.jointBuilding().enabled()) {
            list.add(new JointBuilding(m.jointBuilding()));
        }
        if (m.partyLedGovernance().enabled()) {
            list.add(new PartyLedGovernance(m.partyLedGovernance()));
        }
        if (m.regionalIntegration().enabled()) {
            list.add(new RegionalIntegration(m.regionalIntegration()));
        }
        return List.copyOf(list);
    }
}
