package cogov.experiment;

import cogov.config.Scenario;
import cogov.metrics.MetricsSink;

/**
 * Runs one scenario to completion: a pure function of (scenario, scenario.seed) whose daily metric
 * rows go to a sink. PLACEHOLDER API while the model is being written.
 */
public final class Simulation {

    private Simulation() {
    }

    /** Runs {@code scenario.days()} days with {@code scenario.seed()}, streaming each day's rows to the sink. */
    public static void run(Scenario scenario, MetricsSink sink) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
