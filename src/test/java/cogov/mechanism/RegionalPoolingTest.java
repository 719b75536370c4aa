package cogov.mechanism;

import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.model.Community;
import cogov.model.CountyModel;
import cogov.model.Mechanism;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regional pooling moves staff hours between communities; it never creates them, and it loses some on the way. */
class RegionalPoolingTest {

    /** Records the county's staff capacity of the day when called. */
    private static final class Probe implements Mechanism {
        final double[] total = new double[1];

        @Override
        public void setUp(CountyModel model) {
        }

        @Override
        public void beforeService(CountyModel model, int day) {
            double sum = 0;
            for (Community c : model.communities()) {
                sum += c.capacityHours();
            }
            total[0] = sum;
        }
    }

    @Test
    void pooledHoursAreConservedLessTheirCoordinationLoss() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/lijin-baseline.yaml"),
                Map.of("days", 60, "mechanisms.regional_integration.enabled", true,
                        "mechanisms.regional_integration.start_day", 1,   // the shipped day 181 is after this run
                        "communities[9].staff", 8));
        RegionalIntegration ri = new RegionalIntegration(s.mechanisms().regionalIntegration());
        Probe before = new Probe();
        Probe after = new Probe();
        CountyModel model = new CountyModel(s, List.of(before, ri, after));
        model.start();
        int daysWithPooling = 0;
        for (int day = 1; day <= s.days(); day++) {
            model.schedule.step(model);
            assertTrue(after.total[0] <= before.total[0] + 1e-9,
                    "pooling created hours on day " + day + ": " + before.total[0] + " -> " + after.total[0]);
            if (after.total[0] < before.total[0] - 1e-9) {
                daysWithPooling++;
            }
        }
        assertTrue(daysWithPooling > 10, "an over-staffed community should lend hours on many days (" + daysWithPooling + ")");
    }
}
