package cogov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The daily rules of docs/ODD.md section 7, one behaviour each, on a county small enough to reason about. */
class DailyProcessSpecificationTest {

    /** Eleven residents, well mixed, five taking part on day 0, everyone's threshold 0.55, no noise. */
    private static Scenario village(double invitationWeight) throws Exception {
        return ScenarioLoader.parse("""
                name: village
                days: 10
                seed: 3
                communities: [{name: V, type: old-urban, households: 11, grids: 1}]
                residents:
                  threshold: {values: [0.55]}
                  party_member_share: 0
                network: {kind: well-mixed}
                participation:
                  initial_count: 5
                  awareness_weight: 0
                  trust_weight: 0
                  invitation_weight: %s
                  spontaneous_rate: 0
                  dropout_rate: 0
                events: {interval_days: 1, capacity_limited: false}
                feedback: {decay_rate: 0}
                """.formatted(invitationWeight), "village.yaml", Path.of("."));
    }

    /** A resident who has never taken part, other than {@code except}. */
    private static int nonParticipant(CountyModel model, int except) {
        for (int i = 0; i < model.population().size; i++) {
            if (i != except && model.population().lastParticipation[i] == Population.NEVER) {
                return i;
            }
        }
        throw new AssertionError("everyone takes part");
    }

    @Test
    void anInvitationLowersTheEffectiveThresholdByItsWeight() throws Exception {
        // share of others who took part = 5/10 = 0.5 < 0.55; invited: 0.55 - w, which is <= 0.5 only if w >= 0.05
        for (double weight : new double[] {0.10, 0.04}) {
            CountyModel model = CountyModels.newModel(village(weight));
            model.start();
            model.schedule.step(model);
            int invited = nonParticipant(model, -1);
            int other = nonParticipant(model, invited);
            int joinedOnDay1 = 0;
            for (int i = 0; i < model.population().size; i++) {
                joinedOnDay1 += model.population().lastParticipation[i] == 1 ? 1 : 0;
            }
            assertEquals(0, joinedOnDay1, "nobody joins unasked on day 1");
            model.population().invitedOn[invited] = 2;
            model.schedule.step(model);
            boolean joined = model.population().lastParticipation[invited] == 2;
            assertEquals(weight >= 0.05, joined, "invitation weight " + weight);
            assertTrue(model.population().lastParticipation[other] != 2, "an uninvited resident stays away");
        }
    }

    @Test
    void anOverdueRequestLowersThatHouseholdsTrustByTheOverdueShare() throws Exception {
        CountyModel model = CountyModels.newModel(village(0.1));
        model.start();
        Population p = model.population();
        double before = p.trust[3];
        double neighbour = p.trust[4];
        model.outcomes().add(3, Experiences.OVERDUE, 9);
        new FeedbackProcess(model).step(model);
        double loss = model.scenario().feedback().overdueTrustLoss();
        assertEquals(before * (1 - loss), p.trust[3], 1e-15);
        assertEquals(neighbour, p.trust[4], "other households are untouched");
    }

    @Test
    void aResolutionRaisesTrustLessTheLongerTheRequestWaited() throws Exception {
        CountyModel model = CountyModels.newModel(village(0.1));
        model.start();
        Population p = model.population();
        double start = p.trust[1];
        p.trust[2] = start;
        model.outcomes().add(1, Experiences.RESOLVED, 0);
        model.outcomes().add(2, Experiences.RESOLVED, 14);
        new FeedbackProcess(model).step(model);
        double gain = model.scenario().feedback().resolvedTrustGain();
        double scale = model.scenario().feedback().waitScaleDays();
        assertEquals(start + gain * (1 - start), p.trust[1], 1e-15);
        assertEquals(start + gain / (1 + 14 / scale) * (1 - start), p.trust[2], 1e-15);
        assertTrue(p.trust[2] < p.trust[1]);
    }

    @Test
    void influencePullsAwarenessTowardTheMeanOfTheOthersAndForgets() throws Exception {
        CountyModel model = CountyModels.newModel(village(0.1));
        model.start();
        Population p = model.population();
        double[] before = p.awareness.clone();
        double sum = 0;
        for (double a : before) {
            sum += a;
        }
        new InfluenceProcess(model).step(model);
        var spec = model.scenario().influence();
        for (int i = 0; i < before.length; i++) {
            double mean = (sum - before[i]) / (before.length - 1);
            double expected = (1 - spec.awarenessDecay()) * (before[i] + spec.awarenessRate() * (mean - before[i]));
            assertEquals(expected, p.awareness[i], 1e-12, "resident " + i);
        }
    }
}
