package cogov.model;

import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.experiment.Simulation;
import cogov.metrics.MetricsRow;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Patterns the baseline should show (DOMAIN.md sections 2 and 6): participation rises with age and is
 * higher among Party members (Shanghai survey: 14% at 18-29, 78% at 70-79; members 65% vs 48% overall),
 * and relocated communities take part less than old urban ones.
 */
class BaselinePatternsTest {

    @Test
    void participationRisesWithAgeIsHigherForMembersAndLowerInRelocatedCommunities() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/lijin-baseline.yaml"), Map.of("days", 240));
        double[] mean = new double[5];
        String[] names = {"participation_rate", "participation_rate_youth", "participation_rate_elderly",
            "participation_rate_members", "equity_participation_gap"};
        int window = 90;
        Simulation.run(s, rows -> {
            MetricsRow county = rows.get(0);
            if (county.day() > s.days() - window) {
                for (int k = 0; k < names.length; k++) {
                    mean[k] += county.get(names[k]) / window;
                }
            }
        });
        String text = "overall %.3f, youth %.3f, elderly %.3f, members %.3f, gap %.3f"
                .formatted(mean[0], mean[1], mean[2], mean[3], mean[4]);
        assertTrue(mean[1] < mean[0] && mean[0] < mean[2], "participation should rise with age: " + text);
        assertTrue(mean[3] > mean[0], "Party members should take part more: " + text);
        assertTrue(mean[4] > 0, "old urban communities should take part more than relocated ones: " + text);
    }
}
