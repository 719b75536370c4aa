package cogov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.experiment.Simulation;
import cogov.mechanism.MechanismType;
import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsRow;
import cogov.metrics.Scope;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The twin run's running paired interval is the t interval of the per-seed differences of the two runs. */
class PairedReplicationsTest {

    /** Student's t quantile 0.975 with 2 degrees of freedom. */
    private static final double T_975_2 = 4.302652729911275;

    @TempDir
    Path dir;

    @Test
    void intervalOverThreeReplicationsIsTheTIntervalOfTheSeedsDifferences() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        Path baseline = Path.of("scenarios/lijin-baseline.yaml").toAbsolutePath();
        Path opened = Files.writeString(dir.resolve("small.yaml"), String.join("\n",
                "extends: " + baseline, "name: small", "days: 30", "seed: 5",
                "mechanisms: {party_led_governance: {start_day: 1}}",   // the shipped start day 181 is after day 30
                "communities:",
                "  - {name: a, type: old-urban, households: 120}",
                "  - {name: b, type: relocated, households: 100, relocated_households: 60}", ""));
        CountyGui gui = new CountyGui(opened, Map.of());
        gui.settings().setEnabled(MechanismType.PARTY_LED_GOVERNANCE, true);
        gui.settings().setTwinRun(true);
        gui.settings().setReplications(3);
        gui.start();
        while (gui.step()) {
            // three replications
        }
        PairedReplications paired = gui.paired();
        assertEquals(3, paired.completed());
        gui.finish();

        Scenario reference = ScenarioLoader.load(opened);
        Scenario configuration = ScenarioLoader.load(opened, Map.of(MechanismType.PARTY_LED_GOVERNANCE.enabledKey(), true));
        int day = 30;
        for (int m = 0; m < LiveCharts.METRICS.size(); m++) {
            String metric = LiveCharts.METRICS.get(m);
            double[] diff = new double[3];
            for (int r = 0; r < 3; r++) {
                diff[r] = county(configuration.withSeed(5 + r), metric, day) - county(reference.withSeed(5 + r), metric, day);
            }
            double mean = (diff[0] + diff[1] + diff[2]) / 3;
            double ss = 0;
            for (double d : diff) {
                ss += (d - mean) * (d - mean);
            }
            double half = T_975_2 * Math.sqrt(ss / 2) / Math.sqrt(3);
            PairedReplications.Interval i = paired.at(m, day);
            if (Double.isNaN(mean)) {
                continue;
            }
            assertEquals(3, i.n(), metric);
            assertEquals(mean, i.mean(), 1e-12, metric);
            assertEquals(mean - half, i.lo(), 1e-9, metric);
            assertEquals(mean + half, i.hi(), 1e-9, metric);
        }
        assertTrue(paired.at(0, day).hi() > paired.at(0, day).lo() || paired.at(0, day).mean() == 0);
    }

    private static double county(Scenario scenario, String metric, int day) throws Exception {
        double[] value = {Double.NaN};
        Simulation.run(scenario, rows -> {
            for (MetricsRow row : rows) {
                if (row.scope() == Scope.COUNTY && row.day() == day) {
                    value[0] = row.get(metric);
                }
            }
        });
        return value[0];
    }

    @Test
    void oneReplicationHasAMeanAndTwoGiveAnInterval() {
        String metric = LiveCharts.METRICS.get(0);
        PairedReplications p = new PairedReplications(List.of(metric), 1);
        p.configuration(List.of(countyRow(metric, 0.6)));
        p.reference(List.of(countyRow(metric, 0.5)));
        assertEquals(0.1, p.difference(0, 1), 1e-12);
        p.end();
        PairedReplications.Interval one = p.at(0, 1);
        assertEquals(1, one.n());
        assertEquals(0.1, one.mean(), 1e-12);
        assertTrue(Double.isNaN(one.lo()) && Double.isNaN(one.hi()));
        p.configuration(List.of(countyRow(metric, 0.7)));
        p.reference(List.of(countyRow(metric, 0.5)));
        p.end();
        PairedReplications.Interval two = p.at(0, 1);
        double half = 12.706204736174707 * Math.sqrt(0.005) / Math.sqrt(2);
        assertEquals(2, two.n());
        assertEquals(0.15, two.mean(), 1e-12);
        assertEquals(0.15 - half, two.lo(), 1e-9);
        assertEquals(0.15 + half, two.hi(), 1e-9);
    }

    private static MetricsRow countyRow(String metric, double value) {
        double[] values = new double[MetricRegistry.size()];
        Arrays.fill(values, Double.NaN);
        values[MetricRegistry.all().indexOf(MetricRegistry.find(metric))] = value;
        return new MetricsRow(1, Scope.COUNTY, "county", "", values);
    }
}
