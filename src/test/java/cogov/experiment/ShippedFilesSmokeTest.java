package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cogov.config.ExperimentLoader;
import cogov.config.ExperimentSpec;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.metrics.MetricsRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every shipped scenario and experiment loads, and runs for a few days (each configuration of an experiment builds). */
class ShippedFilesSmokeTest {

    private static List<Path> yaml(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static void runsForAFewDays(Scenario scenario) throws Exception {
        List<List<MetricsRow>> days = new ArrayList<>();
        Simulation.run(scenario.withDays(3), days::add);
        assertEquals(3, days.size(), scenario.name());
    }

    @Test
    void everyShippedScenarioLoadsAndRuns() throws Exception {
        List<Path> files = yaml(Path.of("scenarios"));
        assertFalse(files.isEmpty());
        for (Path file : files) {
            runsForAFewDays(ScenarioLoader.load(file));
        }
    }

    @Test
    void everyShippedExperimentLoadsAndEachConfigurationRuns() throws Exception {
        List<Path> files = yaml(Path.of("scenarios/experiments"));
        assertFalse(files.isEmpty());
        for (Path file : files) {
            ExperimentSpec spec = ExperimentLoader.load(file);
            Sweep sweep = new Sweep(spec, Files.readAllBytes(file), ScenarioSource.of(spec.base()), RunFunction.SIMULATION);
            List<Scenario> configurations = sweep.scenarios();
            assertFalse(configurations.isEmpty(), file.toString());
            runsForAFewDays(configurations.get(0));
            runsForAFewDays(configurations.get(configurations.size() - 1));
        }
    }
}
