package cogov.mechanism;

import cogov.config.Scenario;
import cogov.model.CountyModel;

/**
 * The composition root: the one place a {@link CountyModel} is built from a validated scenario, with the
 * mechanisms the scenario switches on in registry (set-up) order. Batch runs, sweeps, the benchmark and
 * the GUI all call it, so they cannot assemble the model differently.
 */
public final class CountyModels {

    private CountyModels() {
    }

    /** A model of the scenario, not yet started, with its enabled mechanisms. */
    public static CountyModel newModel(Scenario scenario) {
        return new CountyModel(scenario, MechanismType.enabledIn(scenario));
    }
}
