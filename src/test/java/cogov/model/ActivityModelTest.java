package cogov.model;

import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.experiment.Simulation;
import cogov.mechanism.CountyModels;
import cogov.metrics.MetricsRow;
import cogov.metrics.Scope;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The activity model's behaviour: consultations' follow-through moves efficacy and trust, calendars are
 * staggered across communities, and in the shipped baseline willingness is the main limit everywhere.
 */
class ActivityModelTest {

    private static final String CONSULTATIONS_ONLY = """
            activities:
              enabled: true
              consultation: {per_month: 4, follow_through: %s, interest: 1}
              cultural: {per_month: 0}
              volunteer: {per_month: 0}
            feedback: {decay_rate: 0}
            influence: {trust_rate: 0, awareness_rate: 0, outreach_trust_gain: 0}
            """;

    /** Mean efficacy and trust on day 1 and on the last day. */
    private static double[] efficacyAndTrust(double followThrough) throws Exception {
        String yaml = ActivityScenarios.scenario(240, 0.3, 60, 1, 100_000, CONSULTATIONS_ONLY.formatted(followThrough));
        Scenario s = ActivityScenarios.parse(yaml, 77);
        double[] out = new double[4];
        Simulation.run(s, rows -> {
            MetricsRow county = rows.get(0);
            if (county.day() == 1) {
                out[0] = county.get("efficacy_mean");
                out[1] = county.get("trust_mean");
            } else if (county.day() == s.days()) {
                out[2] = county.get("efficacy_mean");
                out[3] = county.get("trust_mean");
            }
        });
        return out;
    }

    @Test
    void consultationsWithoutFollowThroughLowerEfficacyAndTrustAndWithItRaiseThem() throws Exception {
        double[] never = efficacyAndTrust(0);
        assertTrue(never[2] < never[0] - 0.02, "efficacy should fall: " + never[0] + " -> " + never[2]);
        assertTrue(never[3] < never[1] - 0.01, "trust should fall: " + never[1] + " -> " + never[3]);
        double[] always = efficacyAndTrust(1);
        assertTrue(always[2] > always[0] + 0.02, "efficacy should rise: " + always[0] + " -> " + always[2]);
        assertTrue(always[3] > always[1] + 0.01, "trust should rise: " + always[1] + " -> " + always[3]);
    }

    /** Personal and reported turnout on the election day and the day before, with the given proxy share. */
    private static double[] turnout(double proxyShare) throws Exception {
        String yaml = ActivityScenarios.scenario(60, 0.3, 60, 0.6, 100_000,
                "election: {enabled: true, first_day: 50, proxy_share: " + proxyShare + "}");
        Scenario s = ActivityScenarios.parse(yaml, 78);
        double[] out = new double[3];
        Simulation.run(s, rows -> {
            MetricsRow county = rows.get(0);
            if (county.day() == 49) {
                out[0] = county.get("election_turnout");
            } else if (county.day() == 50) {
                out[1] = county.get("election_turnout");
                out[2] = county.get("election_turnout_reported");
            }
        });
        return out;
    }

    @Test
    void householdProxyVotingInflatesOnlyTheReportedTurnout() throws Exception {
        double[] none = turnout(0);
        assertTrue(Double.isNaN(none[0]), "no turnout before the first election");
        assertTrue(none[1] > 0.1 && none[1] < 0.95, "some but not all vote in person: " + none[1]);
        assertEquals(none[1], none[2], 1e-12, "without proxies the reported turnout is the personal one");
        double[] half = turnout(0.5);
        assertEquals(none[1], half[1], 1e-12, "proxies do not change who votes in person");
        double expected = half[1] + 0.5 * (1 - half[1]);
        assertEquals(expected, half[2], 0.06, "half the non-voters recorded through a proxy");
    }

    /** For each day of the run, how many communities held a consultation. */
    private static int[] consultationsPerDay(boolean stagger) throws Exception {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("days", 180);
        overrides.put("activities.stagger", stagger);
        Scenario s = ScenarioLoader.load(Path.of("scenarios/lijin-baseline.yaml"), overrides);
        CountyModel model = CountyModels.newModel(s);
        model.start();
        int[] perDay = new int[s.days() + 1];
        while (model.day() < s.days()) {
            model.schedule.step(model);
            for (Community c : model.communities()) {
                if (c.activityLedger().today(ActivityLedger.Item.CONSULTATIONS) > 0) {
                    perDay[model.day()]++;
                }
            }
        }
        return perDay;
    }

    @Test
    void noDayHasEveryCommunitysConsultationUnlessCalendarsAreAligned() throws Exception {
        int communities = 10;
        int[] staggered = consultationsPerDay(true);
        int total = 0;
        for (int d = 1; d < staggered.length; d++) {
            assertTrue(staggered[d] < communities, "day " + d + " has every community's consultation");
            total += staggered[d];
        }
        assertTrue(total >= communities * 5, "consultations should be held: " + total);
        int[] aligned = consultationsPerDay(false);
        int together = 0;
        for (int d = 1; d < aligned.length; d++) {
            together += aligned[d] == communities ? 1 : 0;
        }
        assertTrue(together >= 5, "aligned calendars should put every community's consultation on the same days");
    }

    @Test
    void inTheBaselineWillingnessIsTheMainLimitEverywhereAndFewAreTurnedAway() throws Exception {
        // means over the last 90 days, as the summaries report them
        Scenario s = ScenarioLoader.load(Path.of("scenarios/lijin-baseline.yaml"), Map.of("days", 360));
        List<String> names = List.of("willing_share", "willing_unable_share", "turned_away_share");
        Map<String, double[]> byUnit = new HashMap<>();
        int window = 90;
        Simulation.run(s, rows -> {
            if (rows.get(0).day() <= s.days() - window) {
                return;
            }
            for (MetricsRow r : rows) {
                if (r.scope() == Scope.COMMUNITY) {
                    double[] v = byUnit.computeIfAbsent(r.unit(), u -> new double[names.size()]);
                    for (int k = 0; k < v.length; k++) {
                        v[k] += r.get(names.get(k)) / window;
                    }
                }
            }
        });
        assertEquals(10, byUnit.size());
        byUnit.forEach((unit, v) -> {
            double notWilling = 1 - v[0];
            String text = unit + ": not willing " + notWilling + ", willing but unable " + v[1] + ", turned away " + v[2];
            assertTrue(notWilling > 2 * v[1] && notWilling > 10 * v[2], "willingness should be the main limit in " + text);
            assertTrue(v[1] > 0.02, "time should limit some residents in " + text);
            assertTrue(v[2] < 0.02, "seats and funds should turn away fewer than 2% in " + text);
        });
    }
}
