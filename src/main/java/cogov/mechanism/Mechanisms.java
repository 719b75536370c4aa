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

    /** The enabled mechanisms: joint building, regional integration, Party-led governance, staff, input. */
    public static List<Mechanism> enabledIn(Scenario scenario) {
        MechanismsSpec m = scenario.mechanisms();
        List<Mechanism> list = new ArrayList<>();
        if (m.jointBuilding().enabled()) {
            list.add(new JointBuilding(m.jointBuilding()));
        }
        if (m.regionalIntegration().enabled()) {
            list.add(new RegionalIntegration(m.regionalIntegration()));
        }
        if (m.partyLedGovernance().enabled()) {
            list.add(new PartyLedGovernance(m.partyLedGovernance()));
        }
        if (m.fullTimeStaff().enabled()) {
            list.add(new FullTimeStaff(m.fullTimeStaff(), scenario.costs().trainingYuanPerWorkerYear()));
        }
        if (m.inputGuarantee().enabled()) {
            list.add(new InputGuarantee(m.inputGuarantee()));
        }
        return List.copyOf(list);
    }
}
