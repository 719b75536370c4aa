package cogov.model;

import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reduced configurations of DOMAIN.md section 7: the model, with features switched off by
 * configuration only, must reproduce results known from the literature.
 */
class DockingTest {

    /** Well-mixed threshold model with no mechanisms, no noise, no modifiers, permanent participation. */
    static String thresholdScenario(int households, String thresholdYaml, String networkYaml, int days) {
        return """
                name: docking
                days: %d
                seed: 11
                communities: [{name: town, type: old-urban, households: %d, grids: 1, staff: 0}]
                residents: {threshold: %s, party_member_share: 0, volunteer_share: 0}
                network: %s
                participation: {permanent: true, awareness_weight: 0, trust_weight: 0, invitation_weight: 0,
                                availability: {youth: 1, working: 1, elderly: 1},
                                spontaneous_rate: 0, dropout_rate: 0}
                events: {interval_days: 1, capacity_limited: false}
                needs: {rate_per_household_day: 0}
                """.formatted(days, households, thresholdYaml, networkYaml);
    }

    static int participantsAfterRun(Scenario scenario) {
        CountyModel model = CountyModels.newModel(scenario);
        model.start();
        model.runToEnd();
        int count = 0;
        for (int i = 0; i < model.population().size(); i++) {
            if (model.isParticipating(i)) {
                count++;
            }
        }
        return count;
    }

    private static Scenario parse(String yaml) throws ConfigException {
        return ScenarioLoader.parse(yaml, "docking.yaml", Path.of("."));
    }

    private static String countThresholds(int[] counts) {
        return IntStream.of(counts).mapToObj(k -> Double.toString(k / 100.0))
                .collect(Collectors.joining(", ", "{values: [", "]}"));
    }

    @Test
    void granovetterUniformThresholdsEveryoneParticipates() throws Exception {
        int[] thresholds = IntStream.range(0, 100).toArray();
        Scenario s = parse(thresholdScenario(100, countThresholds(thresholds), "{kind: well-mixed}", 150));
        assertEquals(100, participantsAfterRun(s));
    }

    @Test
    void granovetterThresholdOneChangedToTwoOnlyOneParticipates() throws Exception {
        int[] thresholds = IntStream.range(0, 100).toArray();
        thresholds[1] = 2;
        Scenario s = parse(thresholdScenario(100, countThresholds(thresholds), "{kind: well-mixed}", 150));
        assertEquals(1, participantsAfterRun(s));
    }

    @Test
    void normalThresholdsReachFixedPointOfF() throws Exception {
        double mean = 0.4;
        double sd = 0.3;
        NormalDistribution f = new NormalDistribution(mean, sd);
        double r = 0;
        for (int k = 0; k < 10_000; k++) {
            r = f.cumulativeProbability(r);
        }
        Scenario s = parse(thresholdScenario(10_000,
                "{distribution: normal, mean: %s, sd: %s}".formatted(mean, sd), "{kind: well-mixed}", 200));
        double share = participantsAfterRun(s) / 10_000.0;
        assertEquals(r, share, 0.02, "fixed point of r = F(r) is " + r);
    }

    /** Share of runs (one random initial participant each) in which more than half the county joins. */
    private static double globalCascadeFrequency(double meanDegree, int runs) throws Exception {
        int global = 0;
        for (int k = 0; k < runs; k++) {
            String yaml = thresholdScenario(10_000, "{distribution: constant, value: 0.18}",
                    "{kind: erdos-renyi, degree: %s}".formatted(meanDegree), 60)
                    .replace("seed: 11", "seed: " + (100 + k))
                    .replace("spontaneous_rate: 0, dropout_rate: 0}", "spontaneous_rate: 0, dropout_rate: 0, initial_count: 1}");
            if (participantsAfterRun(parse(yaml)) > 5_000) {
                global++;
            }
        }
        return global / (double) runs;
    }

    @Test
    void wattsGlobalCascadesOnlyInsideTheConnectivityWindow() throws Exception {
        // Watts (2002), uniform threshold phi = 0.18 on a random graph: global cascades occur only for
        // roughly 1 < z < 6; below, the graph has no giant component, above, too few nodes are vulnerable
        assertEquals(0.0, globalCascadeFrequency(0.5, 15), "z = 0.5: no giant component, no global cascade");
        double inside = globalCascadeFrequency(3.0, 15);
        assertTrue(inside >= 0.2, "z = 3: global cascades should be frequent, got " + inside);
        assertEquals(0.0, globalCascadeFrequency(10.0, 15), "z = 10: too few vulnerable nodes, no global cascade");
    }

    @Test
    void mmcMeanWaitMatchesErlangC() throws Exception {
        int c = 3;
        double effortHours = 1.0;
        double mu = 24.0 / effortHours;           // services per server-day
        double rho = 0.8;
        double lambda = rho * c * mu;             // arrivals per day
        int households = 100;
        String yaml = """
                name: mmc
                days: 15000
                seed: 5
                communities: [{name: office, type: old-urban, households: %d, grids: 1, staff: %d, grid_workers: 0}]
                residents: {party_member_share: 0, volunteer_share: 0}
                participation: {spontaneous_rate: 0, dropout_rate: 0}
                needs:
                  rate_per_household_day: %s
                  elderly_multiplier: 1
                  youth_multiplier: 1
                  effort_distribution: exponential
                  categories: [{name: all, share: 1, effort_hours: %s, department_share: 0}]
                reporting: {base: 1}
                service: {hours_per_staff_day: 24, productivity: 1, turnover_per_year: 0, drop_after_days: 0,
                          resolve_share: 1}
                """.formatted(households, c, lambda / households, effortHours);
        CountyModel model = CountyModels.newModel(parse(yaml));
        model.start();
        model.runToEnd();
        ServiceLedger ledger = model.communities().get(0).ledger();
        double simulated = ledger.servedWaitSum() / ledger.servedCount();
        double expected = erlangC(c, lambda / mu) / (c * mu - lambda);
        assertEquals(expected, simulated, 0.05 * expected,
                "Erlang C mean wait " + expected + " days over " + ledger.servedCount() + " requests");
    }

    /** Probability of waiting in M/M/c with offered load a = lambda/mu. */
    static double erlangC(int c, double a) {
        double top = Math.pow(a, c) / CombinatoricsUtils.factorialDouble(c) * c / (c - a);
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += Math.pow(a, k) / CombinatoricsUtils.factorialDouble(k);
        }
        return top / (sum + top);
    }
}
