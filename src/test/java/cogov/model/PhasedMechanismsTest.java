package cogov.model;

import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.experiment.Simulation;
import cogov.mechanism.CountyModels;
import cogov.metrics.MetricsRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mechanism that starts on day D changes nothing before D: every metric row of days 1..D-1 is
 * bit-for-bit the row of the run without the mechanism; from D on the runs differ. Regional integration's
 * venue sharing lends venue it takes from the lender (conservation).
 */
class PhasedMechanismsTest {
    private static final int START = 61;
    private static final int DAYS = 120;

    private static List<MetricsRow> run(Map<String, Object> overrides) throws Exception {
        Map<String, Object> o = new HashMap<>(overrides);
        o.put("days", DAYS);
        Scenario s = ScenarioLoader.load(Path.of("scenarios/lijin-baseline.yaml"), o);
        List<MetricsRow> rows = new ArrayList<>();
        Simulation.run(s, rows::addAll);
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"joint_building", "regional_integration", "party_led_governance", "full_time_staff",
        "input_guarantee"})
    void aMechanismStartingOnDayDChangesNothingBeforeD(String mechanism) throws Exception {
        List<MetricsRow> without = run(Map.of());
        List<MetricsRow> with = run(Map.of("mechanisms." + mechanism + ".enabled", true,
                "mechanisms." + mechanism + ".start_day", START));
        assertTrue(without.size() == with.size());
        boolean differsLater = false;
        for (int k = 0; k < without.size(); k++) {
            MetricsRow a = without.get(k);
            MetricsRow b = with.get(k);
            if (a.day() < START) {
                assertArrayEquals(a.values(), b.values(), mechanism + ": day " + a.day() + " " + a.unit() + " differs");
            } else if (!java.util.Arrays.equals(a.values(), b.values())) {
                differsLater = true;
            }
        }
        assertTrue(differsLater, mechanism + " should change the run from its start day on");
    }

    @Test
    void venueSharingMovesAreaBetweenCommunitiesWithoutCreatingIt() throws Exception {
        Map<String, Object> o = new HashMap<>();
        o.put("days", DAYS);
        o.put("mechanisms.regional_integration.enabled", true);
        o.put("mechanisms.regional_integration.start_day", 1);   // the shipped day 181 is after this short run
        Scenario s = ScenarioLoader.load(Path.of("scenarios/lijin-baseline.yaml"), o);
        CountyModel model = CountyModels.newModel(s);
        model.start();
        double lent = 0;
        double borrowed = 0;
        while (model.day() < s.days()) {
            model.schedule.step(model);
            for (Community c : model.communities()) {
                lent += c.activityLedger().today(ActivityLedger.Item.VENUE_LENT_M2);
                borrowed += c.activityLedger().today(ActivityLedger.Item.VENUE_BORROWED_M2);
                boolean held = c.activityLedger().today(ActivityLedger.Item.HELD) > 0;
                assertFalse(held && c.activityLedger().today(ActivityLedger.Item.VENUE_LENT_M2) > 0,
                        c.name() + " lent venue on a day it held an activity");
            }
        }
        assertTrue(borrowed > 0, "oversubscribed communities should borrow venue");
        assertTrue(Math.abs(lent - borrowed) < 1e-6, "lent " + lent + " vs borrowed " + borrowed);
    }
}
