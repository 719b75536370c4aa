package cogov.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * ABC-SMC against the conjugate normal model: n observations y ~ N(mu, 1) with a N(0, 1) prior on mu
 * give the posterior N(n ybar / (n + 1), 1 / (n + 1)). The simulator returns the mean of n draws.
 */
class AbcSmcTest {

    private static final int N_OBS = 10;
    private static final double Y_BAR = 0.8;
    private static final double SE = 1 / Math.sqrt(N_OBS);

    /** Statistic 0: the sample mean (fitted); statistic 1: the sample mean plus 100 (a hold-out). */
    private static final Simulator NORMAL_MEAN = (theta, seed) -> {
        MersenneTwister rng = new MersenneTwister(seed);
        double s = 0;
        for (int i = 0; i < N_OBS; i++) {
            s += theta[0] + rng.nextGaussian();
        }
        double mean = s / N_OBS;
        return new double[] {mean, mean + 100};
    };

    private static final List<Parameter> MU = List.of(new Parameter("mu",
            Prior.normal(0, 1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)));

    private static List<Target> targets(double holdoutValue) {
        return List.of(new Target("mean", Y_BAR, SE, false), new Target("shifted", holdoutValue, 1, true));
    }

    private static Settings settings(int particles, int replications, int threads) {
        return new Settings(particles, replications, 12, 0.5, 0.1, 0.01, 20240730L, threads);
    }

    private static AbcSmc.Result run(List<Target> targets, Settings s, EvaluationStore store) throws Exception {
        return new AbcSmc(MU, targets, NORMAL_MEAN, s, store).run(AbcSmc.Listener.NONE);
    }

    private static void assertWithinTenPercent(double expected, double actual, String what) {
        assertEquals(expected, actual, 0.1 * Math.abs(expected), what + ": expected " + expected + ", got " + actual);
    }

    @Test
    void posteriorMatchesTheConjugateNormalPosterior() throws Exception {
        AbcSmc.Result r = run(targets(100.8), settings(2000, 1, 2), EvaluationStore.NONE);
        assertEquals(StopReason.TOLERANCE_REACHED, r.stopReason());
        Generation post = r.posterior();
        double mean = WeightedStats.mean(post.values(0), post.weights());
        double sd = WeightedStats.sd(post.values(0), post.weights());
        assertWithinTenPercent(N_OBS * Y_BAR / (N_OBS + 1), mean, "posterior mean");
        assertWithinTenPercent(Math.sqrt(1.0 / (N_OBS + 1)), sd, "posterior sd");
        assertTrue(r.generations().size() >= 4, "tolerance shrank over several generations");
        for (int g = 1; g < r.generations().size(); g++) {
            assertTrue(r.generations().get(g).tolerance() < r.generations().get(g - 1).tolerance());
            assertTrue(r.generations().get(g).ess() > 100, "weights did not degenerate");
        }
    }

    /** Averaging R replications makes the statistic the mean of R n draws: posterior N(Rn ybar/(Rn+1), 1/(Rn+1)). */
    @Test
    void replicationsAreAveragedBeforeTheDistance() throws Exception {
        int reps = 4;
        List<Target> t = List.of(new Target("mean", Y_BAR, SE / Math.sqrt(reps), false));
        AbcSmc.Result r = new AbcSmc(MU, t, (theta, seed) -> new double[] {NORMAL_MEAN.simulate(theta, seed)[0]},
                settings(1000, reps, 2), EvaluationStore.NONE).run(AbcSmc.Listener.NONE);
        Generation post = r.posterior();
        int n = reps * N_OBS;
        assertWithinTenPercent(n * Y_BAR / (n + 1), WeightedStats.mean(post.values(0), post.weights()), "mean");
        assertWithinTenPercent(Math.sqrt(1.0 / (n + 1)), WeightedStats.sd(post.values(0), post.weights()), "sd");
    }

    @Test
    void holdoutTargetsNeverEnterTheDistance() throws Exception {
        Settings s = settings(300, 1, 2);
        AbcSmc.Result a = run(targets(100.8), s, EvaluationStore.NONE);
        AbcSmc.Result b = run(targets(-55), s, EvaluationStore.NONE);
        assertSamePosterior(a, b);
        AbcSmc.Result fitted = run(List.of(new Target("mean", Y_BAR, SE, false), new Target("shifted", -55, 1, false)),
                s, EvaluationStore.NONE);
        assertNotEquals(WeightedStats.mean(a.posterior().values(0), a.posterior().weights()),
                WeightedStats.mean(fitted.posterior().values(0), fitted.posterior().weights()));
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalPosteriors() throws Exception {
        AbcSmc.Result one = run(targets(100.8), settings(300, 2, 1), EvaluationStore.NONE);
        AbcSmc.Result two = run(targets(100.8), settings(300, 2, 2), EvaluationStore.NONE);
        AbcSmc.Result three = run(targets(100.8), settings(300, 2, 3), EvaluationStore.NONE);
        assertSamePosterior(one, two);
        assertSamePosterior(one, three);
    }

    /** A store that fails after some saves stands for a killed process; the rerun reuses what was saved. */
    @Test
    void interruptedRunResumesFromItsStoreWithIdenticalResults() throws Exception {
        Settings s = settings(200, 1, 2);
        AtomicInteger cleanSimulations = new AtomicInteger();
        AbcSmc.Result clean = new AbcSmc(MU, targets(100.8), counting(cleanSimulations), s, EvaluationStore.NONE)
                .run(AbcSmc.Listener.NONE);
        MapStore store = new MapStore(700);
        assertThrows(IOException.class, () -> run(targets(100.8), s, store));
        int saved = store.map.size();
        assertEquals(700, saved);
        store.failAfter = Integer.MAX_VALUE;
        AtomicInteger simulations = new AtomicInteger();
        AbcSmc.Result resumed = new AbcSmc(MU, targets(100.8), counting(simulations), s, store).run(AbcSmc.Listener.NONE);
        assertSamePosterior(clean, resumed);
        assertEquals(cleanSimulations.get() - saved, simulations.get(), "resume simulates only what is missing ("
                + simulations.get() + " of " + cleanSimulations.get() + ", " + saved + " stored)");
    }

    /** A candidate is started only when the generation needs it even if every running one is accepted. */
    @Test
    void simulatesOnlyTheCandidatesEachGenerationUses() throws Exception {
        for (int threads = 1; threads <= 3; threads++) {
            for (int reps = 1; reps <= 2; reps++) {
                AtomicInteger simulations = new AtomicInteger();
                AbcSmc.Result r = new AbcSmc(MU, targets(100.8), counting(simulations), settings(200, reps, threads),
                        EvaluationStore.NONE).run(AbcSmc.Listener.NONE);
                assertNotEquals(StopReason.ACCEPTANCE_TOO_LOW, r.stopReason());
                int used = r.generations().stream().mapToInt(Generation::candidates).sum();
                assertEquals(used * reps, simulations.get(), threads + " threads, " + reps + " replications");
            }
        }
    }

    /**
     * Three shards on one store, one round per generation (as one Slurm array per generation), leave a
     * store from which an unsharded run builds the unsharded posterior without simulating anything;
     * whether the shards of a round run at the same time or one after the other. The shard that ends
     * last in the last round sees the calibration finished.
     */
    @Test
    void shardsTogetherGiveTheUnshardedPosterior() throws Exception {
        Settings s = settings(150, 1, 2);
        AbcSmc.Result clean = run(targets(100.8), s, EvaluationStore.NONE);
        for (boolean together : new boolean[] {true, false}) {
            MapStore store = new MapStore(Integer.MAX_VALUE);
            int rounds = 0;
            boolean finished = false;
            java.util.concurrent.ExecutorService array = java.util.concurrent.Executors.newFixedThreadPool(3);
            try {
                while (!finished) {
                    assertTrue(rounds < clean.generations().size(), "one round per generation");
                    List<AbcSmc.ShardResult> results = new java.util.ArrayList<>();
                    if (together) {
                        List<java.util.concurrent.Future<AbcSmc.ShardResult>> shards = new java.util.ArrayList<>();
                        for (int k = 0; k < 3; k++) {
                            Shard shard = new Shard(k, 3);
                            shards.add(array.submit(() -> new AbcSmc(MU, targets(100.8), NORMAL_MEAN,
                                    s.withThreads(1 + shard.index() % 2), store).runShard(shard, AbcSmc.Listener.NONE)));
                        }
                        for (java.util.concurrent.Future<AbcSmc.ShardResult> f : shards) {
                            results.add(f.get());
                        }
                    } else {
                        for (int k = 0; k < 3; k++) {
                            results.add(new AbcSmc(MU, targets(100.8), NORMAL_MEAN, s, store)
                                    .runShard(new Shard(k, 3), AbcSmc.Listener.NONE));
                        }
                    }
                    for (AbcSmc.ShardResult r : results) {
                        assertEquals(rounds, r.generation(), "round " + rounds + " works on generation " + rounds);
                        assertTrue(r.simulated() > 0, "every shard has a share");
                    }
                    finished = results.stream().anyMatch(AbcSmc.ShardResult::finished);
                    rounds++;
                }
            } finally {
                array.shutdownNow();
            }
            assertEquals(clean.generations().size(), rounds);
            AtomicInteger simulations = new AtomicInteger();
            AbcSmc.Result merged = new AbcSmc(MU, targets(100.8), counting(simulations), s, store)
                    .run(AbcSmc.Listener.NONE);
            assertSamePosterior(clean, merged);
            assertEquals(0, simulations.get(), "the shards left nothing to simulate");
            AbcSmc.ShardResult again = new AbcSmc(MU, targets(100.8), counting(simulations), s, store)
                    .runShard(new Shard(1, 3), AbcSmc.Listener.NONE);
            assertTrue(again.finished() && again.simulated() == 0, "a shard of a finished calibration does nothing");
        }
    }

    private static Simulator counting(AtomicInteger counter) {
        return (theta, seed) -> {
            counter.incrementAndGet();
            return NORMAL_MEAN.simulate(theta, seed);
        };
    }

    /**
     * A finished calibration continued over its store with a relaxed stopping rule (more generations, a
     * lower minimum tolerance, a lower minimum acceptance rate) ends as a fresh run with that rule would,
     * simulating only what the first run had not: stored candidates never depend on when a run stops.
     */
    @Test
    void relaxedStoppingRuleContinuesAFinishedRunAsAFreshRunWouldEnd() throws Exception {
        Settings[][] pairs = {
            {new Settings(100, 1, 2, 0.5, 0, 0.01, 5L, 2), new Settings(100, 1, 4, 0.5, 0, 0.01, 5L, 2)},
            {new Settings(100, 1, 12, 0.5, 0.6, 0.01, 5L, 2), new Settings(100, 1, 12, 0.5, 0.2, 0.01, 5L, 2)},
            {new Settings(100, 1, 30, 0.5, 0, 0.2, 5L, 2), new Settings(100, 1, 30, 0.5, 0, 0.05, 5L, 2)},
        };
        StopReason[] firstStops = {StopReason.MAX_GENERATIONS, StopReason.TOLERANCE_REACHED,
            StopReason.ACCEPTANCE_TOO_LOW};
        for (int k = 0; k < pairs.length; k++) {
            AtomicInteger freshSimulations = new AtomicInteger();
            AbcSmc.Result fresh = new AbcSmc(MU, targets(100.8), counting(freshSimulations), pairs[k][1],
                    EvaluationStore.NONE).run(AbcSmc.Listener.NONE);
            MapStore store = new MapStore(Integer.MAX_VALUE);
            AtomicInteger firstSimulations = new AtomicInteger();
            AbcSmc.Result first = new AbcSmc(MU, targets(100.8), counting(firstSimulations), pairs[k][0], store)
                    .run(AbcSmc.Listener.NONE);
            assertEquals(firstStops[k], first.stopReason(), "pair " + k);
            assertTrue(first.generations().size() < fresh.generations().size(), "pair " + k + " gains generations");
            AtomicInteger simulations = new AtomicInteger();
            AbcSmc.Result continued = new AbcSmc(MU, targets(100.8), counting(simulations), pairs[k][1], store)
                    .run(AbcSmc.Listener.NONE);
            assertSamePosterior(fresh, continued);
            assertEquals(fresh.stopReason(), continued.stopReason());
            assertEquals(freshSimulations.get() - firstSimulations.get(), simulations.get(), "pair " + k
                    + " simulates only what the first run had not");
        }
    }

    @Test
    void generationIsAbandonedWhenAcceptanceFallsBelowTheMinimum() throws Exception {
        Settings s = new Settings(100, 1, 30, 0.5, 0, 0.2, 5L, 2);
        AbcSmc.Result r = run(targets(100.8), s, EvaluationStore.NONE);
        assertEquals(StopReason.ACCEPTANCE_TOO_LOW, r.stopReason());
        for (Generation g : r.generations()) {
            assertTrue(g.acceptanceRate() >= 0.2, "completed generations respect the minimum");
        }
        Settings few = new Settings(100, 1, 3, 0.5, 0, 0.001, 5L, 2);
        assertEquals(StopReason.MAX_GENERATIONS, run(targets(100.8), few, EvaluationStore.NONE).stopReason());
        assertEquals(3, run(targets(100.8), few, EvaluationStore.NONE).generations().size());
    }

    @Test
    void uniformPriorKeepsEveryParticleInItsRange() throws Exception {
        List<Parameter> bounded = List.of(new Parameter("mu", Prior.uniform(0.7, 2.0)));
        AbcSmc.Result r = new AbcSmc(bounded, targets(100.8), NORMAL_MEAN, settings(300, 1, 2), EvaluationStore.NONE)
                .run(AbcSmc.Listener.NONE);
        for (Generation g : r.generations()) {
            for (Particle p : g.particles()) {
                assertTrue(p.theta(0) >= 0.7 && p.theta(0) <= 2.0);
            }
        }
        assertEquals(1.0, java.util.Arrays.stream(r.posterior().weights()).sum(), 1e-9);
    }

    @Test
    void distanceIsInUnitsOfEachTargetsUncertainty() {
        AbcSmc abc = new AbcSmc(MU, List.of(new Target("a", 1, 0.5, false), new Target("b", 10, 2, false),
                new Target("c", 0, 1, true)), NORMAL_MEAN, settings(10, 1, 1), EvaluationStore.NONE);
        assertEquals(Math.sqrt(4 + 1), abc.distance(new double[] {2, 12, 99}), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, abc.distance(new double[] {Double.NaN, 12, 0}));
        assertEquals(0, abc.distance(new double[] {1, 10, Double.NaN}));
    }

    private static void assertSamePosterior(AbcSmc.Result a, AbcSmc.Result b) {
        assertEquals(a.generations().size(), b.generations().size());
        for (int g = 0; g < a.generations().size(); g++) {
            Generation x = a.generations().get(g);
            Generation y = b.generations().get(g);
            assertEquals(x.tolerance(), y.tolerance());
            assertEquals(x.candidates(), y.candidates());
            assertArrayEquals(x.weights(), y.weights());
            assertArrayEquals(x.values(0), y.values(0));
            for (int i = 0; i < x.particles().size(); i++) {
                assertEquals(x.particles().get(i).distance(), y.particles().get(i).distance());
            }
        }
    }

    /** An in-memory store that throws after {@code failAfter} saves. */
    private static final class MapStore implements EvaluationStore {
        final Map<String, Evaluation> map = new ConcurrentHashMap<>();
        volatile int failAfter;

        MapStore(int failAfter) {
            this.failAfter = failAfter;
        }

        @Override
        public Evaluation find(int generation, int candidate) {
            return map.get(generation + "/" + candidate);
        }

        /** Once it has failed, every later save fails too, as nothing is written after a kill. */
        @Override
        public synchronized void save(int generation, int candidate, Evaluation evaluation) throws IOException {
            if (map.size() >= failAfter) {
                throw new IOException("killed");
            }
            map.put(generation + "/" + candidate, evaluation);
        }
    }
}
