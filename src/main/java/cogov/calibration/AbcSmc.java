package cogov.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
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

    /** Runs generations until a stopping rule holds. */
    public Result run(Listener listener) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "cogov-abc-" + THREAD_IDS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Generation> done = new ArrayList<>();
            Generation previous = null;
            for (int g = 0; g < settings.maxGenerations(); g++) {
                double tolerance = g == 0 ? Double.POSITIVE_INFINITY : nextTolerance(previous);
                boolean last = tolerance <= settings.minTolerance();
                if (last) {
                    tolerance = settings.minTolerance();
                }
                Generation next = generation(g, tolerance, previous, pool, listener);
                if (next == null) {
                    return new Result(done, StopReason.ACCEPTANCE_TOO_LOW);
                }
                done.add(next);
                listener.generationFinished(next);
                previous = next;
                if (last) {
                    return new Result(done, StopReason.TOLERANCE_REACHED);
                }
            }
            return new Result(done, StopReason.MAX_GENERATIONS);
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

    /** One generation, or null when it was abandoned for a too low acceptance rate. */
    private Generation generation(int g, double tolerance, Generation previous, ExecutorService pool,
                                  Listener listener) throws Exception {
        int n = settings.particles();
        int maxCandidates = settings.maxCandidates();
        listener.generationStarted(g, tolerance, maxCandidates);
        Proposer proposer = new Proposer(previous);
        List<Integer> acceptedIndex = new ArrayList<>();
        List<Evaluation> accepted = new ArrayList<>();
        int examined = 0;
        double rateGuess = previous == null ? 1.0 : Math.max(previous.acceptanceRate() / 2, settings.minAcceptanceRate());
        while (accepted.size() < n && examined < maxCandidates) {
            int wanted = (int) Math.ceil((n - accepted.size()) / rateGuess);
            int batch = Math.min(maxCandidates - examined, Math.max(wanted, 4 * settings.threads()));
            List<Future<Evaluation>> futures = new ArrayList<>(batch);
            for (int i = examined; i < examined + batch; i++) {
                int index = i;
                futures.add(pool.submit(() -> evaluate(g, index, proposer)));
            }
            for (int i = 0; i < batch; i++) {
                Evaluation e = result(futures.get(i));
                if (accepted.size() < n && e.distance() <= tolerance && e.distance() < Double.POSITIVE_INFINITY) {
                    accepted.add(e);
                    acceptedIndex.add(examined + i);
                }
            }
            examined += batch;
            listener.progress(g, examined, accepted.size());
        }
        if (accepted.size() < n) {
            listener.generationAbandoned(g, tolerance, examined, accepted.size());
            return null;
        }
        int used = acceptedIndex.get(n - 1) + 1;
        double[] weights = weights(accepted, previous, proposer);
        List<Particle> particles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Evaluation e = accepted.get(i);
            particles.add(new Particle(e.theta(), weights[i], e.distance(), e.statistics()));
        }
        return new Generation(g, tolerance, particles, used, (double) n / used, WeightedStats.ess(weights));
    }

    private static Evaluation result(Future<Evaluation> f) throws Exception {
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

    /** Proposes, then simulates unless the store already holds this candidate. */
    private Evaluation evaluate(int g, int index, Proposer proposer) throws Exception {
        RandomGenerator rng = new MersenneTwister(candidateSeed(settings.seed(), g, index));
        double[] theta = proposer.propose(rng);
        Evaluation stored = store.find(g, index);
        if (stored != null) {
            if (!Arrays.equals(stored.theta(), theta)) {
                throw new IOException("stored candidate " + index + " of generation " + g + " has other parameter"
                        + " values than this calibration proposes: the folder belongs to another calibration");
            }
            return stored;
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
        return e;
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
