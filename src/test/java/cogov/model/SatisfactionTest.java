package cogov.model;

import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;
import cogov.metrics.MetricsCollector;
import cogov.metrics.MetricsRow;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Satisfaction as the share of residents satisfied, each household comparing the service it experienced
 * with an adaptive expectation: good service sustained drives it above 90%, a collapse drives it down,
 * and without experiences nothing moves it back.
 */
class SatisfactionTest {

    static String community(int staff, double hoursPerStaffDay, String feedback) {
        return """
                name: satisfaction
                days: 730
                seed: 17
                communities: [{name: town, type: old-urban, households: 600, grids: 2, staff: %d, grid_workers: 2}]
                residents: {party_member_share: 0.1, volunteer_share: 0.0}
                needs: {rate_per_household_day: 0.01}
                reporting: {base: 1}
                service: {hours_per_staff_day: %s, turnover_per_year: 0}
                feedback: %s
                """.formatted(staff, hoursPerStaffDay, feedback);
    }

    private static final String EXPECTATION = "{satisfaction_model: expectation}";

    private static Scenario parse(String yaml) throws ConfigException {
        return ScenarioLoader.parse(yaml, "satisfaction.yaml", Path.of("."));
    }

    /** The county's satisfied share on every day of the run (index = day). */
    private static double[] satisfiedShareByDay(String yaml) throws ConfigException {
        Scenario s = parse(yaml);
        CountyModel model = CountyModels.newModel(s);
        model.start();
        MetricsCollector collector = new MetricsCollector(model, rows -> { });
        double[] share = new double[s.days() + 1];
        share[0] = satisfiedShare(model, s);
        for (int day = 1; day <= s.days(); day++) {
            model.schedule.step(model);
            List<MetricsRow> rows = collector.collect();
            share[day] = rows.get(0).get("satisfaction_share");
        }
        return share;
    }

    private static double satisfiedShare(CountyModel model, Scenario s) {
        int n = 0;
        for (int i = 0; i < model.population().size(); i++) {
            if (model.population().isSatisfied(i)) {
                n++;
            }
        }
        return n / (double) model.population().size();
    }

    private static String withStandards(double sd) {
        return "{satisfaction_model: expectation, satisfied_threshold: 0.5, satisfied_threshold_sd: " + sd + "}";
    }

    @Test
    void sustainedAmpleCapacityDrivesTheSatisfiedShareAbove90Percent() throws Exception {
        double[] share = satisfiedShareByDay(community(6, 12, EXPECTATION));
        assertTrue(share[0] < 0.8, "start below 0.8, got " + share[0]);
        assertTrue(share[730] > 0.9, "ample capacity for two years should satisfy more than 90%, got " + share[730]);
    }

    @Test
    void ownStandardsKeepSustainedAmpleCapacityAbove90PercentButBelowOneByAMarginTheSpreadControls() throws Exception {
        double[] narrow = satisfiedShareByDay(community(6, 12, withStandards(0.15)));
        double[] wide = satisfiedShareByDay(community(6, 12, withStandards(0.3)));
        assertTrue(narrow[730] > 0.9, "own standards still let ample capacity satisfy more than 90%, got " + narrow[730]);
        assertTrue(wide[730] < narrow[730] - 0.03, "a wider spread of standards leaves more dissatisfied: "
                + wide[730] + " vs " + narrow[730]);
        // a household whose standard lies above 1 is never satisfied, whatever the service: the ceiling is
        // P(standard <= 1) = Phi((1 - 0.5)/sd), 95.2% at sd 0.3
        CountyModel model = CountyModels.newModel(parse(community(6, 12, withStandards(0.3))));
        model.start();
        int unsatisfiable = 0;
        for (int i = 0; i < model.population().size(); i++) {
            unsatisfiable += model.population().satisfiedThreshold(i) > 1 ? 1 : 0;
        }
        double ceiling = 1 - unsatisfiable / (double) model.population().size();
        assertTrue(ceiling < 0.98, "at sd 0.3 some 5% have a standard no service meets, got a ceiling of " + ceiling);
        for (int day = 0; day <= 730; day++) {
            assertTrue(wide[day] <= ceiling, "day " + day + ": " + wide[day] + " above the ceiling " + ceiling);
        }
    }

    @Test
    void ownStandardsAreDrawnAroundTheThresholdAndChangeOnlyWhoCountsAsSatisfied() throws Exception {
        CountyModel flat = CountyModels.newModel(parse(community(3, 4, withStandards(0))));
        CountyModel spread = CountyModels.newModel(parse(community(3, 4, withStandards(0.2))));
        flat.start();
        spread.start();
        for (int day = 1; day <= 200; day++) {
            flat.schedule.step(flat);
            spread.schedule.step(spread);
        }
        Population a = flat.population();
        Population b = spread.population();
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < a.size(); i++) {
            assertEquals(0.5, a.satisfiedThreshold(i), 0.0, "without a spread everybody's standard is the threshold");
            assertEquals(a.satisfaction(i), b.satisfaction(i), 0.0, "a standard is how a household answers, not what it"
                    + " experiences: satisfaction of household " + i + " is the same");
            assertEquals(b.satisfaction(i) >= b.satisfiedThreshold(i), b.isSatisfied(i));
            sum += b.satisfiedThreshold(i);
            squares += b.satisfiedThreshold(i) * b.satisfiedThreshold(i);
        }
        double mean = sum / b.size();
        double sd = Math.sqrt(squares / b.size() - mean * mean);
        assertEquals(0.5, mean, 0.03, "standards centre on feedback.satisfied_threshold");
        assertEquals(0.2, sd, 0.03, "standards spread by satisfied_threshold_sd");
    }

    @Test
    void aServiceCollapseDrivesTheSatisfiedShareDownWithOwnStandardsToo() throws Exception {
        double[] share = satisfiedShareByDay(community(1, 0.1, withStandards(0.15)));
        assertTrue(share[730] < share[0] - 0.3, "a collapse should cut the satisfied share: " + share[0] + " -> " + share[730]);
    }

    @Test
    void aServiceCollapseDrivesTheSatisfiedShareDown() throws Exception {
        double[] share = satisfiedShareByDay(community(1, 0.1, EXPECTATION));
        assertTrue(share[730] < share[0] - 0.3, "a collapse should cut the satisfied share: " + share[0] + " -> " + share[730]);
    }

    @Test
    void withoutExperiencesSatisfactionStaysWhereItIsButTheLatentModelRevertsToItsStart() throws Exception {
        CountyModel model = CountyModels.newModel(parse(community(6, 12, EXPECTATION).replace("rate_per_household_day: 0.01",
                "rate_per_household_day: 0")));
        model.start();
        FeedbackProcess feedback = new FeedbackProcess(model);
        int i = 5;
        for (int k = 0; k < 5; k++) {
            model.experiences().add(i, Experiences.RESOLVED, 0.1);
        }
        feedback.step(model);
        double raised = model.population().satisfaction(i);
        assertTrue(raised > model.population().initialSatisfaction[i] + 0.05, "good experiences raise satisfaction");
        for (int day = 0; day < 1000; day++) {
            feedback.step(model);
        }
        assertEquals(raised, model.population().satisfaction(i), 0.0, "no experiences, no change");

        CountyModel latent = CountyModels.newModel(parse(community(6, 12, "{decay_rate: 0.003}").replace(
                "rate_per_household_day: 0.01", "rate_per_household_day: 0")));
        latent.start();
        FeedbackProcess latentFeedback = new FeedbackProcess(latent);
        for (int k = 0; k < 5; k++) {
            latent.experiences().add(i, Experiences.RESOLVED, 0.1);
        }
        latentFeedback.step(latent);
        for (int day = 0; day < 1000; day++) {
            latentFeedback.step(latent);
        }
        assertEquals(latent.population().initialSatisfaction[i], latent.population().satisfaction(i), 0.01,
                "the first model pulls satisfaction back to its start (the contrast this test guards)");
    }

    @Test
    void consultationsThatFollowThroughRaiseSatisfactionAndIgnoredOnesLowerIt() throws Exception {
        CountyModel model = CountyModels.newModel(parse(community(6, 12, EXPECTATION)));
        model.start();
        FeedbackProcess feedback = new FeedbackProcess(model);
        double before1 = model.population().satisfaction(1);
        double before2 = model.population().satisfaction(2);
        model.experiences().consultation(1, true);
        model.experiences().consultation(2, false);
        feedback.step(model);
        assertTrue(model.population().satisfaction(1) > before1, "heard and followed through");
        assertTrue(model.population().satisfaction(2) < before2, "heard and ignored");
    }
    @Test
    void aServiceOutcomeReachesTheHouseholdsTiesAsHearsayAndNobodyElse() throws Exception {
        String yaml = community(6, 12, "{satisfaction_model: expectation, hearsay_weight: 0.3, dropped_weight: 0.5}")
                .replace("rate_per_household_day: 0.01", "rate_per_household_day: 0")
                + "network: {kind: small-world, degree: 8, rewire: 0, cross_community: 0}\n";
        CountyModel model = CountyModels.newModel(parse(yaml));
        model.start();
        Population p = model.population();
        SocialNetwork net = model.network();
        int i = 100;
        java.util.Set<Integer> ties = new java.util.HashSet<>();
        for (int k = 0; k < net.degree(i); k++) {
            ties.add(net.neighbour(i, k));
        }
        assertEquals(8, ties.size(), "a ring of degree 8 without rewiring");
        double[] before = p.quality.clone();
        FeedbackProcess feedback = new FeedbackProcess(model);
        model.experiences().add(i, Experiences.DROPPED, 3.0);
        model.experiences().add(i, Experiences.RESPONDED, 0.5);
        feedback.step(model);
        for (int j = 0; j < p.size; j++) {
            if (ties.contains(j)) {
                assertEquals(before[j] * (1 - 0.3 * 0.5), p.quality[j], 1e-12, "a tie hears of the dropped request at 0.3 of its weight");
            } else if (j != i) {
                assertEquals(before[j], p.quality[j], 0.0, "household " + j + " is no tie and hears nothing");
            }
        }

        CountyModel silent = CountyModels.newModel(parse(yaml.replace("hearsay_weight: 0.3", "hearsay_weight: 0")));
        silent.start();
        double[] silentBefore = silent.population().quality.clone();
        silent.experiences().add(i, Experiences.DROPPED, 3.0);
        new FeedbackProcess(silent).step(silent);
        for (int j : ties) {
            assertEquals(silentBefore[j], silent.population().quality[j], 0.0, "no hearsay at weight 0");
        }
    }
}
