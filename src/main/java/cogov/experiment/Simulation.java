package cogov.experiment;

import cogov.config.Scenario;
import cogov.mechanism.CountyModels;
import cogov.metrics.MetricsCollector;
import cogov.metrics.MetricsSink;
import cogov.model.CountyModel;

/**
 * Runs one scenario to completion without a GUI: a pure function of the scenario (its seed included)
 * whose daily metric rows stream to a sink.
 */
public final class Simulation {

    private Simulation() {
    }

    /** Runs {@code scenario.days()} days with {@code scenario.seed()}, streaming each day's rows to the sink. */
    public static void run(Scenario scenario, MetricsSink sink) {
        CountyModel model = CountyModels.newModel(scenario);
        model.start();
        MetricsCollector.attach(model, sink);
        model.runToEnd();
        model.finish();
    }
}
