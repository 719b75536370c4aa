package cogov.cli;

import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.experiment.Simulation;
import cogov.metrics.MetricsSink;
import java.nio.file.Path;

/**
 * What the commands need from the rest of cogov, in one seam so CLI tests can run the whole command
 * path with a stand-in model. {@link #DEFAULT} is the real loader and simulation.
 */
interface Engine {

    Scenario load(Path file) throws ConfigException;

    String toResolvedYaml(Scenario scenario);

    void run(Scenario scenario, MetricsSink sink);

    Engine DEFAULT = new Engine() {
        @Override
        public Scenario load(Path file) throws ConfigException {
            return ScenarioLoader.load(file);
        }

        @Override
        public String toResolvedYaml(Scenario scenario) {
            return ScenarioLoader.toResolvedYaml(scenario);
        }

        @Override
        public void run(Scenario scenario, MetricsSink sink) {
            Simulation.run(scenario, sink);
        }
    };
}
