package cogov.experiment;

import cogov.config.Scenario;
import cogov.metrics.MetricsSink;

/**
 * What a sweep runs for each (scenario, seed): the simulation by default, a fast fake in tests. Must be
 * a pure function of the scenario (including its seed) for sweeps to be reproducible.
 */
@FunctionalInterface
public interface RunFunction {

    /** The real model. */
    RunFunction SIMULATION = Simulation::run;

    void run(Scenario scenario, MetricsSink sink) throws Exception;
}
