package cogov.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cogov.config.ScenarioLoader;
import cogov.experiment.Simulation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every declared metric is filled: over short runs of the baseline and with all mechanisms on, each takes at least two
 * different values that are not NaN. A metric whose sums the collector never gathers stays NaN or 0.
 */
class EveryMetricFilledTest {

    @Test
    void everyDeclaredMetricTakesRealChangingValues() throws Exception {
        List<List<MetricsRow>> days = new ArrayList<>();
        for (String scenario : List.of("lijin-baseline", "all-mechanisms")) {
            // the shipped election is on day 1,169: hold one inside the short run so its metrics are filled too
            Simulation.run(ScenarioLoader.load(Path.of("scenarios/" + scenario + ".yaml"),
                    // and start the mechanisms on day 1 (the shipped start day 181 is after the short run)
                    Map.of("days", 75, "election.first_day", 60,
                            "mechanisms.joint_building.start_day", 1, "mechanisms.regional_integration.start_day", 1,
                            "mechanisms.party_led_governance.start_day", 1, "mechanisms.full_time_staff.start_day", 1,
                            "mechanisms.input_guarantee.start_day", 1)), days::add);
        }
        List<String> unfilled = new ArrayList<>();
        List<Metric> metrics = MetricRegistry.all();
        for (int k = 0; k < metrics.size(); k++) {
            Set<Double> seen = new HashSet<>();
            for (List<MetricsRow> rows : days) {
                for (MetricsRow r : rows) {
                    if (!Double.isNaN(r.values()[k])) {
                        seen.add(r.values()[k]);
                    }
                }
            }
            if (seen.size() < 2) {
                unfilled.add(metrics.get(k).name() + " " + seen);
            }
        }
        assertEquals(List.of(), unfilled, "declared metrics that are never filled");
    }
}
