package cogov.experiment;

import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.metrics.Scope;
import cogov.output.AtomicFiles;
import cogov.output.Columns;
import cogov.output.FolderLayout;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVPrinter;

/**
 * Computes a sweep's aggregate files: {@code runs.csv}, {@code timeseries.csv}, {@code summary.csv} and
 * {@code comparison.csv}. A sweep streams its runs in as they finish ({@link #open}); a merge or a
 * finished folder reads them from their run files ({@link #writeAll}). Either way each configuration's
 * runs are folded in replication order and the configurations written in sorted id order, so the files
 * depend only on the runs' results, never on thread count, sharding, resuming or the order in which runs
 * finished.
 */
public final class Aggregator {

    /** How a planned run ended, as far as its folder shows. */
    public enum Status {
        OK, FAILED, MISSING;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Comparator<UnitKey> UNIT_ORDER =
            Comparator.comparing(UnitKey::scope).thenComparing(UnitKey::unit);

    /** A scope unit: the county, or one community type. */
    record UnitKey(Scope scope, String unit) {
    }

    private final Design design;
    private final List<RunSpec> plan;
    private final Path runsDir;
    private final List<Metric> metrics = MetricRegistry.all();

    /**
     * @param plan the runs to report (the whole plan for a complete sweep)
     */
    public Aggregator(Design design, List<RunSpec> plan, Path runsDir) {
        this(design, plan, runsDir, Output.DEFAULT, () -> { });
    }

    /**
     * How the aggregates are written: numbers to {@code significantDigits} (0: full precision, the
     * shortest text that reads back to the same double), the daily series every {@code everyDays}-th day
     * (and the last), or no {@code timeseries.csv} at all.
     */
    public record Output(int significantDigits, int everyDays, boolean timeseries) {
        /** Seven significant digits, every day, with the time series. */
        public static final Output DEFAULT = new Output(7, 1, true);

        /** Points a time series gets by default, whatever the run length. */
        public static final int DEFAULT_POINTS = 100;

        /**
         * The default {@code --every} for runs of {@code days}: {@code days / 100} (at least 1), about 100 points
         * per series, so timeseries.csv and the run files do not grow with the run length (730 days: every 7th).
         */
        public static int everyFor(int days) {
            return Math.max(1, days / DEFAULT_POINTS);
        }

        /** The same, every {@code days}-th day. */
        public Output every(int days) {
            return new Output(significantDigits, days, timeseries);
        }

        public Output {
            if (significantDigits < 0 || significantDigits > 17) {
                throw new IllegalArgumentException("significant digits must be 1-17, or 0 for full precision (got "
                        + significantDigits + ")");
            }
            if (everyDays < 1) {
                throw new IllegalArgumentException("--every must be at least 1 day (got " + everyDays + ")");
            }
        }
    }

    /** @param configurationDone called after each configuration's aggregates are written (progress) */
    public Aggregator(Design design, List<RunSpec> plan, Path runsDir, Output output, Runnable configurationDone) {
        this.design = design;
        this.plan = plan;
        this.runsDir = runsDir;
        this.output = output;
        this.configurationDone = configurationDone;
        this.reps = plan.stream().mapToInt(RunSpec::replication).max().orElse(-1) + 1;
    }

    /** Replications in the plan (the rows of each configuration's per-replication summaries). */
    private final int reps;

    private final Output output;

    private String text(double v) {
        return Num.format(v, output.significantDigits());
    }

    private final Runnable configurationDone;

    /** The status of a run from the files in the runs folder. */
    public static Status status(Path runsDir, String runId) {
        if (Files.exists(runsDir.resolve(runId + FolderLayout.RUN_FILE))) {
            return Status.OK;
        }
        return Files.exists(runsDir.resolve(runId + FolderLayout.FAILED_RUN)) ? Status.FAILED : Status.MISSING;
    }

    /** Writes the four aggregate files into {@code outDir}, each atomically, from the run files of the plan. */
    public void writeAll(Path outDir) throws IOException {
        try (Stream stream = open(outDir)) {
            stream.fromFiles(plan);
            stream.finish();
        }
    }

    /**
     * Starts aggregating into {@code outDir} while runs go: hand every run of the plan to the stream once,
     * as it finishes ({@link Stream#finished}) or from its file ({@link Stream#fromFiles}), then call
     * {@link Stream#finish}.
     */
    public Stream open(Path outDir) {
        return new Stream(outDir);
    }

    /**
     * Bytes the running time-series moments of one configuration take while its replications arrive: what
     * a sweep may hold for every configuration at once (see {@link Sweep}'s execution order).
     */
    public long seriesBytesPerConfiguration(int days, int units) {
        if (!output.timeseries()) {
            return 0;
        }
        long keptDays = days / output.everyDays() + 1;
        return units * keptDays * (metrics.size() * 20L + 64);
    }

    /**
     * The aggregation of one sweep, fed run by run. Each configuration has its own accumulators (per-run
     * summaries and Welford moments of the daily series), folded strictly in replication order: a run that
     * arrives before an earlier replication of its configuration waits for it, so every number is the same
     * whatever the order in which runs finish, the thread count, or which runs were already on disk when a
     * sweep was resumed. When a configuration's last replication is folded, its rows of runs.csv,
     * summary.csv and timeseries.csv are written to a temporary part file and its accumulators are dropped;
     * {@link #finish} only joins the parts in configuration-id order and writes comparison.csv, so the work
     * left after the last run is that of one configuration.
     *
     * <p>All folding happens on one thread of the stream's own; run files are read on a small pool, at most
     * {@link #READ_AHEAD} at a time. Parts are named with {@link AtomicFiles#TMP_MARK}, so a killed sweep's
     * parts are cleaned when it is resumed, and {@link #close} deletes them.
     */
    public final class Stream implements AutoCloseable {
        /** Run files read ahead of the folding at most (each a few MB in memory). */
        static final int READ_AHEAD = 8;

        private final Path outDir;
        private final Map<String, ConfigState> states = new HashMap<>();
        private final TreeMap<String, Part> parts = new TreeMap<>();
        private final TreeMap<String, List<ComparisonRow>> comparisons = new TreeMap<>();
        /** Summaries of finished configurations kept until the reference is finished, to compare them. */
        private final Map<String, Map<UnitKey, double[][]>> awaitingReference = new HashMap<>();
        private Map<UnitKey, double[][]> referenceSums;
        private final ExecutorService folder;
        private final ExecutorService readers;
        private final Semaphore readAhead = new Semaphore(READ_AHEAD, true);
        private final List<Future<?>> feeding = new ArrayList<>();
        private volatile IOException failure;
        private boolean finished;

        private Stream(Path outDir) {
            this.outDir = outDir;
            Map<String, List<RunSpec>> byConfig = new HashMap<>();
            for (RunSpec r : plan) {
                byConfig.computeIfAbsent(r.configuration().id(), k -> new ArrayList<>()).add(r);
            }
            byConfig.forEach((id, runs) -> {
                runs.sort(Comparator.comparingInt(RunSpec::replication));
                states.put(id, new ConfigState(runs));
            });
            this.folder = Executors.newSingleThreadExecutor(daemon("cogov-aggregate"));
            this.readers = Executors.newFixedThreadPool(Math.max(1, Math.min(4,
                    Runtime.getRuntime().availableProcessors())), daemon("cogov-aggregate-read"));
        }

        /** A run that finished in this process: its data as written to its run file, or null when it failed. */
        public void finished(RunSpec run, RunFile.Data data) {
            submit(() -> arrive(run, data == null ? Status.FAILED : Status.OK, data, false));
        }

        /**
         * Runs whose outcome is on disk (finished, failed or missing): read in the background, in the order
         * given (give them in plan order, so earlier replications are read first).
         */
        public void fromFiles(List<RunSpec> runs) {
            List<RunSpec> copy = List.copyOf(runs);
            ExecutorService feeder = Executors.newSingleThreadExecutor(daemon("cogov-aggregate-feed"));
            try {
                feeding.add(feeder.submit(() -> {
                    for (RunSpec run : copy) {
                        if (failure != null) {
                            return null;
                        }
                        Status status = status(runsDir, run.runId());
                        if (status != Status.OK) {
                            submit(() -> arrive(run, status, null, false));
                            continue;
                        }
                        readAhead.acquire();
                        feeding.add(readers.submit(() -> {
                            try {
                                RunFile.Data data = RunFile.read(runsDir.resolve(run.runId() + FolderLayout.RUN_FILE));
                                submit(() -> arrive(run, Status.OK, data, true));
                            } catch (IOException | RuntimeException e) {
                                readAhead.release();
                                fail(e);
                            }
                            return null;
                        }));
                    }
                    return null;
                }));
            } finally {
                feeder.shutdown();
            }
        }

        /**
         * Waits for every run handed over, then writes runs.csv, timeseries.csv, summary.csv and
         * comparison.csv atomically.
         *
         * @throws IOException when a run file could not be read or a file written, or the plan has runs that
         *                     were never handed over (named)
         */
        public void finish() throws IOException {
            try {
                for (int i = 0; i < feeding.size(); i++) {
                    feeding.get(i).get();
                }
                folder.submit(() -> {
                    writeFiles();
                    return null;
                }).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while aggregating", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IOException("aggregation failed: " + e.getCause(), e.getCause());
            }
            finished = true;
        }

        /** Stops the stream and deletes its part files (after {@link #finish} they are gone already). */
        @Override
        public void close() throws IOException {
            readers.shutdownNow();
            folder.shutdownNow();
            try {
                folder.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (Part part : parts.values()) {
                Files.deleteIfExists(part.file());
            }
            for (ConfigState state : states.values()) {
                if (state.part != null) {
                    Files.deleteIfExists(state.part);
                }
            }
        }

        private void submit(Runnable task) {
            try {
                folder.execute(() -> {
                    if (failure == null) {
                        task.run();
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                fail(new IOException("the aggregation was stopped"));
            }
        }

        private void fail(Exception e) {
            if (failure == null) {
                failure = e instanceof IOException io ? io : new IOException("cannot aggregate: " + e, e);
            }
        }

        /** On the folding thread: a run's outcome; folds it and any later replications it was holding up. */
        private void arrive(RunSpec run, Status status, RunFile.Data data, boolean holdsPermit) {
            ConfigState state = states.get(run.configuration().id());
            state.waiting.put(run.replication(), new Arrival(run, status, data, holdsPermit));
            try {
                while (state.position < state.runs.size()) {
                    Arrival next = state.waiting.remove(state.runs.get(state.position).replication());
                    if (next == null) {
                        return;
                    }
                    state.fold(next);
                    if (next.holdsPermit()) {
                        readAhead.release();
                    }
                    state.position++;
                }
                complete(state);
            } catch (IOException | RuntimeException e) {
                fail(e);
            }
        }

        /** All replications of a configuration are folded: write its part, compare it, drop its accumulators. */
        private void complete(ConfigState state) throws IOException {
            Configuration config = state.runs.get(0).configuration();
            state.writePart(outDir);
            parts.put(config.id(), new Part(state.part, state.runsBytes, state.summaryBytes, state.seriesBytes));
            state.part = null;
            if (!design.sampled()) {
                if (config.id().equals(design.reference().id())) {
                    referenceSums = state.sums;
                    for (Map.Entry<String, Map<UnitKey, double[][]>> e : awaitingReference.entrySet()) {
                        comparisons.put(e.getKey(), compare(e.getKey(), e.getValue()));
                    }
                    awaitingReference.clear();
                } else if (referenceSums != null) {
                    comparisons.put(config.id(), compare(config.id(), state.sums));
                } else {
                    awaitingReference.put(config.id(), state.sums);
                }
            }
            states.remove(config.id());
            configurationDone.run();
        }

        private List<ComparisonRow> compare(String configId, Map<UnitKey, double[][]> sums) {
            List<ComparisonRow> rows = new ArrayList<>();
            Configuration config = design.configurations().stream().filter(c -> c.id().equals(configId))
                    .findFirst().orElseThrow();
            Aggregator.this.compare(config, sums, referenceSums, rows);
            return rows;
        }

        /** On the folding thread, after every run arrived: joins the parts into the aggregate files. */
        private void writeFiles() throws IOException {
            if (failure != null) {
                throw failure;
            }
            if (!states.isEmpty()) {
                List<String> open = new ArrayList<>();
                for (ConfigState s : new TreeMap<>(states).values()) {
                    open.add(s.runs.get(s.position).runId());
                }
                throw new IOException("internal error: the aggregation did not receive run" + (open.size() == 1 ? " " : "s ")
                        + String.join(", ", open.subList(0, Math.min(10, open.size()))));
            }
            Path runsTmp = AtomicFiles.tempFor(outDir.resolve(FolderLayout.RUNS));
            Path tsTmp = AtomicFiles.tempFor(outDir.resolve(FolderLayout.TIMESERIES));
            Path sumTmp = AtomicFiles.tempFor(outDir.resolve(FolderLayout.SUMMARY));
            Path cmpTmp = AtomicFiles.tempFor(outDir.resolve(FolderLayout.COMPARISON));
            join(runsTmp, runsHeader(), 0);
            if (output.timeseries()) {
                join(tsTmp, timeseriesHeader(), 2);
            }
            join(sumTmp, statHeader(SUMMARY_STATS), 1);
            List<ComparisonRow> rows = new ArrayList<>();
            comparisons.values().forEach(rows::addAll);
            writeComparisons(cmpTmp, rows);
            AtomicFiles.commit(runsTmp, outDir.resolve(FolderLayout.RUNS));
            if (output.timeseries()) {
                AtomicFiles.commit(tsTmp, outDir.resolve(FolderLayout.TIMESERIES));
            } else {
                Files.deleteIfExists(outDir.resolve(FolderLayout.TIMESERIES));
            }
            AtomicFiles.commit(sumTmp, outDir.resolve(FolderLayout.SUMMARY));
            AtomicFiles.commit(cmpTmp, outDir.resolve(FolderLayout.COMPARISON));
            for (Part part : parts.values()) {
                Files.deleteIfExists(part.file());
            }
        }

        /** Writes {@code header}, then section {@code section} of every part in configuration-id order. */
        private void join(Path target, List<String> header, int section) throws IOException {
            try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                StringWriter head = new StringWriter();
                try (CSVPrinter p = new CSVPrinter(head, RunFile.format())) {
                    p.printRecord(header);
                }
                out.write(ByteBuffer.wrap(head.toString().getBytes(StandardCharsets.UTF_8)));
                for (Part part : parts.values()) {
                    long from = section == 0 ? 0 : section == 1 ? part.runsBytes() : part.runsBytes() + part.summaryBytes();
                    long length = section == 0 ? part.runsBytes() : section == 1 ? part.summaryBytes() : part.seriesBytes();
                    try (FileChannel in = FileChannel.open(part.file(), StandardOpenOption.READ)) {
                        for (long done = 0; done < length; ) {
                            done += in.transferTo(from + done, length - done, out);
                        }
                    }
                }
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** A run's outcome waiting to be folded: the run, its status and (when ok) its data. */
    private record Arrival(RunSpec run, Status status, RunFile.Data data, boolean holdsPermit) {
    }

    /** A finished configuration's part file: its runs.csv, summary.csv and timeseries.csv rows, in that order. */
    private record Part(Path file, long runsBytes, long summaryBytes, long seriesBytes) {
    }

    private static final List<String> SUMMARY_STATS = List.of("n", "mean", "sd", "ci_low", "ci_high", "median",
            "q1", "q3");

    /** The accumulators of one configuration while its replications arrive. */
    private final class ConfigState {
        final List<RunSpec> runs;
        final Map<Integer, Arrival> waiting = new HashMap<>();
        /** Index in {@link #runs} of the next replication to fold. */
        int position;
        /** unit -> [replication][metric] window summaries, NaN where a run is missing. */
        final Map<UnitKey, double[][]> sums = new TreeMap<>(UNIT_ORDER);
        /** unit -> moments by day - 1, only for days written to timeseries.csv (and each run's last day). */
        final Map<UnitKey, List<Moments>> series = new TreeMap<>(UNIT_ORDER);
        /** runs.csv rows, in replication order. */
        final List<List<String>> runRows = new ArrayList<>();
        Path part;
        long runsBytes;
        long summaryBytes;
        long seriesBytes;

        ConfigState(List<RunSpec> runs) {
            this.runs = runs;
        }

        void fold(Arrival a) {
            double[] county = null;
            if (a.status() == Status.OK) {
                for (RunFile.Row row : a.data().summary()) {
                    double[][] perRep = sums.computeIfAbsent(new UnitKey(row.scope(), row.unit()),
                            k -> nanMatrix(reps, metrics.size()));
                    perRep[a.run().replication()] = row.values();
                    if (row.scope() == Scope.COUNTY) {
                        county = row.values();
                    }
                }
                if (output.timeseries()) {
                    accumulate(a.data().daily());
                }
            }
            runRows.add(runsRow(a.run(), a.status(), county));
        }

        /**
         * Adds one run's daily rows to the moments of the days timeseries.csv shows (every {@code every}-th
         * day, and each unit's last day); other days get no moments at all.
         */
        private void accumulate(List<RunFile.Row> daily) {
            int every = output.everyDays();
            Map<UnitKey, Integer> lastDay = new HashMap<>();
            for (RunFile.Row row : daily) {
                lastDay.merge(new UnitKey(row.scope(), row.unit()), row.day(), Math::max);
            }
            for (RunFile.Row row : daily) {
                UnitKey key = new UnitKey(row.scope(), row.unit());
                if (row.day() % every != 0 && row.day() != lastDay.get(key)) {
                    continue;
                }
                List<Moments> days = series.computeIfAbsent(key, k -> new ArrayList<>());
                while (days.size() < row.day()) {
                    days.add(null);
                }
                Moments m = days.get(row.day() - 1);
                if (m == null) {
                    m = new Moments(metrics.size());
                    days.set(row.day() - 1, m);
                }
                m.add(row.values());
            }
        }

        void writePart(Path dir) throws IOException {
            Configuration config = runs.get(0).configuration();
            part = dir.resolve("." + config.id() + ".aggregate" + AtomicFiles.TMP_MARK + "part");
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 java.io.Writer w = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8), 1 << 16);
                 CSVPrinter out = new CSVPrinter(w, RunFile.format())) {
                for (List<String> row : runRows) {
                    out.printRecord(row);
                }
                out.flush();
                runsBytes = channel.position();
                writeSummary(out, config, sums);
                out.flush();
                summaryBytes = channel.position() - runsBytes;
                if (output.timeseries()) {
                    writeSeries(out, config, series);
                }
                out.flush();
                seriesBytes = channel.position() - runsBytes - summaryBytes;
            }
            series.clear();
            runRows.clear();
        }
    }

    private static double[][] nanMatrix(int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] r : m) {
            Arrays.fill(r, Double.NaN);
        }
        return m;
    }

    /** Welford's running mean and sum of squared deviations per metric, plus the number of rows seen. */
    private static final class Moments {
        int rows;
        final int[] n;
        final double[] mean;
        final double[] m2;

        Moments(int size) {
            n = new int[size];
            mean = new double[size];
            m2 = new double[size];
        }

        void add(double[] values) {
            rows++;
            for (int i = 0; i < values.length; i++) {
                double v = values[i];
                if (Double.isFinite(v)) {
                    n[i]++;
                    double delta = v - mean[i];
                    mean[i] += delta / n[i];
                    m2[i] += delta * (v - mean[i]);
                }
            }
        }
    }

    private List<String> runsHeader() {
        List<String> h = new ArrayList<>(List.of(Columns.RUN_ID, Columns.CONFIG_ID));
        h.addAll(designColumns());
        h.addAll(List.of(Columns.REPLICATION, Columns.SEED, Columns.SEED_TEXT, Columns.STATUS));
        metrics.forEach(m -> h.add(m.name()));
        return h;
    }

    private List<String> designColumns() {
        List<String> cols = new ArrayList<>(List.of(Columns.LABEL));
        if (design.named()) {
            cols.add(Columns.VARIANT);
        }
        cols.addAll(design.factorKeys());
        return cols;
    }

    /**
     * The configuration's label, variant name and factor values. Booleans are written TRUE/FALSE, which
     * R's read.csv and pandas both read as logical without conversion (R reads true/false as text).
     */
    private List<String> designValues(Configuration c) {
        List<String> vals = new ArrayList<>(List.of(c.label()));
        if (design.named()) {
            vals.add(c.name());
        }
        for (String key : design.factorKeys()) {
            Object v = c.overrides().get(key);
            vals.add(v == null ? "" : v instanceof Boolean b ? (b ? "TRUE" : "FALSE") : Num.value(v));
        }
        return vals;
    }

    private List<String> runsRow(RunSpec run, Status status, double[] county) {
        List<String> r = new ArrayList<>(List.of(run.runId(), run.configuration().id()));
        r.addAll(designValues(run.configuration()));
        r.add(Integer.toString(run.replication()));
        r.add(Long.toString(run.seed()));
        r.add(Columns.seedText(run.seed()));
        r.add(status.key());
        for (int i = 0; i < metrics.size(); i++) {
            r.add(county == null ? "" : text(county[i]));
        }
        return r;
    }

    private List<String> timeseriesHeader() {
        List<String> h = new ArrayList<>(List.of(Columns.CONFIG_ID, Columns.LABEL));
        h.addAll(Columns.UNIT_KEYS);
        h.addAll(List.of(Columns.DAY, "n"));
        for (Metric m : metrics) {
            h.add(m.name() + "_mean");
            h.add(m.name() + "_ci_low");
            h.add(m.name() + "_ci_high");
        }
        return h;
    }

    private void writeSeries(CSVPrinter out, Configuration config, Map<UnitKey, List<Moments>> series)
            throws IOException {
        for (Map.Entry<UnitKey, List<Moments>> e : series.entrySet()) {
            List<Moments> days = e.getValue();
            for (int d = 0; d < days.size(); d++) {
                if ((d + 1) % output.everyDays() != 0 && d != days.size() - 1) {
                    continue;
                }
                Moments m = days.get(d);
                if (m == null) {
                    continue;
                }
                UnitKey unit = e.getKey();
                List<String> r = new ArrayList<>(List.of(config.id(), config.label(), unit.scope().key(), unit.unit(),
                        Columns.communityType(unit.scope(), unit.unit()), Integer.toString(d + 1),
                        Integer.toString(m.rows)));
                for (int i = 0; i < metrics.size(); i++) {
                    for (double v : Stats.meanCi(m.n[i], m.mean[i], m.m2[i])) {
                        r.add(text(v));
                    }
                }
                out.printRecord(r);
            }
        }
    }

    private List<String> statHeader(List<String> stats) {
        List<String> h = new ArrayList<>(List.of(Columns.CONFIG_ID));
        h.addAll(designColumns());
        h.addAll(Columns.UNIT_KEYS);
        h.add(Columns.METRIC);
        h.addAll(stats);
        return h;
    }

    private boolean reported(UnitKey unit, Metric m) {
        return unit.scope() == Scope.COUNTY || !m.countyOnly();
    }

    private void writeSummary(CSVPrinter out, Configuration config, Map<UnitKey, double[][]> sums)
            throws IOException {
        for (Map.Entry<UnitKey, double[][]> e : sums.entrySet()) {
            for (int i = 0; i < metrics.size(); i++) {
                if (!reported(e.getKey(), metrics.get(i))) {
                    continue;
                }
                Stats.Summary s = Stats.summarize(column(e.getValue(), i));
                List<String> r = prefix(config, e.getKey(), metrics.get(i));
                r.add(Integer.toString(s.n()));
                for (double v : new double[] {s.mean(), s.sd(), s.ciLow(), s.ciHigh(), s.median(), s.q1(), s.q3()}) {
                    r.add(text(v));
                }
                out.printRecord(r);
            }
        }
    }

    private List<String> prefix(Configuration config, UnitKey unit, Metric metric) {
        List<String> r = new ArrayList<>(List.of(config.id()));
        r.addAll(designValues(config));
        r.addAll(List.of(unit.scope().key(), unit.unit(), Columns.communityType(unit.scope(), unit.unit()),
                metric.name()));
        return r;
    }

    private static double[] column(double[][] perRep, int metric) {
        double[] c = new double[perRep.length];
        for (int r = 0; r < perRep.length; r++) {
            c[r] = perRep[r][metric];
        }
        return c;
    }

    private record ComparisonRow(Configuration config, UnitKey unit, Metric metric, Stats.Paired stats) {
    }

    /** Outcomes whose cost-effectiveness comparison.csv reports, in yuan per year per percentage point. */
    static final List<String> COST_EFFECTIVENESS_OUTCOMES = List.of("participation_rate", "satisfaction_share",
            "resolution_rate");

    private static Metric costEffectiveness(String name, String label, String unit, String description) {
        return Metric.derived(name, label, unit, description, false);
    }

    private void compare(Configuration config, Map<UnitKey, double[][]> sums, Map<UnitKey, double[][]> ref,
                         List<ComparisonRow> rows) {
        for (Map.Entry<UnitKey, double[][]> e : sums.entrySet()) {
            double[][] refValues = ref.get(e.getKey());
            if (refValues == null) {
                continue;
            }
            for (int i = 0; i < metrics.size(); i++) {
                if (reported(e.getKey(), metrics.get(i))) {
                    rows.add(new ComparisonRow(config, e.getKey(), metrics.get(i),
                            Stats.paired(column(e.getValue(), i), column(refValues, i))));
                }
            }
            if (e.getKey().scope() != Scope.COMMUNITY) {
                addCostEffectiveness(config, e.getKey(), e.getValue(), refValues, rows);
            }
        }
    }

    /**
     * Cost-effectiveness against the reference, paired by replication: public and total (social) cost
     * per percentage point of each key outcome (yuan per year: 365 x cost difference per day over 100 x
     * outcome difference) and per additional resolved request (cost difference per day over the difference
     * in requests resolved per day), each with a 95% delta-method interval (NaN when the outcome's own
     * interval includes 0, where the ratio is unbounded).
     */
    private void addCostEffectiveness(Configuration config, UnitKey unit, double[][] values, double[][] ref,
                                      List<ComparisonRow> rows) {
        for (String cost : List.of("public", "total")) {
            double[] dCost = difference(values, ref, MetricRegistry.indexOf(cost + "_cost_yuan"));
            for (String outcome : COST_EFFECTIVENESS_OUTCOMES) {
                double[] dOutcome = difference(values, ref, MetricRegistry.indexOf(outcome));
                Metric m = costEffectiveness("ce_" + cost + "_per_point_" + outcome,
                        "Cost-effectiveness, " + cost + " cost per point of " + outcome, "yuan/year per percentage point",
                        "365 x paired difference in " + cost + " cost per day over 100 x paired difference in " + outcome);
                rows.add(new ComparisonRow(config, unit, m, Stats.ratio(dCost, dOutcome, 365.0 / 100.0)));
            }
            double[] dResolved = difference(values, ref, MetricRegistry.indexOf("requests_resolved"));
            Metric m = costEffectiveness("ce_" + cost + "_per_resolved_request",
                    "Cost-effectiveness, " + cost + " cost per additional resolved request", "yuan/request",
                    "Paired difference in " + cost + " cost per day over paired difference in requests resolved per day");
            rows.add(new ComparisonRow(config, unit, m, Stats.ratio(dCost, dResolved, 1.0)));
        }
    }

    private static double[] difference(double[][] values, double[][] ref, int metric) {
        int n = Math.min(values.length, ref.length);
        double[] d = new double[n];
        for (int r = 0; r < n; r++) {
            d[r] = values[r][metric] - ref[r][metric];
        }
        return d;
    }

    private void writeComparisons(Path tmp, List<ComparisonRow> rows) throws IOException {
        Map<String, List<Integer>> families = new LinkedHashMap<>();
        for (int k = 0; k < rows.size(); k++) {
            ComparisonRow row = rows.get(k);
            String family = row.unit().scope().key() + "\u0000" + row.unit().unit() + "\u0000" + row.metric().name();
            families.computeIfAbsent(family, f -> new ArrayList<>()).add(k);
        }
        double[] holm = new double[rows.size()];
        for (List<Integer> members : families.values()) {
            double[] p = members.stream().mapToDouble(k -> rows.get(k).stats().pValue()).toArray();
            double[] adjusted = Stats.holm(p);
            for (int j = 0; j < members.size(); j++) {
                holm[members.get(j)] = adjusted[j];
            }
        }
        List<String> stats = List.of("n_pairs", "mean_diff", "ci_low", "ci_high", "effect_size", "p_value", "p_holm");
        List<String> header = statHeader(stats);
        header.add(1, Columns.REFERENCE_ID);
        try (CSVPrinter out = printer(tmp, header)) {
            for (int k = 0; k < rows.size(); k++) {
                ComparisonRow row = rows.get(k);
                Stats.Paired s = row.stats();
                List<String> r = prefix(row.config(), row.unit(), row.metric());
                r.add(1, design.reference().id());
                r.add(Integer.toString(s.nPairs()));
                for (double v : new double[] {s.meanDiff(), s.ciLow(), s.ciHigh(), s.effectSize(), s.pValue(), holm[k]}) {
                    r.add(text(v));
                }
                out.printRecord(r);
            }
        }
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, RunFile.format());
        p.printRecord(header);
        return p;
    }
}
