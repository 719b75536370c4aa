package cogov.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Approximate Bayesian computation by sequential Monte Carlo (population Monte Carlo: Beaumont,
 * Cornuet, Marin and Robert 2009; Toni et al. 2009). Generation 0 draws the particles from the prior;
 * each later generation proposes candidates by picking a particle of the previous one by weight and
 * perturbing it with a Gaussian kernel of twice the population's weighted covariance, accepts those
 * whose distance is within a tolerance that shrinks to a quantile of the previous distances, and
 * weights them by prior density over kernel-mixture density. A candidate with an infinite distance
 * (a fitted statistic undefined, or a parameter combination the model rejects) is never accepted,
 * not even in generation 0.
 *
 * <p>Deterministic at any thread count: candidate {@code i} of generation {@code g} draws its proposal
 * and its simulation seeds from a generator seeded by (master seed, g, i) only, candidates are
 * evaluated in parallel batches, and acceptance is decided in index order, so a generation's particles
 * are the first {@code particles} acceptable candidates whatever finished first. Knows nothing of
 * cogov's model: it sees a {@link Simulator} and {@link Target}s.
 */
public final class AbcSmc {

    /** Progress callbacks, called from the thread that calls {@link #run}. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void generationStarted(int generation, double tolerance, int maxCandidates) {
        }

        /** After each batch: candidates examined so far and how many of them were acceptable. */
        default void progress(int generation, int examined, int accepted) {
        }

        default void generationFinished(Generation generation) {
        }

        /** A generation was given up: its acceptance rate would be below the minimum. */
        default void generationAbandoned(int generation, double tolerance, int examined, int accepted) {
        }
    }

    /** What a calibration produced: every completed generation (the last is the posterior) and why it stopped. */
    public record Result(List<Generation> generations, StopReason stopReason) {
        public Result {
            generations = List.copyOf(generations);
        }

        /** The last completed generation: the ABC posterior sample. */
        public Generation posterior() {
            return generations.get(generations.size() - 1);
        }
    }

    private final List<Parameter> parameters;
    private final List<Target> targets;
    private final Simulator simulator;
    private final Settings settings;
    private final EvaluationStore store;

    public AbcSmc(List<Parameter> parameters, List<Target> targets, Simulator simulator, Settings settings,
                  EvaluationStore store) {
        this.parameters = List.copyOf(parameters);
        this.targets = List.copyOf(targets);
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
        if (this.parameters.isEmpty()) {
            throw new IllegalArgumentException("calibration needs at least one parameter");
        }
        if (this.targets.stream().allMatch(Target::holdout)) {
            throw new IllegalArgumentException("calibration needs at least one target that is not a hold-out");
        }
    }

    /**
     * What one shard of a calibration did ({@link #runShard}).
     *
     * @param generation the generation it worked on: the first one that was incomplete when it reached it
     *                   (or the last generation, when the calibration needs nothing more)
     * @param simulated  candidates it simulated (the rest it read from the store)
     * @param finished   true when every generation is complete or a stopping rule holds: only the outputs
     *                   remain to be written, by an unsharded {@code --resume}
     */
    public record ShardResult(int generation, int simulated, boolean finished) {
    }

    /** Runs generations until a stopping rule holds. */
    public Result run(Listener listener) throws Exception {
        return drive(Shard.ALL, listener).result;
    }

    /**
     * Runs one shard's part of the calibration: replays the generations the store already holds in full,
     * then simulates this shard's candidates (index congruent to {@code shard.index()} modulo
     * {@code shard.count()}) of the first incomplete generation, reading the other shards' candidates
     * from the store as they appear, until the candidates stored below its next one hold enough
     * acceptable ones, so that generation ends before it whatever the missing candidates give. Then it
     * returns, even if other shards are still at work: the next generation needs all of them. The store
     * ends up holding what an unsharded run would have simulated, and an unsharded run over it gives the
     * identical result.
     */
    public ShardResult runShard(Shard shard, Listener listener) throws Exception {
        Objects.requireNonNull(shard, "shard");
        return drive(shard, listener).shard;
    }

    private record Driven(Result result, ShardResult shard) {
    }

    private Driven drive(Shard shard, Listener listener) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "cogov-abc-" + THREAD_IDS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Generation> done = new ArrayList<>();
            Generation previous = null;
            int simulated = 0;
            for (int g = 0; g < settings.maxGenerations(); g++) {
                double tolerance = g == 0 ? Double.POSITIVE_INFINITY : nextTolerance(previous);
                boolean last = tolerance <= settings.minTolerance();
                if (last) {
                    tolerance = settings.minTolerance();
                }
                Step step = generation(g, tolerance, previous, pool, listener, shard);
                simulated = step.simulated;
                if (step.abandoned) {
                    return new Driven(new Result(done, StopReason.ACCEPTANCE_TOO_LOW), new ShardResult(g, simulated, true));
                }
                if (step.generation == null) {
                    return new Driven(null, new ShardResult(g, simulated, false));
                }
                done.add(step.generation);
                listener.generationFinished(step.generation);
                previous = step.generation;
                if (last) {
                    return new Driven(new Result(done, StopReason.TOLERANCE_REACHED), new ShardResult(g, simulated, true));
                }
                if (!shard.isAll() && simulated > 0 && g + 1 < settings.maxGenerations()) {
                    return new Driven(null, new ShardResult(g, simulated, false));
                }
            }
            return new Driven(new Result(done, StopReason.MAX_GENERATIONS),
                    new ShardResult(settings.maxGenerations() - 1, simulated, true));
        } finally {
            pool.shutdownNow();
        }
    }

    private static final AtomicInteger THREAD_IDS = new AtomicInteger();

    private double nextTolerance(Generation previous) {
        double[] d = new double[previous.particles().size()];
        double[] ones = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = previous.particles().get(i).distance();
            ones[i] = 1;
        }
        return WeightedStats.quantile(d, ones, settings.quantile());
    }

    /**
     * How a generation went: complete ({@code generation} set), abandoned for a too low acceptance rate,
     * or, for a shard, incomplete (neither: other shards' candidates are still missing).
     */
    private record Step(Generation generation, boolean abandoned, int simulated) {
    }

    /**
     * How often a shard looks for the other shards' candidates while its own run (and whenever none of its
     * own is running): often enough against simulations of seconds, rarely enough that a shard far ahead
     * of the others does not spend its time listing what is still missing.
     */
    private static final long PROBE_EVERY_NANOS = 200_000_000L;

    /** One evaluated candidate as a worker hands it back. */
    private record Done(int index, Evaluation evaluation, boolean simulated) {
    }

    private static boolean acceptable(Evaluation e, double tolerance) {
        return e.distance() <= tolerance && e.distance() < Double.POSITIVE_INFINITY;
    }

    /**
     * One generation. Candidates are started in index order, never more at once than there are threads,
     * and candidate j only while the acceptable candidates found so far plus those still running are
     * fewer than {@code particles}: even if every running one is accepted, the generation needs j. So an
     * unsharded run simulates exactly the candidates up to the last one used (threads may wait for
     * the last few instead of guessing). A shard also counts the other shards' candidates it finds in the
     * store, and stops once its own share below its next candidate cannot matter. Acceptance is decided in
     * index order over the finished prefix, so the particles are the first acceptable candidates at any
     * thread count and in any number of shards.
     */
    private Step generation(int g, double tolerance, Generation previous, ExecutorService pool, Listener listener,
                            Shard shard) throws Exception {
        int n = settings.particles();
        int max = settings.maxCandidates();
        listener.generationStarted(g, tolerance, max);
        Proposer proposer = new Proposer(previous);
        if (!shard.isAll()) {
            Step whole = fromStore(g, tolerance, previous, proposer, listener);
            if (whole != null) {
                return whole;
            }
        }
        Evaluation[] known = new Evaluation[max];
        TreeSet<Integer> othersMissing = new TreeSet<>();
        int acceptableKnown = 0;
        int covered = 0;
        int nextOwn = shard.index();
        int prefix = 0;
        List<Evaluation> accepted = new ArrayList<>();
        List<Integer> acceptedIndex = new ArrayList<>();
        CompletionService<Done> completions = new ExecutorCompletionService<>(pool);
        int inFlight = 0;
        int simulated = 0;
        long lastProbe = System.nanoTime() - PROBE_EVERY_NANOS;
        while (true) {
            for (int i = covered; i < Math.min(nextOwn, max); i++) {
                if (!shard.owns(i)) {
                    othersMissing.add(i);
                }
            }
            covered = Math.max(covered, Math.min(nextOwn, max));
            boolean probe = inFlight == 0 || System.nanoTime() - lastProbe >= PROBE_EVERY_NANOS;
            if (probe) {
                lastProbe = System.nanoTime();
            }
            for (Iterator<Integer> it = probe ? othersMissing.iterator() : Collections.emptyIterator(); it.hasNext(); ) {
                int i = it.next();
                Evaluation e = stored(g, i, proposer);
                if (e != null) {
                    known[i] = e;
                    acceptableKnown += acceptable(e, tolerance) ? 1 : 0;
                    it.remove();
                }
            }
            int before = prefix;
            while (prefix < max && accepted.size() < n && known[prefix] != null) {
                if (acceptable(known[prefix], tolerance)) {
                    accepted.add(known[prefix]);
                    acceptedIndex.add(prefix);
                }
                prefix++;
            }
            if (prefix > before) {
                listener.progress(g, prefix, accepted.size());
            }
            if (accepted.size() >= n || prefix >= max) {
                break;
            }
            if (inFlight < settings.threads() && nextOwn < max && acceptableKnown + inFlight < n) {
                int index = nextOwn;
                completions.submit(() -> evaluate(g, index, proposer));
                inFlight++;
                nextOwn += shard.count();
                covered = index + 1;
                continue;
            }
            if (inFlight == 0) {
                if (shard.isAll()) {
                    throw new IllegalStateException("generation " + g + " stalled at candidate " + prefix);
                }
                return new Step(null, false, simulated);
            }
            Done d = result(completions.take());
            inFlight--;
            known[d.index] = d.evaluation;
            acceptableKnown += acceptable(d.evaluation, tolerance) ? 1 : 0;
            simulated += d.simulated ? 1 : 0;
        }
        while (inFlight > 0) {
            Done d = result(completions.take());
            inFlight--;
            simulated += d.simulated ? 1 : 0;
        }
        if (accepted.size() < n) {
            listener.generationAbandoned(g, tolerance, prefix, accepted.size());
            return new Step(null, true, simulated);
        }
        return new Step(complete(g, tolerance, previous, proposer, accepted, acceptedIndex.get(n - 1) + 1), false,
                simulated);
    }

    /**
     * The generation as the store holds it, when it holds every candidate up to its last used one (or
     * all {@code maxCandidates}, for an abandoned generation); else null. Simulates nothing: how a shard
     * passes over the generations earlier arrays completed.
     */
    private Step fromStore(int g, double tolerance, Generation previous, Proposer proposer, Listener listener)
            throws IOException {
        int n = settings.particles();
        List<Evaluation> accepted = new ArrayList<>();
        for (int i = 0; i < settings.maxCandidates(); i++) {
            Evaluation e = stored(g, i, proposer);
            if (e == null) {
                return null;
            }
            if (acceptable(e, tolerance)) {
                accepted.add(e);
                if (accepted.size() == n) {
                    listener.progress(g, i + 1, n);
                    return new Step(complete(g, tolerance, previous, proposer, accepted, i + 1), false, 0);
                }
            }
        }
        listener.generationAbandoned(g, tolerance, settings.maxCandidates(), accepted.size());
        return new Step(null, true, 0);
    }

    private Generation complete(int g, double tolerance, Generation previous, Proposer proposer,
                                List<Evaluation> accepted, int used) {
        int n = accepted.size();
        double[] weights = weights(accepted, previous, proposer);
        List<Particle> particles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Evaluation e = accepted.get(i);
            particles.add(new Particle(e.theta(), weights[i], e.distance(), e.statistics()));
        }
        return new Generation(g, tolerance, particles, used, (double) n / used, WeightedStats.ess(weights));
    }

    private static <T> T result(Future<T> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    /** The stored evaluation of a candidate, checked against this calibration's proposal, or null. */
    private Evaluation stored(int g, int index, Proposer proposer) throws IOException {
        Evaluation found = store.find(g, index);
        if (found == null) {
            return null;
        }
        RandomGenerator rng = new MersenneTwister(candidateSeed(settings.seed(), g, index));
        return checked(g, index, found, proposer.propose(rng));
    }

    private static Evaluation checked(int g, int index, Evaluation stored, double[] theta) throws IOException {
        if (stored != null && !Arrays.equals(stored.theta(), theta)) {
            throw new IOException("stored candidate " + index + " of generation " + g + " has other parameter"
                    + " values than this calibration proposes: the folder belongs to another calibration");
        }
        return stored;
    }

    /** Proposes, then simulates unless the store already holds this candidate. */
    private Done evaluate(int g, int index, Proposer proposer) throws Exception {
        RandomGenerator rng = new MersenneTwister(candidateSeed(settings.seed(), g, index));
        double[] theta = proposer.propose(rng);
        Evaluation found = checked(g, index, store.find(g, index), theta);
        if (found != null) {
            return new Done(index, found, false);
        }
        double[] sum = new double[targets.size()];
        int[] count = new int[targets.size()];
        for (int r = 0; r < settings.replications(); r++) {
            double[] s = simulator.simulate(theta.clone(), rng.nextLong());
            if (s.length != targets.size()) {
                throw new IllegalStateException("the simulator returned " + s.length + " statistics for "
                        + targets.size() + " targets");
            }
            for (int k = 0; k < s.length; k++) {
                if (!Double.isNaN(s[k])) {
                    sum[k] += s[k];
                    count[k]++;
                }
            }
        }
        double[] mean = new double[sum.length];
        for (int k = 0; k < mean.length; k++) {
            mean[k] = count[k] == 0 ? Double.NaN : sum[k] / count[k];
        }
        Evaluation e = new Evaluation(theta, mean, distance(mean));
        store.save(g, index, e);
        return new Done(index, e, true);
    }

    /**
     * Euclidean distance over the fitted targets of (simulated - observed) / uncertainty; hold-outs
     * never count; infinite when a fitted statistic is undefined.
     */
    public double distance(double[] statistics) {
        double s = 0;
        for (int k = 0; k < targets.size(); k++) {
            Target t = targets.get(k);
            if (t.holdout()) {
                continue;
            }
            double z = (statistics[k] - t.observed()) / t.sd();
            if (Double.isNaN(z)) {
                return Double.POSITIVE_INFINITY;
            }
            s += z * z;
        }
        return Math.sqrt(s);
    }

    /** Seed of candidate {@code index} of generation {@code g}: SplitMix64 of the three, mixed in turn. */
    static long candidateSeed(long master, int g, int index) {
        return mix64(mix64(mix64(master) + GOLDEN * (g + 1L)) + GOLDEN * (index + 1L));
    }

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private double priorDensity(double[] theta) {
        double p = 1;
        for (int k = 0; k < theta.length; k++) {
            p *= parameters.get(k).prior().density(theta[k]);
        }
        return p;
    }

    /** w_i = prior(theta_i) / sum_j W_j K(theta_i | theta_j), normalised; uniform for generation 0. */
    private double[] weights(List<Evaluation> accepted, Generation previous, Proposer proposer) {
        int n = accepted.size();
        double[] w = new double[n];
        if (previous == null) {
            Arrays.fill(w, 1.0 / n);
            return w;
        }
        double[] prevW = previous.weights();
        double total = 0;
        for (int i = 0; i < n; i++) {
            double[] theta = accepted.get(i).theta();
            double mixture = 0;
            for (int j = 0; j < prevW.length; j++) {
                mixture += prevW[j] * proposer.kernel.density(theta, proposer.centres[j]);
            }
            w[i] = priorDensity(theta) / mixture;
            total += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= total;
        }
        return w;
    }

    /** Draws candidates: from the prior in generation 0, else from the kernel around a weighted pick. */
    private final class Proposer {
        private static final int MAX_TRIES = 100_000;
        private final double[][] centres;
        private final double[] cumulative;
        private final GaussianKernel kernel;

        Proposer(Generation previous) {
            if (previous == null) {
                centres = null;
                cumulative = null;
                kernel = null;
                return;
            }
            int n = previous.particles().size();
            centres = new double[n][];
            cumulative = new double[n];
            double c = 0;
            for (int i = 0; i < n; i++) {
                centres[i] = previous.particles().get(i).theta();
                c += previous.particles().get(i).weight();
                cumulative[i] = c;
            }
            kernel = GaussianKernel.forPopulation(centres, previous.weights());
        }

        double[] propose(RandomGenerator rng) {
            if (centres == null) {
                double[] theta = new double[parameters.size()];
                for (int k = 0; k < theta.length; k++) {
                    theta[k] = parameters.get(k).prior().sample(rng);
                }
                return theta;
            }
            for (int tries = 0; tries < MAX_TRIES; tries++) {
                double u = rng.nextDouble() * cumulative[cumulative.length - 1];
                int j = Arrays.binarySearch(cumulative, u);
                j = j >= 0 ? j : Math.min(-j - 1, cumulative.length - 1);
                double[] theta = kernel.perturb(centres[j], rng);
                if (priorDensity(theta) > 0) {
                    return theta;
                }
            }
            throw new IllegalStateException("no proposal inside the prior's support after " + MAX_TRIES + " tries");
        }
    }
}
