package cogov.experiment;

import cogov.calibration.AbcSmc;
import cogov.calibration.Parameter;
import cogov.calibration.Prior;
import cogov.calibration.Settings;
import cogov.calibration.Shard;
import cogov.calibration.Simulator;
import cogov.calibration.Target;
import cogov.config.CalibrationSpec;
import cogov.config.CalibrationSpec.ParameterSpec;
import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.config.TargetSpec;
import cogov.output.AtomicFiles;
import cogov.output.FolderLayout;
import cogov.output.Hashing;
import cogov.output.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a calibration experiment: ABC-SMC ({@link AbcSmc}) over the chosen scenario keys, each
 * candidate simulated {@code replications} times with the real model (or a stand-in in tests), its
 * statistics compared with the targets. Every evaluated candidate is kept in the output folder, so an
 * interrupted calibration resumes where it stopped and ends with the same posterior; the outputs
 * ({@link CalibrationOutputs}) are written at the end.
 */
public final class Calibration {

    /** Where to write, on how many threads, and whether to continue an interrupted calibration. */
    public record Options(Path out, int threads, boolean resume) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1 (got " + threads + ")");
            }
        }
    }

    /** What a calibration did. */
    public record Outcome(Path out, AbcSmc.Result result, int simulatedCandidates, int reusedCandidates,
                          Duration wall) {
    }

    /** A dry run's run counts: between all accepted and every generation at the minimum acceptance rate. */
    public record Estimate(long minRuns, long maxRuns) {
    }

    private final CalibrationSpec spec;
    private final RunFunction function;
    private final List<TargetSpec> active;
    private final List<Parameter> parameters = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();

    public Calibration(CalibrationSpec spec, RunFunction function) {
        this.spec = spec;
        this.function = function;
        this.active = spec.activeTargets();
        for (ParameterSpec p : spec.parameters()) {
            parameters.add(new Parameter(p.key(), prior(p)));
        }
        for (TargetSpec t : active) {
            targets.add(new Target(t.name(), t.value(), t.sd(), t.holdout()));
        }
    }

    /** A whole-number key's prior covers [low - 1/2, high + 1/2], so rounding gives every whole value its share. */
    static Prior prior(ParameterSpec p) {
        double half = p.integer() ? 0.5 : 0;
        double lo = p.low() - half;
        double hi = p.high() + half;
        return switch (p.prior()) {
            case UNIFORM -> Prior.uniform(lo, hi);
            case NORMAL -> Prior.normal(p.mean(), p.sd(), lo, hi);
        };
    }

    public CalibrationSpec spec() {
        return spec;
    }

    /** The targets that are simulated (their metric exists), in file order. */
    public List<TargetSpec> activeTargets() {
        return active;
    }

    public Settings settings(int threads) {
        return new Settings(spec.particles(), spec.replications(), spec.generations(), spec.quantile(),
                spec.minTolerance(), spec.minAcceptance(), spec.seed(), threads);
    }

    /** The base scenario's name (the calibrated scenario is named after it). */
    String baseName() throws IllegalStateException {
        try {
            return ScenarioLoader.load(spec.base()).name();
        } catch (ConfigException e) {
            throw new IllegalStateException("the base scenario became invalid during the calibration", e);
        }
    }

    /** The base scenario with a candidate's values in place of the fitted keys. */
    public Scenario scenario(double[] theta) throws ConfigException {
        return ScenarioLoader.load(spec.base(), overrides(theta));
    }

    /** The fitted keys with a candidate's values, rounded where the key takes whole numbers. */
    public Map<String, Object> overrides(double[] theta) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (int k = 0; k < theta.length; k++) {
            ParameterSpec p = spec.parameters().get(k);
            o.put(p.key(), p.scenarioValue(theta[k]));
        }
        return o;
    }

    /**
     * The model as ABC sees it. A parameter combination the scenario rules reject (each prior end was
     * checked alone, not every combination) gives undefined statistics, so the candidate is rejected.
     */
    public Simulator simulator() {
        return (theta, seed) -> {
            Scenario scenario;
            try {
                scenario = scenario(theta).withSeed(seed);
            } catch (ConfigException e) {
                double[] undefined = new double[active.size()];
                Arrays.fill(undefined, Double.NaN);
                return undefined;
            }
            CalibrationTargets sink = new CalibrationTargets(active, scenario.days());
            function.run(scenario, sink);
            return sink.statistics();
        };
    }

    /** SHA-256 of the calibration file, the targets file and the resolved base scenario: what resume compares. */
    public String hash() throws IOException, ConfigException {
        String all = Files.readString(spec.file()) + "\n\u0000" + Files.readString(spec.targetsFile()) + "\n\u0000"
                + ScenarioLoader.toResolvedYaml(ScenarioLoader.load(spec.base()));
        return Hashing.sha256Hex(all);
    }

    /** Runs (or resumes) the calibration into {@code options.out()} and writes every output file. */
    public Outcome run(Options options, AbcSmc.Listener listener) throws Exception {
        Instant start = Instant.now();
        CalibrationFolder folder = new CalibrationFolder(options.out());
        String hash = hash();
        prepare(folder, options, hash);
        Manifest manifest = manifest(hash, options, start);
        manifest.write(folder.root());
        AbcSmc abc = new AbcSmc(parameters, targets, simulator(), settings(options.threads()), folder);
        AbcSmc.Result result = abc.run(listener);
        new CalibrationOutputs(this, folder, hash).writeAll(result);
        Instant end = Instant.now();
        int candidates = folder.saved() + folder.found();
        manifest.put("finished", end.toString())
                .put("wall_seconds", Duration.between(start, end).toMillis() / 1000.0)
                .put("generations_done", result.generations().size())
                .put("stop_reason", result.stopReason().name().toLowerCase(Locale.ROOT))
                .put("final_tolerance", result.posterior().tolerance())
                .put("candidates_evaluated", candidates)
                .put("runs_total", (long) candidates * spec.replications())
                .put("candidates_simulated_now", folder.saved())
                .put("candidates_reused", folder.found())
                .put("status", "complete");
        manifest.write(folder.root());
        return new Outcome(folder.root(), result, folder.saved(), folder.found(), Duration.between(start, end));
    }

    /** What one shard did: its {@link AbcSmc.ShardResult} and how long it took. */
    public record ShardOutcome(Path out, AbcSmc.ShardResult result, int reusedCandidates, Duration wall) {
    }

    /**
     * Runs one shard of the calibration ({@link AbcSmc#runShard}) in {@code out}, which the shards share:
     * its candidates of the first incomplete generation go into {@code out/candidates/}; no output file is
     * written (an unsharded {@code --resume} writes them at the end). The folder may be new, or hold this
     * calibration (the first shard to start writes the input copies and the manifest); temporary files
     * are left alone, as other shards may be writing theirs.
     */
    public ShardOutcome runShard(Path out, int threads, Shard shard, AbcSmc.Listener listener)
            throws Exception {
        Instant start = Instant.now();
        CalibrationFolder folder = new CalibrationFolder(out);
        String hash = hash();
        prepareShared(folder, hash, threads, start);
        AbcSmc abc = new AbcSmc(parameters, targets, simulator(), settings(threads), folder);
        AbcSmc.ShardResult r = abc.runShard(shard, listener);
        return new ShardOutcome(folder.root(), r, folder.found(), Duration.between(start, Instant.now()));
    }

    /**
     * Makes {@code out} ready for shards started later (on Slurm): as {@link #run} would (a non-empty
     * folder only with {@code resume}, and only of this calibration), with the manifest saying
     * {@code submitted}.
     */
    public void prepareForShards(Options options) throws Exception {
        CalibrationFolder folder = new CalibrationFolder(options.out());
        String hash = hash();
        prepare(folder, options, hash);
        manifest(hash, options, Instant.now()).put("status", "submitted").write(folder.root());
    }

    private void prepareShared(CalibrationFolder folder, String hash, int threads, Instant start) throws Exception {
        String theirs = Files.isRegularFile(folder.file(FolderLayout.MANIFEST))
                ? Manifest.readString(folder.root(), "calibration_hash") : null;
        if (theirs != null) {
            if (!theirs.equals(hash)) {
                throw new SweepException(folder.root() + " holds another calibration (or the calibration file, its"
                        + " targets or its base scenario changed since): refusing to add a shard's candidates to it");
            }
            return;
        }
        if (folder.isNonEmpty() && !Files.isDirectory(folder.root().resolve(FolderLayout.CANDIDATES_DIR))) {
            throw new SweepException(folder.root() + " is not empty and is not a calibration folder; choose another"
                    + " --out");
        }
        Files.createDirectories(folder.root().resolve(FolderLayout.CANDIDATES_DIR));
        writeInputCopies(folder);
        manifest(hash, new Options(folder.root(), threads, true), start).put("status", "sharded").write(folder.root());
    }

    private void writeInputCopies(CalibrationFolder folder) throws IOException, ConfigException {
        AtomicFiles.writeString(folder.file(FolderLayout.CALIBRATION), Files.readString(spec.file()));
        AtomicFiles.writeString(folder.file(FolderLayout.TARGETS), Files.readString(spec.targetsFile()));
        AtomicFiles.writeString(folder.file(FolderLayout.SCENARIO),
                ScenarioLoader.toResolvedYaml(ScenarioLoader.load(spec.base())));
    }

    private void prepare(CalibrationFolder folder, Options options, String hash) throws SweepException, IOException,
            ConfigException {
        if (folder.isNonEmpty()) {
            if (!options.resume()) {
                throw new SweepException(folder.root() + " exists and is not empty; use --resume to continue that"
                        + " calibration, or choose another --out");
            }
            String theirs = Manifest.readString(folder.root(), "calibration_hash");
            if (theirs == null) {
                throw new SweepException(folder.root() + " has no readable " + FolderLayout.MANIFEST
                        + "; it is not a calibration folder");
            }
            if (!theirs.equals(hash)) {
                throw new SweepException(folder.root() + " holds another calibration (or the calibration file, its"
                        + " targets or its base scenario changed since): refusing to resume into it");
            }
        }
        Files.createDirectories(folder.root().resolve(FolderLayout.CANDIDATES_DIR));
        folder.cleanTemporaryFiles();
        writeInputCopies(folder);
    }

    private Manifest manifest(String hash, Options options, Instant start) {
        List<Object> params = new ArrayList<>();
        for (ParameterSpec p : spec.parameters()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", p.key());
            m.put("prior", p.prior().name().toLowerCase(Locale.ROOT));
            m.put("low", p.low());
            m.put("high", p.high());
            if (!Double.isNaN(p.mean())) {
                m.put("mean", p.mean());
                m.put("sd", p.sd());
            }
            params.add(m);
        }
        return Manifest.of(Manifest.Kind.CALIBRATION)
                .put("calibration", spec.name())
                .put("calibration_file", String.valueOf(spec.file()))
                .put("calibration_hash", hash)
                .put("base_scenario", String.valueOf(spec.base()))
                .put("targets_file", String.valueOf(spec.targetsFile()))
                .put("method", "ABC-SMC (population Monte Carlo, Beaumont et al. 2009)")
                .put("master_seed", spec.seed())
                .put("master_seed_text", cogov.output.Columns.seedText(spec.seed()))
                .put("particles", spec.particles())
                .put("replications", spec.replications())
                .put("generations_max", spec.generations())
                .put("quantile", spec.quantile())
                .put("min_tolerance", spec.minTolerance())
                .put("min_acceptance", spec.minAcceptance())
                .put("parameters", params)
                .put("targets_fitted", active.stream().filter(t -> !t.holdout()).map(TargetSpec::name).toList())
                .put("targets_holdout", active.stream().filter(TargetSpec::holdout).map(TargetSpec::name).toList())
                .put("targets_needing_metric", spec.targets().stream().filter(t -> !t.active()).map(TargetSpec::name)
                        .toList())
                .put("threads", options.threads())
                .put("started", start.toString())
                .put("status", "running");
    }

    /**
     * Bounds the calibration's run count: at least particles x replications per generation (every candidate
     * accepted), at most that divided by the minimum acceptance rate, for every generation.
     */
    public Estimate runCounts() {
        long perGeneration = (long) spec.particles() * spec.replications();
        long min = perGeneration * spec.generations();
        long max = (long) Math.ceil(perGeneration / spec.minAcceptance()) * spec.generations();
        return new Estimate(min, max);
    }

    /**
     * Up to {@code draws} candidates drawn from the prior (seeded by the calibration's seed; a draw the
     * scenario rules reject is skipped, as the calibration rejects it unsimulated): what the dry run times
     * with {@link #simulator()}, so the estimate reflects what candidates cost (their parameters change the
     * work of a run). Falls back to the base scenario's own values when no draw is valid.
     */
    public List<double[]> priorDraws(int draws) {
        org.apache.commons.math3.random.RandomGenerator rng = new org.apache.commons.math3.random.MersenneTwister(
                spec.seed());
        List<double[]> found = new ArrayList<>();
        for (int tries = 0; found.size() < draws && tries < 20 * draws; tries++) {
            double[] theta = new double[parameters.size()];
            for (int k = 0; k < theta.length; k++) {
                theta[k] = parameters.get(k).prior().sample(rng);
            }
            try {
                scenario(theta);
                found.add(theta);
            } catch (ConfigException e) {
                // rejected unsimulated, as in the calibration
            }
        }
        return found;
    }
}
