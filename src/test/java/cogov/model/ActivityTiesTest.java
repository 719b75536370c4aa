package cogov.model;

import cogov.config.Scenario;
import cogov.mechanism.CountyModels;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cultural activities form new ties (belonging): attendees meet other attendees, the ties are bounded per
 * resident, symmetric and new, and they count where ties count, so that those who met come back more.
 */
class ActivityTiesTest {

    private static final int MAX = 2;

    private static String scenario(double chance) {
        return ActivityScenarios.scenario(180, 0.45, 6, 1, 2000, """
                activities:
                  enabled: true
                  max_new_ties: %d
                  consultation: {per_month: 0}
                  volunteer: {per_month: 0}
                  cultural: {interest: 1, per_month: 4, new_tie_chance: %s}
                """.formatted(MAX, chance));
    }

    private static CountyModel run(double chance, long seed) throws Exception {
        Scenario s = ActivityScenarios.parse(scenario(chance), seed);
        CountyModel model = CountyModels.newModel(s);
        model.start();
        model.runToEnd();
        return model;
    }

    @Test
    void attendeesFormBoundedSymmetricNewTiesWithEachOther() throws Exception {
        CountyModel model = run(0.5, 3);
        SocialNetwork net = model.network();
        Population p = model.population();
        long formed = net.formedTieCount();
        assertTrue(formed > 100, "ties formed: " + formed);
        long ends = 0;
        for (int i = 0; i < p.size; i++) {
            int extra = net.formedDegree(i);
            assertTrue(extra <= MAX, "resident " + i + " formed " + extra + " ties");
            ends += extra;
            int initial = net.degree(i) - extra;
            for (int k = 0; k < extra; k++) {
                int j = net.formedNeighbour(i, k);
                assertTrue(j != i, "no tie to oneself");
                assertEquals(p.community[i], p.community[j], "ties form at the community's own activities");
                assertTrue(p.lastParticipation(i, ActivityKind.CULTURAL) != Population.NEVER
                        && p.lastParticipation(j, ActivityKind.CULTURAL) != Population.NEVER, "both ends attended");
                boolean back = false;
                for (int q = 0; q < net.formedDegree(j); q++) {
                    back |= net.formedNeighbour(j, q) == i;
                }
                assertTrue(back, "tie " + i + "-" + j + " is symmetric");
                for (int q = 0; q < initial; q++) {
                    assertTrue(net.neighbour(i, q) != j, "a formed tie is a new tie");
                }
                for (int q = 0; q < k; q++) {
                    assertTrue(net.formedNeighbour(i, q) != j, "formed once");
                }
            }
        }
        assertEquals(2 * formed, ends);
        long counted = 0;
        for (Community c : model.communities()) {
            counted += c.tiesFormed();
        }
        assertEquals(formed, counted, "every tie is counted by its community");
        assertEquals(net.tieCount(), net.neighbours().length / 2 + formed);
    }

    @Test
    void withoutTheChanceNoTieIsFormed() throws Exception {
        CountyModel model = run(0, 3);
        assertEquals(0, model.network().formedTieCount());
        assertTrue(!model.network().formsTies(), "nothing allocated when no activity forms ties");
    }

    /** The county's mean of a metric over the last 90 days. */
    private static double lastDaysMean(Scenario s, String metric) {
        double[] sum = {0};
        cogov.experiment.Simulation.run(s, rows -> {
            cogov.metrics.MetricsRow county = rows.get(0);
            if (county.day() > s.days() - 90) {
                sum[0] += county.get(metric) / 90;
            }
        });
        return sum[0];
    }

    /** The shipped baseline, shortened, with cultural activities forming ties or not. */
    private static Scenario baseline(double chance, long seed) throws Exception {
        java.util.Map<String, Object> overrides = new java.util.HashMap<>();
        overrides.put("days", 240);
        overrides.put("activities.cultural.new_tie_chance", chance);
        overrides.put("activities.max_new_ties", MAX);
        return cogov.config.ScenarioLoader.load(java.nio.file.Path.of("scenarios/lijin-baseline.yaml"), overrides)
                .withSeed(seed);
    }

    @Test
    void newTiesBringAttendeesBack() throws Exception {
        int seeds = 10;
        double[] with = new double[seeds];
        double[] without = new double[seeds];
        for (int k = 0; k < seeds; k++) {
            with[k] = lastDaysMean(baseline(0.5, 100 + k), "participation_rate");
            without[k] = lastDaysMean(baseline(0, 100 + k), "participation_rate");
        }
        double mean = 0;
        for (int k = 0; k < seeds; k++) {
            mean += (with[k] - without[k]) / seeds;
        }
        double pValue = new TTest().pairedTTest(with, without);
        assertTrue(mean > 0 && pValue < 0.01, "new ties raise the 30-day participation: mean " + mean + ", p " + pValue);
        double perHousehold = ActivityScenarios.finalCounty(baseline(0.5, 100), "activity_ties_per_household");
        assertTrue(perHousehold > 0.05 && perHousehold <= MAX, "new ties per household: " + perHousehold);
    }
}
