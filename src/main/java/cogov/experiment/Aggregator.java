package cogov.experiment;

import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.metrics.Scope;
import cogov.output.AtomicFiles;
import cogov.output.FolderLayout;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVPrinter;

/**
 * Computes a sweep's aggregate files from its run files: {@code runs.csv}, {@code timeseries.csv},
 * {@code summary.csv} and {@code comparison.csv}. Configurations are visited in sorted id order and
 * their runs in replication order, one configuration in memory at a time, so the files depend only on
 * the run files, never on thread count, sharding or the order in which runs finished.
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
    }

    private final Output output;

    private String text(double v) {
        return Num.format(v, output.significantDigits());
    }

    private final Runnable configurationDone;

    /** Reads run files ahead while {@link #writeAll} runs; null otherwise. */
    private ExecutorService readers;

    /** The status of a run from the files in the runs folder. */
    public static Status status(Path runsDir, String runId) {
        if (Files.exists(runsDir.resolve(runId + FolderLayout.RUN_FILE))) {
            return Status.OK;
        }
        return Files.exists(runsDir.resolve(runId + FolderLayout.FAILED_RUN)) ? Status.FAILED : Status.MISSING;
    }

    /** Writes the four aggregate files into {@code outDir}, each atomically. */
    public void writeAll(Path outDir) throws IOException {
        readers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            writeAllWithReaders(outDir);
        } finally {
            readers.shutdownNow();
            readers = null;
        }
    }

    private void writeAllWithReaders(Path outDir) throws IOException {
        Map<String, List<RunSpec>> byConfig = new TreeMap<>();
        for (RunSpec r : plan) {
            byConfig.computeIfAbsent(r.configuration().id(), k -> new ArrayList<>()).add(r);
        }
        byConfig.values().forEach(l -> l.sort(Comparator.comparingInt(RunSpec::replication)));
        int reps = plan.stream().mapToInt(RunSpec::replication).max().orElse(-1) + 1;
        Configuration reference = design.reference();
        Map<UnitKey, double[][]> refSummaries =
                summaries(byConfig.getOrDefault(reference.id(), List.of()), reps, null, null);

        Path runsTmp = AtomicFiles.tempFor(outDir.resolve(FolderLayout.RUNS));
        Path tsTmp = AtomicFiles.tempFor(outDir.resolve(FolderLayout.TIMESERIES));
        Path sumTmp = AtomicFiles.tempFor(outDir.resolve(FolderLayout.SUMMARY));
        List<ComparisonRow> comparisons = new ArrayList<>();
        try (CSVPrinter runsOut = printer(runsTmp, runsHeader());
             CSVPrinter tsOut = printer(tsTmp, timeseriesHeader());
             CSVPrinter sumOut = printer(sumTmp, statHeader(List.of("n", "mean", "sd", "ci_low", "ci_high",
                     "median", "q1", "q3")))) {
            for (List<RunSpec> runs : byConfig.values()) {
                Configuration config = runs.get(0).configuration();
                Map<UnitKey, List<Moments>> series = output.timeseries() ? new TreeMap<>(UNIT_ORDER) : null;
                Map<UnitKey, double[][]> sums = summaries(runs, reps, runsOut, series);
                if (series != null) {
                    writeSeries(tsOut, config, series);
                }
                writeSummary(sumOut, config, sums);
                if (!design.sampled() && !config.id().equals(reference.id())) {
                    compare(config, sums, refSummaries, comparisons);
                }
                configurationDone.run();
            }
        }
        Path cmpTmp = AtomicFiles.tempFor(outDir.resolve(FolderLayout.COMPARISON));
        writeComparisons(cmpTmp, comparisons);
        AtomicFiles.commit(runsTmp, outDir.resolve(FolderLayout.RUNS));
        if (output.timeseries()) {
            AtomicFiles.commit(tsTmp, outDir.resolve(FolderLayout.TIMESERIES));
        } else {
            Files.deleteIfExists(tsTmp);
            Files.deleteIfExists(outDir.resolve(FolderLayout.TIMESERIES));
        }
        AtomicFiles.commit(sumTmp, outDir.resolve(FolderLayout.SUMMARY));
        AtomicFiles.commit(cmpTmp, outDir.resolve(FolderLayout.COMPARISON));
    }

    /**
     * Reads the runs of one configuration in replication order; returns unit -> [replication][metric]
     * summaries (NaN where a run is missing). Optionally writes runs.csv rows and accumulates the time series.
     */
    private Map<UnitKey, double[][]> summaries(List<RunSpec> runs, int reps, CSVPrinter runsOut,
                                               Map<UnitKey, List<Moments>> series) throws IOException {
        Map<UnitKey, double[][]> out = new TreeMap<>(UNIT_ORDER);
        List<Future<RunFile.Data>> reads = new ArrayList<>();
        for (RunSpec run : runs) {
            Path file = runsDir.resolve(run.runId() + FolderLayout.RUN_FILE);
            reads.add(status(runsDir, run.runId()) == Status.OK ? readers.submit(() -> RunFile.read(file)) : null);
        }
        for (int r = 0; r < runs.size(); r++) {
            RunSpec run = runs.get(r);
            Status status = reads.get(r) == null ? status(runsDir, run.runId()) : Status.OK;
            double[] county = null;
            if (status == Status.OK) {
                RunFile.Data data = await(reads.get(r));
                for (RunFile.Row row : data.summary()) {
                    UnitKey key = new UnitKey(row.scope(), row.unit());
                    double[][] perRep = out.computeIfAbsent(key, k -> nanMatrix(reps, metrics.size()));
                    perRep[run.replication()] = row.values();
                    if (row.scope() == Scope.COUNTY) {
                        county = row.values();
                    }
                }
                if (series != null) {
                    accumulate(series, data.daily());
                }
            }
            if (runsOut != null) {
                runsOut.printRecord(runsRow(run, status, county));
            }
        }
        return out;
    }

    /** Files are read in parallel, but consumed in replication order, so the output does not depend on timing. */
    private static RunFile.Data await(Future<RunFile.Data> read) throws IOException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading run files", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot read a run file: " + e.getCause(), e.getCause());
        }
    }

    private static double[][] nanMatrix(int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] r : m) {
            Arrays.fill(r, Double.NaN);
        }
        return m;
    }

    private void accumulate(Map<UnitKey, List<Moments>> series, List<RunFile.Row> daily) {
        for (RunFile.Row row : daily) {
            List<Moments> days = series.computeIfAbsent(new UnitKey(row.scope(), row.unit()), k -> new ArrayList<>());
            while (days.size() < row.day()) {
                days.add(new Moments(metrics.size()));
            }
            days.get(row.day() - 1).add(row.values());
        }
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
        List<String> h = new ArrayList<>(List.of("run_id", "config_id"));
        h.addAll(designColumns());
        h.addAll(List.of("replication", "seed", "status"));
        metrics.forEach(m -> h.add(m.name()));
        return h;
    }

    private List<String> designColumns() {
        List<String> cols = new ArrayList<>(List.of("label"));
        if (design.named()) {
            cols.add("variant");
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
        r.add(status.key());
        for (int i = 0; i < metrics.size(); i++) {
            r.add(county == null ? "" : text(county[i]));
        }
        return r;
    }

    private List<String> timeseriesHeader() {
        List<String> h = new ArrayList<>(List.of("config_id", "scope", "unit", "day", "n"));
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
                List<String> r = new ArrayList<>(List.of(config.id(), e.getKey().scope().key(), e.getKey().unit(),
                        Integer.toString(d + 1), Integer.toString(m.rows)));
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
        List<String> h = new ArrayList<>(List.of("config_id"));
        h.addAll(designColumns());
        h.addAll(List.of("scope", "unit", "metric"));
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
        r.addAll(List.of(unit.scope().key(), unit.unit(), metric.name()));
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
        header.add(1, "reference_id");
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
