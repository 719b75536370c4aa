package cogov.experiment;

import cogov.calibration.AbcSmc;
import cogov.calibration.Parameter;
import cogov.calibration.Prior;
import cogov.calibration.Settings;
import cogov.calibration.Shard;
import cogov.calibration.Simulator;
import cogov.calibration.Target;
import cogov.config.CalibrationLoader;
import cogov.config.CalibrationSpec;
import cogov.config.CalibrationSpec.ParameterSpec;
import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.config.TargetSpec;
import cogov.config.TargetsLoader;
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
 * interrupted calibration resumes where it stopped and ends with the same posterior, and a finished one
 * can be continued for more generations; the outputs ({@link CalibrationOutputs}) are written at the end.
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

    /**
     * SHA-256 of the calibration file, the targets file and the resolved base scenario: what resume compares
     * first; when it differs, the folder's copies are compared key by key ({@link #extension}).
     */
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
                extension(folder, "add a shard's candidates to it");
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
        extendedFrom = null;
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
            extendedFrom = theirs.equals(hash) ? extendedBefore(folder) : extension(folder, "resume into it");
        }
        Files.createDirectories(folder.root().resolve(FolderLayout.CANDIDATES_DIR));
        folder.cleanTemporaryFiles();
        writeInputCopies(folder);
    }

    /** Manifest key: the stopping rules of the folder's calibration, when this run relaxed them. */
    public static final String EXTENDED_FROM = "extended_from";

    /** The folder's stopping rules when {@link #prepare} found them relaxed since, else null. */
    private Map<String, Object> extendedFrom;

    /**
     * The stopping rules of the calibration in {@code folder} when this calibration differs from it only
     * by relaxed ones (more {@code generations}, a lower {@code min_tolerance} or {@code min_acceptance})
     * and by what never enters a stored candidate: comments, and a hold-out's or skipped target's value,
     * sd or interval (hold-outs never enter the distance; {@code predictive.csv} is recomputed from the
     * stored statistics), and any target's source and mapping. Candidate i of generation g depends on the
     * master seed, g, i and the earlier generations, never on when the calibration stops, so every stored
     * candidate is one this calibration proposes: only the new generations are simulated, and the outputs
     * are those of a fresh run with these settings.
     *
     * @throws SweepException naming everything else that changed (particles, replications, quantile, seed,
     *                        parameters or priors, a fitted target, the base scenario...)
     */
    private Map<String, Object> extension(CalibrationFolder folder, String refusal) throws SweepException,
            IOException {
        CalibrationSpec theirs;
        List<TargetSpec> theirTargets;
        String theirBase;
        try {
            theirs = CalibrationLoader.parse(Files.readString(folder.file(FolderLayout.CALIBRATION)), spec.file(),
                    CalibrationTargets.CATALOG);
            theirTargets = TargetsLoader.load(folder.file(FolderLayout.TARGETS), CalibrationTargets.CATALOG,
                    ScenarioLoader.load(spec.base()));
            theirBase = Files.readString(folder.file(FolderLayout.SCENARIO));
        } catch (ConfigException | IOException e) {
            throw new SweepException(folder.root() + " holds another calibration, or one whose stored copies ("
                    + FolderLayout.CALIBRATION + ", " + FolderLayout.TARGETS + ", " + FolderLayout.SCENARIO
                    + ") no longer load (" + e.getMessage() + "): refusing to " + refusal);
        }
        List<String> changed = new ArrayList<>();
        same(changed, "name", theirs.name(), spec.name());
        same(changed, "description", theirs.description(), spec.description());
        same(changed, "base", theirs.base(), spec.base());
        same(changed, "targets", theirs.targetsFile(), spec.targetsFile());
        same(changed, "particles", theirs.particles(), spec.particles());
        same(changed, "replications", theirs.replications(), spec.replications());
        same(changed, "quantile", theirs.quantile(), spec.quantile());
        same(changed, "seed", theirs.seed(), spec.seed());
        parameterChanges(changed, theirs.parameters());
        try {
            if (!theirBase.equals(ScenarioLoader.toResolvedYaml(ScenarioLoader.load(spec.base())))) {
                changed.add("the base scenario " + spec.base() + " (its resolved keys differ from "
                        + FolderLayout.SCENARIO + " in the folder)");
            }
        } catch (ConfigException e) {
            throw new IllegalStateException("the base scenario loaded a moment ago", e);
        }
        targetChanges(changed, theirTargets);
        if (spec.generations() < theirs.generations()) {
            changed.add("generations lowered (" + theirs.generations() + " -> " + spec.generations()
                    + "; a calibration can only be continued for more)");
        }
        if (spec.minTolerance() > theirs.minTolerance()) {
            changed.add("min_tolerance raised (" + Num.format(theirs.minTolerance()) + " -> "
                    + Num.format(spec.minTolerance()) + "; it can only be lowered)");
        }
        if (spec.minAcceptance() > theirs.minAcceptance()) {
            changed.add("min_acceptance raised (" + Num.format(theirs.minAcceptance()) + " -> "
                    + Num.format(spec.minAcceptance()) + "; it can only be lowered)");
        }
        if (!changed.isEmpty()) {
            throw new SweepException(folder.root() + " holds another calibration; changed since: "
                    + String.join(", ", changed) + "; refusing to " + refusal + " (of " + spec.file() + " only"
                    + " generations, min_tolerance and min_acceptance may be relaxed; choose another --out)");
        }
        if (theirs.generations() == spec.generations() && theirs.minTolerance() == spec.minTolerance()
                && theirs.minAcceptance() == spec.minAcceptance()) {
            return extendedBefore(folder);
        }
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("generations", theirs.generations());
        rules.put("min_tolerance", theirs.minTolerance());
        rules.put("min_acceptance", theirs.minAcceptance());
        return rules;
    }

    /** The {@link #EXTENDED_FROM} an earlier resume recorded (the folder was continued then), or null. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> extendedBefore(CalibrationFolder folder) throws IOException {
        Manifest m = Manifest.readIn(folder.root());
        return m != null && m.get(EXTENDED_FROM) instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static void same(List<String> changed, String key, Object theirs, Object ours) {
        if (!java.util.Objects.equals(theirs, ours)) {
            changed.add(key + " (" + shown(theirs) + " -> " + shown(ours) + ")");
        }
    }

    private static String shown(Object o) {
        return o instanceof Double d ? Num.format(d) : String.valueOf(o);
    }

    private void parameterChanges(List<String> changed, List<ParameterSpec> theirs) {
        List<String> theirKeys = theirs.stream().map(ParameterSpec::key).toList();
        List<String> ourKeys = spec.parameters().stream().map(ParameterSpec::key).toList();
        if (!theirKeys.equals(ourKeys)) {
            changed.add("parameters (" + String.join(", ", theirKeys) + " -> " + String.join(", ", ourKeys) + ")");
            return;
        }
        for (int k = 0; k < theirs.size(); k++) {
            if (!theirs.get(k).equals(spec.parameters().get(k))) {
                changed.add("the prior of " + ourKeys.get(k) + " (" + priorText(theirs.get(k)) + " -> "
                        + priorText(spec.parameters().get(k)) + ")");
            }
        }
    }

    private static String priorText(ParameterSpec p) {
        return p.prior().name().toLowerCase(Locale.ROOT) + " [" + Num.format(p.low()) + ", " + Num.format(p.high())
                + "]" + (Double.isNaN(p.mean()) ? "" : " mean " + Num.format(p.mean()) + " sd " + Num.format(p.sd()));
    }

    /** Targets must match in order and in what is simulated; a fitted one also in value and sd. */
    private void targetChanges(List<String> changed, List<TargetSpec> theirs) {
        List<String> theirNames = theirs.stream().map(TargetSpec::name).toList();
        List<String> ourNames = spec.targets().stream().map(TargetSpec::name).toList();
        if (!theirNames.equals(ourNames)) {
            changed.add("the targets in " + spec.targetsFile() + " (" + String.join(", ", theirNames) + " -> "
                    + String.join(", ", ourNames) + ")");
            return;
        }
        for (int k = 0; k < theirs.size(); k++) {
            TargetSpec a = theirs.get(k);
            TargetSpec b = spec.targets().get(k);
            List<String> what = new ArrayList<>();
            if (!a.metric().equals(b.metric()) || a.scope() != b.scope()
                    || !java.util.Objects.equals(a.unit(), b.unit())
                    || a.statistic() != b.statistic() || a.windowDays() != b.windowDays()) {
                what.add("what is simulated (metric, scope, statistic or window)");
            }
            if (a.holdout() != b.holdout()) {
                what.add("holdout (" + a.holdout() + " -> " + b.holdout() + ")");
            }
            if (a.status() != b.status()) {
                what.add("status (" + a.status().name().toLowerCase(Locale.ROOT) + " -> "
                        + b.status().name().toLowerCase(Locale.ROOT) + ")");
            }
            boolean fitted = b.active() && !b.holdout();
            if (fitted && (Double.compare(a.value(), b.value()) != 0 || Double.compare(a.sd(), b.sd()) != 0
                    || Double.compare(a.low(), b.low()) != 0 || Double.compare(a.high(), b.high()) != 0
                    || a.pointValue() != b.pointValue())) {
                what.add("its fitted value or uncertainty (value " + Num.format(a.value()) + " sd " + Num.format(a.sd())
                        + " -> value " + Num.format(b.value()) + " sd " + Num.format(b.sd()) + ")");
            }
            if (!what.isEmpty()) {
                changed.add("target " + b.name() + " (" + spec.targetsFile() + ":" + b.line() + "): "
                        + String.join(", ", what));
            }
        }
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
        Manifest m = Manifest.of(Manifest.Kind.CALIBRATION)
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
        if (extendedFrom != null) {
            m.put(EXTENDED_FROM, extendedFrom);
        }
        return m;
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
