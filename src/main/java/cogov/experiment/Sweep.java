package cogov.experiment;

import cogov.config.ConfigException;
import cogov.config.ConfigProblem;
import cogov.config.ExperimentLoader;
import cogov.config.ExperimentSpec;
import cogov.config.Scenario;
import cogov.output.AtomicDirectory;
import cogov.output.AtomicFiles;
import cogov.output.FolderLayout;
import cogov.output.Hashing;
import cogov.output.Manifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Runs an experiment: expands its design into runs, executes them on a fixed thread pool (one run per
 * thread), writes each finished run atomically, then computes the aggregates from the run files.
 * Every run is a pure function of (configuration, replication seed), so results do not depend on the
 * number of threads, on interruptions followed by {@code resume}, or on sharding followed by merging.
 */
public final class Sweep {

    /** What the caller wants beyond the experiment itself. */
    public record Options(Path out, int threads, boolean resume, RunPlan.Shard shard, Aggregator.Output output) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1 (got " + threads + ")");
            }
        }

        /** With the default aggregate output (seven significant digits, every day). */
        public Options(Path out, int threads, boolean resume, RunPlan.Shard shard) {
            this(out, threads, resume, shard, Aggregator.Output.DEFAULT);
        }
    }

    /** Progress callbacks; called from worker threads. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void started(int toRun, int alreadyDone) {
        }

        /** {@code run} starts, on the thread that runs it (which then calls {@link #runFinished} for it). */
        default void runStarted(RunSpec run) {
        }

        /** {@code run} is over and recorded (its rows handed to the aggregation), on the thread that ran it. */
        default void runFinished(RunSpec run, boolean ok) {
        }

        /** A run file found on resume failed its checks ({@code reason} names it); the run is done again. */
        default void runFileRejected(RunSpec run, String reason) {
        }

        /**
         * The runs are over; the aggregates are being finished. {@code alreadyDone} configurations were
         * aggregated while the runs went; each of the others calls {@link #configurationAggregated()}.
         */
        default void aggregationStarted(int configurations, int alreadyDone) {
        }

        default void configurationAggregated() {
        }

        default void aggregationFinished() {
        }
    }

    /** What a sweep did. */
    public record Result(Path out, int planned, int skipped, int done, int failed, List<String> failedRunIds,
                         Duration wall) {
    }

    private final ExperimentSpec spec;
    private final byte[] experimentBytes;
    private final ScenarioSource source;
    private final RunFunction function;
    private final Design design;
    private final Posterior posterior;
    /** Run length of every run when this is a shortened timing sample ({@link #sample}); 0: each scenario's own. */
    private final int daysOverride;
    /** Replications of the folder being resumed when this run extends it; 0 otherwise. */
    private int extendedFrom;

    /**
     * @param experimentBytes the experiment file as given (stored in the folder and hashed)
     * @throws ConfigException when the design cannot be expanded
     */
    public Sweep(ExperimentSpec spec, byte[] experimentBytes, ScenarioSource source, RunFunction function)
            throws ConfigException {
        this.spec = spec;
        this.experimentBytes = experimentBytes.clone();
        this.source = source;
        this.function = function;
        try {
            this.design = Design.expand(spec);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(new ConfigProblem(String.valueOf(spec.file()), 0, 0, "", e.getMessage()));
        }
        this.posterior = readPosterior(spec);
        this.daysOverride = 0;
    }

    private Sweep(Sweep whole, ExperimentSpec spec, Design design, int daysOverride) {
        this.spec = spec;
        this.experimentBytes = whole.experimentBytes;
        this.source = whole.source;
        this.function = whole.function;
        this.design = design;
        this.posterior = whole.posterior;
        this.daysOverride = daysOverride;
    }

    /**
     * A small sweep of this experiment for timing it (what {@code cogov sweep --dry-run} runs): at most
     * {@code configurations} configurations spread evenly over the design, the reference among them,
     * {@code replications} replications each (with the seeds this sweep gives them), every run {@code days}
     * long ({@code 0}: each scenario's own length). Its runs are real runs of this experiment's scenarios.
     */
    public Sweep sample(int configurations, int replications, int days) {
        List<Configuration> all = design.configurations();
        int m = Math.max(1, Math.min(configurations, all.size()));
        java.util.Set<Integer> picked = new java.util.LinkedHashSet<>();
        picked.add(design.referenceIndex());
        for (int i = 0; picked.size() < m && i < m; i++) {
            picked.add((int) ((long) i * all.size() / m));
        }
        for (int i = 0; picked.size() < m; i++) {
            picked.add(i);
        }
        List<Integer> order = picked.stream().sorted().toList();
        List<Configuration> chosen = order.stream().map(all::get).toList();
        // A sample of a sampled design is analysed as plain configurations: its indices need every point.
        Design small = new Design(design.factorKeys(), chosen, order.indexOf(design.referenceIndex()), design.named());
        int reps = Math.max(1, Math.min(replications, spec.replications()));
        ExperimentSpec smallSpec = new ExperimentSpec(spec.name(), spec.description(), spec.file(), spec.base(),
                spec.design(), reps, spec.seed(), spec.windowDays(), spec.reference(), spec.basePosterior(),
                spec.dailySeries());
        return new Sweep(this, smallSpec, small, Math.max(0, days));
    }

    private static Posterior readPosterior(ExperimentSpec spec) throws ConfigException {
        if (spec.basePosterior() == null) {
            return null;
        }
        try {
            return Posterior.read(spec.basePosterior());
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(new ConfigProblem(String.valueOf(spec.file()), 0, 0, "base_posterior",
                    "cannot read the posterior " + spec.basePosterior() + " (" + e.getMessage() + ")"));
        }
    }

    /**
     * The overrides of one run: the configuration's, on top of the base posterior particle its
     * replication draws (when the experiment names one). A key set by both takes the configuration's value.
     */
    static Map<String, Object> runOverrides(Posterior posterior, long masterSeed, int replication,
                                            Configuration configuration) {
        if (posterior == null) {
            return configuration.overrides();
        }
        Map<String, Object> o = new LinkedHashMap<>(posterior.overrides(posterior.particleFor(masterSeed, replication)));
        o.putAll(configuration.overrides());
        return o;
    }

    /** The exact scenario of one run. */
    Scenario scenarioOf(RunSpec run, List<Scenario> scenarios) throws ConfigException {
        if (posterior == null) {
            return scenarios.get(run.configIndex()).withSeed(run.seed());
        }
        Scenario s = source.scenario(runOverrides(posterior, spec.seed(), run.replication(), run.configuration()));
        return (daysOverride > 0 ? s.withDays(daysOverride) : s).withSeed(run.seed());
    }

    public Design design() {
        return design;
    }

    public ExperimentSpec spec() {
        return spec;
    }

    /** All runs in round-robin order. */
    public List<RunSpec> plan() {
        return RunPlan.of(design, spec.replications(), spec.seed());
    }

    /**
     * Most configurations whose scenarios are kept in memory once built; a larger (sampled) design keeps
     * none and builds each run's scenario again from its overrides (about a millisecond, against seconds
     * for the run), since a built county scenario takes tens of kilobytes.
     */
    static final int KEPT_SCENARIOS = 1_000;

    private List<Scenario> validated;
    private Scenario largest;

    /**
     * The scenario of every configuration, built and checked up front (once per sweep) so a bad override
     * stops the sweep before any run. Above {@link #KEPT_SCENARIOS} configurations the list builds its
     * items on demand (equal to the checked ones: building is deterministic).
     */
    public synchronized List<Scenario> scenarios() throws ConfigException {
        if (validated == null) {
            validated = buildScenarios();
        }
        return validated;
    }

    /** The configuration's scenario with the most households (what a run's memory estimate needs). */
    public synchronized Scenario largestScenario() throws ConfigException {
        scenarios();
        return largest;
    }

    private List<Scenario> buildScenarios() throws ConfigException {
        boolean keep = design.configurations().size() <= KEPT_SCENARIOS;
        List<Scenario> scenarios = new ArrayList<>();
        List<ConfigProblem> problems = new ArrayList<>();
        long most = -1;
        for (Configuration c : design.configurations()) {
            try {
                Scenario s = source.scenario(c.overrides());
                s = daysOverride > 0 ? s.withDays(daysOverride) : s;
                long households = s.communities().stream().mapToLong(x -> x.households()).sum();
                if (households > most) {
                    most = households;
                    largest = s;
                }
                if (keep) {
                    scenarios.add(s);
                }
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }
        if (posterior != null && problems.isEmpty()) {
            for (int rep = 0; rep < spec.replications(); rep++) {
                try {
                    source.scenario(runOverrides(posterior, spec.seed(), rep, design.configurations().get(0)));
                } catch (ConfigException e) {
                    for (ConfigProblem p : e.problems()) {
                        problems.add(new ConfigProblem(String.valueOf(spec.file()), 0, 0, "base_posterior",
                                "particle " + posterior.particleFor(spec.seed(), rep) + " of " + spec.basePosterior()
                                        + " gives an invalid scenario: " + p.format()));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.stream().distinct().toList());
        }
        return keep ? List.copyOf(scenarios) : new BuiltOnDemand(design.configurations(), source);
    }

    /** The scenarios of a large design, built from the configurations' overrides when asked for. */
    private static final class BuiltOnDemand extends AbstractList<Scenario> implements RandomAccess {
        private final List<Configuration> configurations;
        private final ScenarioSource source;

        BuiltOnDemand(List<Configuration> configurations, ScenarioSource source) {
            this.configurations = configurations;
            this.source = source;
        }

        @Override
        public Scenario get(int index) {
            try {
                return source.scenario(configurations.get(index).overrides());
            } catch (ConfigException e) {
                throw new IllegalStateException("configuration " + configurations.get(index).id()
                        + " was valid when the sweep started: " + e.getMessage(), e);
            }
        }

        @Override
        public int size() {
            return configurations.size();
        }
    }

    /** SHA-256 of the experiment file and the resolved base scenario: what {@code --resume} and merge compare. */
    public String experimentHash() throws ConfigException {
        String posteriorText = "";
        if (posterior != null) {
            try {
                posteriorText = "\n" + Files.readString(spec.basePosterior());
            } catch (IOException e) {
                throw new ConfigException(new ConfigProblem(String.valueOf(spec.file()), 0, 0, "base_posterior",
                        "cannot read " + spec.basePosterior() + " (" + e.getMessage() + ")"));
            }
        }
        byte[] base = (source.resolvedBaseYaml() + posteriorText).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[experimentBytes.length + 1 + base.length];
        System.arraycopy(experimentBytes, 0, all, 0, experimentBytes.length);
        System.arraycopy(base, 0, all, experimentBytes.length + 1, base.length);
        return Hashing.sha256Hex(all);
    }

    /**
     * Runs the sweep (or this shard of it) into {@code options.out()}.
     *
     * @throws SweepException  when the output folder is in the way or belongs to another experiment
     * @throws ConfigException when a configuration's scenario is invalid
     */
    public Result run(Options options, Listener listener) throws SweepException, ConfigException, IOException,
            InterruptedException {
        Instant start = Instant.now();
        List<Scenario> scenarios = scenarios();
        String experimentHash = experimentHash();
        SweepFolder folder = new SweepFolder(options.out());
        try (FolderLock lock = FolderLock.acquire(folder.root())) {
            return runLocked(folder, scenarios, experimentHash, options, listener, start);
        }
    }

    private Result runLocked(SweepFolder folder, List<Scenario> scenarios, String experimentHash, Options options,
            Listener listener, Instant start) throws SweepException, IOException, InterruptedException {
        List<RunSpec> plan = plan();
        List<RunSpec> mine = RunPlan.shard(plan, options.shard());
        Manifest manifest = manifest(experimentHash, options, start, mine.size())
                .put("aggregates_significant_digits", options.output().significantDigits())
                .put("timeseries_every_days", options.output().timeseries() ? options.output().everyDays() : null)
                .put(RUN_FILE_EVERY, options.output().everyDays())
                .put(RUN_FILE_DIGITS, options.output().significantDigits());
        boolean resumed = prepare(folder, options, experimentHash, manifest);
        List<RunSpec> todo = new ArrayList<>();
        for (RunSpec r : mine) {
            Path file = folder.runFile(r.runId());
            if (Files.exists(file)) {
                String problem = RunFile.verify(file);
                if (problem == null) {
                    continue;
                }
                listener.runFileRejected(r, "run file " + file + " is not trusted: " + problem + "; running it again");
                Files.delete(file);
            }
            todo.add(r);
        }
        if (extendedFrom > 0 && extendedFrom < spec.replications()) {
            manifest.put("replications_extended_from", extendedFrom);
        }
        if (resumed && !todo.isEmpty()) {
            manifest.write(folder.root());
        }
        listener.started(todo.size(), mine.size() - todo.size());

        List<String> failed;
        Double aggregationSeconds = null;
        if (options.shard().isAll()) {
            AggregationProgress progress = new AggregationProgress(listener);
            Aggregator aggregator = new Aggregator(design, plan, folder.runs(), options.output(), progress::done);
            try (Aggregator.Stream stream = aggregator.open(folder.root())) {
                java.util.Set<String> toRun = new java.util.HashSet<>();
                todo.forEach(r -> toRun.add(r.runId()));
                List<RunSpec> onDisk = plan.stream().filter(r -> !toRun.contains(r.runId())).toList();
                stream.fromFiles(onDisk);
                failed = execute(executionOrder(todo, scenarios, aggregator, options.threads()), scenarios, folder,
                        options, listener, stream);
                long lastRun = System.nanoTime();
                progress.runsOver(design.configurations().size());
                AtomicFiles.writeString(folder.root().resolve(FolderLayout.METRICS), metricsJson());
                stream.finish();
                analyse(folder.root());
                aggregationSeconds = (System.nanoTime() - lastRun) / 1e9;
                listener.aggregationFinished();
            }
        } else {
            failed = execute(todo, scenarios, folder, options, listener, null);
            AtomicFiles.writeString(folder.root().resolve(FolderLayout.METRICS), metricsJson());
        }
        Instant end = Instant.now();
        int failedTotal = 0;
        for (RunSpec r : mine) {
            if (Aggregator.status(folder.runs(), r.runId()) == Aggregator.Status.FAILED) {
                failedTotal++;
            }
        }
        manifest.put("finished", end.toString())
                .put("wall_seconds", Duration.between(start, end).toMillis() / 1000.0)
                .put("runs_done", mine.size() - failedTotal)
                .put("runs_failed", failedTotal)
                .put("aggregation_seconds_after_runs", aggregationSeconds == null ? null
                        : Math.round(aggregationSeconds * 1000) / 1000.0)
                .put("status", failedTotal == 0 ? "complete" : "complete with failures");
        manifest.write(folder.root());
        return new Result(folder.root(), mine.size(), mine.size() - todo.size(), todo.size() - failed.size(),
                failedTotal, failed, Duration.between(start, end));
    }

    /**
     * Every metric's name (the CSV column stem), label, unit, description, direction and whether it is a
     * key outcome, and each configuration's label: what analysis scripts and notebooks need to label
     * their output the way the report does, without reading cogov's sources.
     */
    String metricsJson() {
        List<Object> configurations = new ArrayList<>();
        for (Configuration c : design.configurations()) {
            configurations.add(new cogov.output.JsonObject().put("config_id", c.id()).put("label", c.label()));
        }
        return cogov.output.MetricsFile.of().put("reference", design.reference().id())
                .put("configurations", configurations).toString();
    }

    /**
     * Makes the folder ready: a new folder gets its manifest before anything else, so a kill at any
     * later moment leaves a folder {@code --resume} recognises (and a kill before leaves one as good as
     * new); a resumed folder must hold this experiment's shard. Returns whether the folder was resumed.
     */
    private boolean prepare(SweepFolder folder, Options options, String experimentHash, Manifest manifest)
            throws SweepException, IOException {
        extendedFrom = 0;
        boolean resumed = folder.isNonEmpty();
        if (resumed) {
            if (!options.resume()) {
                throw new SweepException(folder.root() + " exists and is not empty; use --resume to continue"
                        + " that sweep, or choose another --out");
            }
            String theirHash = Manifest.readString(folder.root(), "experiment_hash");
            String theirDesign = Manifest.readString(folder.root(), "design_hash");
            String theirShard = Manifest.readString(folder.root(), "shard");
            if (theirHash == null) {
                throw new SweepException(folder.root() + " has no readable " + FolderLayout.MANIFEST
                        + "; it is not a sweep folder");
            }
            if (!theirHash.equals(experimentHash) || !design.hash().equals(theirDesign)) {
                extendedFrom = replicationsToExtend(folder);
            }
            if (!options.shard().toString().equals(theirShard)) {
                throw new SweepException(folder.root() + " holds shard " + theirShard + ", not "
                        + options.shard());
            }
            Integer theirEvery = intOf(folder.root(), RUN_FILE_EVERY);
            if (theirEvery != null && theirEvery != options.output().everyDays()) {
                throw new SweepException(folder.root() + " was written with --every " + theirEvery + " (its run files"
                        + " keep those days only); resume it with --every " + theirEvery);
            }
            Integer theirDigits = intOf(folder.root(), RUN_FILE_DIGITS);
            if (theirDigits != null && theirDigits != options.output().significantDigits()) {
                throw new SweepException(folder.root() + " was written " + (theirDigits == 0 ? "with --full-precision"
                        : "without --full-precision") + " (its run files keep the days at that precision); resume it "
                        + (theirDigits == 0 ? "with" : "without") + " --full-precision");
            }
        }
        folder.cleanTemporaryFiles();
        if (!resumed) {
            manifest.write(folder.root());
        }
        Files.createDirectories(folder.runs());
        AtomicFiles.writeString(folder.experimentCopy(), experimentCopy());
        AtomicFiles.writeString(folder.scenarioCopy(), sourceYaml());
        writePosteriorCopies(folder);
        return resumed;
    }

    /** The base posterior and which particle each replication drew, so the folder stays self-contained. */
    private void writePosteriorCopies(SweepFolder folder) throws IOException {
        if (posterior == null) {
            return;
        }
        AtomicFiles.writeString(folder.root().resolve(ExperimentLoader.POSTERIOR_COPY),
                Files.readString(spec.basePosterior()));
        StringBuilder sb = new StringBuilder("replication,particle");
        posterior.keys().forEach(k -> sb.append(',').append(k));
        sb.append('\n');
        for (int rep = 0; rep < spec.replications(); rep++) {
            int particle = posterior.particleFor(spec.seed(), rep);
            sb.append(rep).append(',').append(particle);
            posterior.overrides(particle).values().forEach(v -> sb.append(',').append(Num.value(v)));
            sb.append('\n');
        }
        AtomicFiles.writeString(folder.root().resolve(POSTERIOR_DRAWS), sb.toString());
    }

    /** Manifest key: every how many days the run files keep a daily row (and the last day). */
    static final String RUN_FILE_EVERY = "run_files_every_days";
    /** Manifest key: the significant digits of the run files' daily rows (0: full precision). */
    static final String RUN_FILE_DIGITS = "run_files_significant_digits";

    /** A whole-number field of the manifest of {@code folder}; null when absent or not a count. */
    static Integer intOf(Path folder, String key) throws IOException {
        Manifest m = Manifest.readIn(folder);
        return m != null && m.get(key) instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= Scenario.MAX_DAYS
                ? (int) n.doubleValue() : null;
    }

    /** Which posterior particle each replication used (sweeps with {@code base_posterior}). */
    public static final String POSTERIOR_DRAWS = "posterior_draws.csv";

    /**
     * The replications of the sweep in {@code folder} when this experiment differs from it only by more
     * replications (same design, master seed, summary window and resolved base scenario): its runs keep
     * their seeds, so only the new replications need running.
     *
     * @throws SweepException naming what differs, when anything else changed
     */
    private int replicationsToExtend(SweepFolder folder) throws SweepException, IOException {
        ExperimentSpec theirs;
        try {
            theirs = ExperimentLoader.parse(new String(folder.originalExperimentBytes(), StandardCharsets.UTF_8),
                    spec.file(), folder.scenarioCopy());
        } catch (ConfigException | IOException e) {
            throw new SweepException(folder.root() + " holds another experiment, or one whose stored "
                    + FolderLayout.EXPERIMENT + " no longer loads (" + e.getMessage() + "): refusing to resume into it");
        }
        List<String> changed = new ArrayList<>();
        if (!Design.expand(theirs).hash().equals(design.hash())) {
            changed.add("the design (configurations or reference)");
        }
        if (theirs.seed() != spec.seed()) {
            changed.add("the master seed (" + theirs.seed() + " -> " + spec.seed() + ")");
        }
        if (theirs.windowDays() != spec.windowDays()) {
            changed.add("the summary window (" + theirs.windowDays() + " -> " + spec.windowDays() + " days)");
        }
        if (!Files.readString(folder.scenarioCopy(), StandardCharsets.UTF_8).equals(sourceYaml())) {
            changed.add("the base scenario");
        }
        if (!posteriorText(theirs).equals(posteriorText(spec))) {
            changed.add("the base posterior");
        }
        if (spec.replications() < theirs.replications()) {
            changed.add("fewer replications (" + theirs.replications() + " -> " + spec.replications()
                    + "; replications can only be added)");
        }
        if (!changed.isEmpty()) {
            throw new SweepException(folder.root() + " holds another experiment: " + String.join(", ", changed)
                    + " changed since; refusing to resume into it (choose another --out, or --force to replace it)");
        }
        return theirs.replications();
    }

    /** The base posterior's text, empty when the experiment has none. */
    private static String posteriorText(ExperimentSpec e) throws IOException {
        return e.basePosterior() == null || !Files.isRegularFile(e.basePosterior()) ? ""
                : Files.readString(e.basePosterior(), StandardCharsets.UTF_8);
    }

    private String sourceYaml() throws IOException {
        try {
            return source.resolvedBaseYaml();
        } catch (ConfigException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The experiment file as given, then a newline, the marker line and the resolved design as YAML
     * comments; {@link SweepFolder#originalExperimentBytes()} cuts at the last marker to recover the file.
     */
    String experimentCopy() {
        StringBuilder sb = new StringBuilder(new String(experimentBytes, StandardCharsets.UTF_8));
        sb.append('\n').append(SweepFolder.DESIGN_MARKER).append('\n');
        sb.append("# design_hash: ").append(design.hash()).append('\n');
        sb.append("# reference: ").append(design.reference().id()).append('\n');
        sb.append("# replications: ").append(spec.replications()).append(", master seed: ").append(spec.seed())
                .append('\n');
        for (Configuration c : design.configurations()) {
            sb.append("# ").append(c.id()).append(':');
            if (!c.name().isEmpty()) {
                sb.append(" [").append(c.name()).append(']');
            }
            c.overrides().forEach((k, v) -> sb.append(' ').append(k).append('=').append(Num.value(v)));
            sb.append('\n');
        }
        return sb.toString();
    }

    private Manifest manifest(String experimentHash, Options options, Instant start, int runs) {
        List<Object> configs = new ArrayList<>();
        for (Configuration c : design.configurations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("config_id", c.id());
            if (!c.name().isEmpty()) {
                m.put("name", c.name());
            }
            Map<String, Object> o = new LinkedHashMap<>();
            c.overrides().forEach((k, v) -> o.put(k, v));
            m.put("overrides", o);
            configs.add(m);
        }
        Manifest manifest = Manifest.of(Manifest.Kind.SWEEP)
                .put("experiment", spec.name())
                .put("experiment_file", String.valueOf(spec.file()))
                .put("experiment_hash", experimentHash)
                .put("design_hash", design.hash())
                .put("shard", options.shard().toString())
                .put("master_seed", spec.seed())
                .put("master_seed_text", cogov.output.Columns.seedText(spec.seed()))
                .put("replications", spec.replications())
                .put("summary_window_days", spec.windowDays())
                .put("daily_series", spec.dailySeries())
                .put("reference", design.reference().id())
                .put("configurations", configs)
                .put("sampling", sampling())
                .put("runs_planned", runs)
                .put("threads", options.threads())
                .put("started", start.toString())
                .put("status", "running");
        if (spec.basePosterior() != null) {
            manifest.put("base_posterior", spec.basePosterior().toString());
        }
        return manifest;
    }

    /** The sampled parameters and their ranges, for the report; null for factorial and variant designs. */
    private Map<String, Object> sampling() {
        Sampling s = design.sampling();
        if (s == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", s.method());
        m.put("points", s.points());
        Map<String, Object> ranges = new LinkedHashMap<>();
        for (int i = 0; i < s.parameters().size(); i++) {
            ranges.put(s.parameters().get(i), List.of(s.ranges().get(i).lo(), s.ranges().get(i).hi()));
        }
        m.put("parameters", ranges);
        if (!s.variants().isEmpty()) {
            m.put("variants", s.variants());
        }
        if (Double.isFinite(s.threshold())) {
            m.put("threshold", s.threshold());
        }
        return m;
    }

    /**
     * Merges shard folders of this experiment into {@code out}, which then equals the folder of an
     * unsharded sweep: same run files, byte-identical aggregates.
     *
     * @throws SweepException when a shard belongs to another experiment or design, {@code out} is not
     *                        empty, or runs are missing (they are named)
     */
    public Result merge(Path out, List<Path> shardDirs) throws SweepException, ConfigException, IOException {
        Integer every = shardDirs.isEmpty() ? null : intOf(shardDirs.get(0), RUN_FILE_EVERY);
        Integer digits = shardDirs.isEmpty() ? null : intOf(shardDirs.get(0), RUN_FILE_DIGITS);
        Aggregator.Output output = new Aggregator.Output(digits == null ? Aggregator.Output.DEFAULT.significantDigits()
                : digits, every == null ? 1 : Math.max(1, every), true);
        return merge(out, shardDirs, output);
    }

    /** Like {@link #merge(Path, List)}, writing the aggregates as {@code output} says. */
    public Result merge(Path out, List<Path> shardDirs, Aggregator.Output output)
            throws SweepException, ConfigException, IOException {
        Instant start = Instant.now();
        String experimentHash = experimentHash();
        SweepFolder target = new SweepFolder(out);
        if (target.isNonEmpty()) {
            throw new SweepException(out + " exists and is not empty; merge into a new folder");
        }
        List<SweepFolder> shards = new ArrayList<>();
        for (Path dir : shardDirs) {
            SweepFolder shard = new SweepFolder(dir);
            String hash = Manifest.readString(dir, "experiment_hash");
            String designHash = Manifest.readString(dir, "design_hash");
            if (hash == null) {
                throw new SweepException(dir + " is not a sweep folder (no readable " + FolderLayout.MANIFEST + ")");
            }
            if (!hash.equals(experimentHash) || !design.hash().equals(designHash)) {
                throw new SweepException(dir + " belongs to another experiment or design than " + (dir.equals(shardDirs.get(0))
                        ? "the experiment.yaml stored beside it (one of the two was edited)" : shardDirs.get(0)));
            }
            shards.add(shard);
        }
        List<RunSpec> plan = plan();
        List<String> missing = new ArrayList<>();
        Map<RunSpec, Path> sources = new LinkedHashMap<>();
        for (RunSpec run : plan) {
            Path found = null;
            for (SweepFolder shard : shards) {
                if (Files.exists(shard.runFile(run.runId()))) {
                    found = shard.runFile(run.runId());
                    break;
                }
                if (found == null && Files.exists(shard.failedFile(run.runId()))) {
                    found = shard.failedFile(run.runId());
                }
            }
            if (found == null) {
                missing.add(run.runId());
            } else {
                sources.put(run, found);
            }
        }
        List<String> untrusted = new ArrayList<>();
        for (Path source : sources.values()) {
            if (source.getFileName().toString().endsWith(FolderLayout.RUN_FILE)) {
                String problem = RunFile.verify(source);
                if (problem != null) {
                    untrusted.add(source + ": " + problem);
                }
            }
        }
        if (!untrusted.isEmpty()) {
            int shown = Math.min(untrusted.size(), 10);
            throw new SweepException(untrusted.size() + " run file" + (untrusted.size() == 1 ? " fails" : "s fail")
                    + " its checks, so nothing was merged: " + String.join("; ", untrusted.subList(0, shown))
                    + (shown < untrusted.size() ? "; ..." : "") + ". Re-run the shards holding them with --resume"
                    + " (it re-runs untrusted runs), then merge again");
        }
        if (!missing.isEmpty()) {
            int shown = Math.min(missing.size(), 20);
            throw new SweepException(missing.size() + " of " + plan.size() + " runs are in none of the shards: "
                    + String.join(", ", missing.subList(0, shown)) + (shown < missing.size() ? ", ..." : "")
                    + "; run the missing shards (or --resume them) and merge again");
        }
        Path staging = out.toAbsolutePath().normalize().resolveSibling("." + out.getFileName() + AtomicFiles.TMP_MARK
                + "merge");
        try (FolderLock lock = FolderLock.acquire(staging)) {
            clearExceptLock(staging);
            Result result = mergeInto(new SweepFolder(staging), sources, plan, shardDirs, experimentHash, out, start,
                    output);
            publish(staging, out);
            return result;
        }
    }

    /** Empties a locked staging folder left by a killed or failed merge, keeping its lock file. */
    private static void clearExceptLock(Path staging) throws IOException {
        try (Stream<Path> entries = Files.list(staging)) {
            for (Path entry : entries.filter(p -> !p.getFileName().toString().equals(FolderLock.FILE)).toList()) {
                AtomicDirectory.deleteTree(entry);
            }
        }
    }

    /**
     * Moves a finished staging folder to {@code out} in one rename (replacing an empty {@code out}), so
     * {@code out} never holds half a merge.
     */
    private static void publish(Path staging, Path out) throws SweepException, IOException {
        if (Files.isDirectory(out)) {
            if (new SweepFolder(out).isNonEmpty()) {
                throw new SweepException(out + " was filled by another process during the merge; the merge is kept in "
                        + staging);
            }
            AtomicDirectory.deleteTree(out);
        }
        Files.delete(staging.resolve(FolderLock.FILE));
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    }

    private Result mergeInto(SweepFolder target, Map<RunSpec, Path> sources, List<RunSpec> plan, List<Path> shardDirs,
            String experimentHash, Path out, Instant start, Aggregator.Output output) throws IOException {
        Files.createDirectories(target.runs());
        AtomicFiles.writeString(target.experimentCopy(), experimentCopy());
        AtomicFiles.writeString(target.scenarioCopy(), sourceYaml());
        writePosteriorCopies(target);
        for (Map.Entry<RunSpec, Path> e : sources.entrySet()) {
            Path dest = target.runs().resolve(e.getValue().getFileName());
            if (dest.getFileName().toString().endsWith(FolderLayout.RUN_FILE)) {
                Path sums = RunFile.checksumFile(dest);
                Files.copy(RunFile.checksumFile(e.getValue()), AtomicFiles.tempFor(sums));
                AtomicFiles.commit(AtomicFiles.tempFor(sums), sums);
            }
            Path tmp = AtomicFiles.tempFor(dest);
            Files.copy(e.getValue(), tmp);
            AtomicFiles.commit(tmp, dest);
        }
        new Aggregator(design, plan, target.runs(), output, () -> { }).writeAll(target.root());
        analyse(target.root());
        AtomicFiles.writeString(target.root().resolve(FolderLayout.METRICS), metricsJson());
        int failed = 0;
        for (RunSpec r : plan) {
            if (Aggregator.status(target.runs(), r.runId()) == Aggregator.Status.FAILED) {
                failed++;
            }
        }
        Instant end = Instant.now();
        Manifest manifest = manifest(experimentHash, new Options(out, 1, false, RunPlan.Shard.ALL), start, plan.size());
        manifest.put("merged_from", shardDirs.stream().map(Path::toString).toList())
                .put("aggregates_significant_digits", output.significantDigits())
                .put("timeseries_every_days", output.timeseries() ? output.everyDays() : null)
                .put(RUN_FILE_EVERY, output.everyDays())
                .put(RUN_FILE_DIGITS, output.significantDigits())
                .put("threads", null)
                .put("finished", end.toString())
                .put("wall_seconds", Duration.between(start, end).toMillis() / 1000.0)
                .put("runs_done", plan.size() - failed)
                .put("runs_failed", failed)
                .put("status", failed == 0 ? "complete" : "complete with failures");
        manifest.write(target.root());
        return new Result(out, plan.size(), 0, plan.size() - failed, failed, List.of(), Duration.between(start, end));
    }

    /** Sensitivity or robustness files of a sampled design, from the aggregated runs.csv. */
    private void analyse(Path folder) throws IOException {
        if (design.sampled()) {
            new Sensitivity(design, spec.replications(), spec.seed(), cogov.analysis.Bootstrap.DEFAULT_RESAMPLES)
                    .write(folder);
        }
    }

    /**
     * Tells the listener how the aggregation goes: configurations finished while runs still go are counted,
     * and reported as already done when the runs are over; later ones step the aggregation's progress.
     */
    private static final class AggregationProgress {
        private final Listener listener;
        private int doneWhileRunning;
        private boolean runsOver;

        AggregationProgress(Listener listener) {
            this.listener = listener;
        }

        synchronized void done() {
            if (runsOver) {
                listener.configurationAggregated();
            } else {
                doneWhileRunning++;
            }
        }

        synchronized void runsOver(int configurations) {
            runsOver = true;
            listener.aggregationStarted(configurations, doneWhileRunning);
        }
    }

    /**
     * The order in which the runs go: round-robin over configurations (replication 0 of each, then 1, ...), so
     * a sweep stopped early has covered the design evenly, as long as the time-series moments of every
     * configuration fit in a quarter of the heap together; otherwise in waves of as many configurations as
     * fit, round-robin within each wave, so the streaming aggregation finishes (and frees) a wave's
     * configurations before the next wave starts. Results do not depend on the order.
     */
    static List<RunSpec> executionOrder(List<RunSpec> todo, List<Scenario> scenarios, Aggregator aggregator,
                                        int threads) {
        int days = scenarios.stream().mapToInt(Scenario::days).max().orElse(0);
        int units = 1 + (int) scenarios.stream().flatMap(s -> s.communities().stream())
                .map(c -> c.type()).distinct().count();
        long perConfiguration = Math.max(1, aggregator.seriesBytesPerConfiguration(days, units));
        long fit = Math.max(threads, Runtime.getRuntime().maxMemory() / 4 / perConfiguration);
        return inWaves(todo, fit);
    }

    /** {@code todo} (in round-robin order) regrouped into waves of {@code wave} configurations. */
    static List<RunSpec> inWaves(List<RunSpec> todo, long wave) {
        List<RunSpec> ordered = new ArrayList<>(todo);
        ordered.sort(java.util.Comparator.comparingLong((RunSpec r) -> r.configIndex() / wave)
                .thenComparingInt(RunSpec::index));
        return ordered;
    }

    private List<String> execute(List<RunSpec> todo, List<Scenario> scenarios, SweepFolder folder, Options options,
                                 Listener listener, Aggregator.Stream stream) throws InterruptedException, IOException {
        int threads = options.threads();
        RunFile.Days days = RunFile.Days.of(spec.dailySeries(), options.output());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, todo.size())), r -> {
            Thread t = new Thread(r, "cogov-sweep-" + THREAD_IDS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (RunSpec run : todo) {
                futures.add(pool.submit(() -> {
                    listener.runStarted(run);
                    RunFile.Data data = runOne(run, scenarioOf(run, scenarios), folder, days, stream != null);
                    if (stream != null) {
                        stream.finished(run, data);
                    }
                    listener.runFinished(run, data != null);
                    return data != null;
                }));
            }
            List<String> failed = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    if (!futures.get(i).get()) {
                        failed.add(todo.get(i).runId());
                    }
                } catch (ExecutionException e) {
                    throw new IOException("could not record run " + todo.get(i).runId(), e.getCause());
                }
            }
            return failed;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final AtomicInteger THREAD_IDS = new AtomicInteger();

    /**
     * Runs one run; a run that throws is recorded in {@code runs/<id>.failed} and gives null. Otherwise gives
     * the run file's rows when {@code keep} (for the streaming aggregation), an empty {@link RunFile.Data}
     * when not.
     */
    private RunFile.Data runOne(RunSpec run, Scenario scenario, SweepFolder folder, RunFile.Days days, boolean keep)
            throws IOException {
        Path target = folder.runFile(run.runId());
        RunFile.Data data;
        try (RunFile.Writer writer = new RunFile.Writer(target, scenario.days(), spec.windowDays(), days, keep)) {
            function.run(scenario, writer);
            writer.finish();
            data = keep ? writer.data() : new RunFile.Data(List.of(), List.of());
        } catch (Exception | StackOverflowError | AssertionError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            AtomicFiles.writeString(folder.failedFile(run.runId()), "run_id: " + run.runId() + "\n"
                    + "config_id: " + run.configuration().id() + "\n"
                    + "replication: " + run.replication() + "\n"
                    + "seed: " + run.seed() + "\n"
                    + "error: " + e + "\n\n" + trace);
            return null;
        }
        Files.deleteIfExists(folder.failedFile(run.runId()));
        return data;
    }
}
