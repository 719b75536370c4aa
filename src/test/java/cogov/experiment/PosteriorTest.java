package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.ExperimentSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep with {@code base_posterior}: each replication draws one posterior particle, the same in every configuration. */
class PosteriorTest {

    @TempDir
    Path dir;

    private Path posterior() throws Exception {
        Path file = dir.resolve("posterior.csv");
        Files.writeString(file, """
                particle,weight,residents.threshold.mean,communities[0].staff,distance,sim_a
                0,0.5,0.31,3,1.2,0.4
                1,0.5,0.44,4,0.9,0.5
                2,0,0.99,7,0.5,0.6
                """);
        return file;
    }

    @Test
    void posteriorIsReadWithWholeNumbersKeptWhole() throws Exception {
        Posterior p = Posterior.read(posterior());
        assertEquals(List.of("residents.threshold.mean", "communities[0].staff"), p.keys());
        assertEquals(Map.of("residents.threshold.mean", 0.44, "communities[0].staff", 4), p.overrides(1));
        assertEquals(0.5, p.weights()[0], 1e-12);
    }

    @Test
    void drawsFollowTheWeightsAndDependOnTheReplicationOnly() throws Exception {
        Posterior p = Posterior.read(posterior());
        int[] counts = new int[3];
        for (int rep = 0; rep < 2000; rep++) {
            counts[p.particleFor(42L, rep)]++;
            assertEquals(p.particleFor(42L, rep), p.particleFor(42L, rep));
        }
        assertEquals(0, counts[2], "a particle of weight 0 is never drawn");
        assertEquals(1000, counts[0], 80);
        assertNotEquals(p.particleFor(42L, 0) + "," + p.particleFor(42L, 1) + "," + p.particleFor(42L, 2) + ","
                + p.particleFor(42L, 3), p.particleFor(43L, 0) + "," + p.particleFor(43L, 1) + "," + p.particleFor(43L, 2)
                + "," + p.particleFor(43L, 3), "another master seed draws otherwise");
    }

    @Test
    void everyConfigurationOfAReplicationRunsTheSameParticleAndFactorsWin() throws Exception {
        ExperimentSpec plain = FakeModel.factorial(6);
        ExperimentSpec spec = new ExperimentSpec(plain.name(), "", plain.file(), plain.base(), plain.design(), 6,
                plain.seed(), plain.windowDays(), plain.reference(), posterior());
        Map<String, String> names = new ConcurrentHashMap<>();
        RunFunction recording = (s, sink) -> {
            names.put(s.name() + "#" + s.seed(), s.name());
            FakeModel.run(s, sink);
        };
        Sweep sweep = new Sweep(spec, FakeModel.bytes(spec), FakeModel.source(40), recording);
        Path out = dir.resolve("out");
        sweep.run(new Sweep.Options(out, 2, false, RunPlan.Shard.ALL), Sweep.Listener.NONE);
        Posterior p = Posterior.read(posterior());
        for (RunSpec run : sweep.plan()) {
            String name = FakeModel.source(40).scenario(Sweep.runOverrides(p, spec.seed(), run.replication(),
                    run.configuration())).name();
            assertTrue(names.containsKey(name + "#" + run.seed()), "run " + run.runId() + " used " + name);
            double threshold = (Double) p.overrides(p.particleFor(spec.seed(), run.replication()))
                    .get("residents.threshold.mean");
            assertTrue(name.contains("residents.threshold.mean=" + Num.format(threshold)), name);
            assertTrue(name.contains("communities[0].staff=" + run.configuration().overrides().get("communities[0].staff")),
                    "the factor's value wins over the particle's: " + name);
        }
        List<String> draws = Files.readAllLines(out.resolve(Sweep.POSTERIOR_DRAWS));
        assertEquals("replication,particle,residents.threshold.mean,communities[0].staff", draws.get(0));
        assertEquals(7, draws.size());
        assertTrue(Files.isRegularFile(out.resolve("base_posterior.csv")));
        RunSpec some = sweep.plan().get(5);
        assertEquals(FakeModel.source(40).scenario(Sweep.runOverrides(p, spec.seed(), some.replication(),
                some.configuration())).name(), SweepFolder.scenarioFor(some.runId(), spec, FakeModel.source(40)).name());
    }
}
