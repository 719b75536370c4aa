package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunPlanTest {

    private final Design design = Design.expand(FakeModel.factorial(3));
    private final List<RunSpec> plan = RunPlan.of(design, 3, 42L);

    @Test
    void roundRobinVisitsEveryConfigurationBeforeTheNextReplication() {
        assertEquals(12, plan.size());
        for (int i = 0; i < plan.size(); i++) {
            assertEquals(i, plan.get(i).index());
            assertEquals(i / 4, plan.get(i).replication());
            assertEquals(design.configurations().get(i % 4), plan.get(i).configuration());
        }
        assertEquals(design.configurations().get(1).id() + "-r02", plan.get(9).runId());
    }

    @Test
    void replicationSeedIsSharedAcrossConfigurationsAndDistinctAcrossReplications() {
        Set<Long> seeds = new HashSet<>();
        for (RunSpec r : plan) {
            assertEquals(Seeds.forReplication(42L, r.replication()), r.seed());
            assertEquals(plan.get(r.replication() * 4).seed(), r.seed());
            seeds.add(r.seed());
        }
        assertEquals(3, seeds.size());
        Set<Long> many = new HashSet<>();
        for (int k = 0; k < 10_000; k++) {
            many.add(Seeds.forReplication(42L, k));
        }
        assertEquals(10_000, many.size());
        assertTrue(Seeds.forReplication(43L, 0) != Seeds.forReplication(42L, 0));
    }

    @Test
    void runIdsAreStableAndPaddedToSortByReplication() {
        List<RunSpec> again = RunPlan.of(Design.expand(FakeModel.factorial(3)), 3, 42L);
        assertEquals(plan, again);
        List<RunSpec> big = RunPlan.of(design, 120, 1L);
        assertTrue(big.get(4).runId().endsWith("-r001"));
    }

    @Test
    void shardsPartitionThePlan() {
        List<String> union = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (RunSpec r : RunPlan.shard(plan, new RunPlan.Shard(i, 3))) {
                assertEquals(i, r.index() % 3);
                union.add(r.runId());
            }
        }
        assertEquals(plan.size(), union.size());
        assertEquals(plan.size(), new HashSet<>(union).size());
        assertEquals(new RunPlan.Shard(1, 4), RunPlan.Shard.parse("1/4"));
        assertThrows(IllegalArgumentException.class, () -> RunPlan.Shard.parse("4/4"));
        assertThrows(IllegalArgumentException.class, () -> RunPlan.Shard.parse("x"));
    }
}
