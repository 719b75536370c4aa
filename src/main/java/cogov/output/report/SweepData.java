package cogov.output.report;

import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.output.FolderLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;

/**
 * Everything a sweep folder holds, read once: the manifest, the per-run summaries (runs.csv), the
 * county time series, summary statistics and paired comparisons. Only the county scope is kept,
 * since that is what the comparison charts show. Missing optional files give empty lists.
 */
final class SweepData {

    static final String COUNTY = "county";

    /** One run's county summary over the window. */
    record Run(String configId, int replication, boolean ok, Map<String, Double> values) {
        double value(String metric) {
            Double v = values.get(metric);
            return ok && v != null ? v : Double.NaN;
        }
    }

    /** One day of one configuration's county mean and 95% CI for every metric. */
    record Day(int day, int n, Map<String, double[]> meanLowHigh) {
    }

    /** A row of summary.csv. */
    record Summary(String configId, String metric, int n, double mean, double sd, double ciLow, double ciHigh,
                   double median, double q1, double q3) {
    }

    /** A row of comparison.csv. */
    record Comparison(String configId, String referenceId, String metric, int nPairs, double meanDiff, double ciLow,
                      double ciHigh, double effectSize, double pValue, double pHolm) {
    }

    /** A comparison.csv row of one community type: the "for whom" view of an effect. */
    record TypeComparison(String configId, String type, String metric, int nPairs, double meanDiff, double ciLow,
                          double ciHigh) {
    }

    final Path dir;
    final ManifestView manifest;
    final List<Metric> outcomes;
    final List<Metric> seriesMetrics;
    final List<Run> runs;
    final Map<String, List<Day>> county;
    final List<Summary> summary;
    final List<Comparison> comparison;
    final List<TypeComparison> byType;

    private SweepData(Path dir, ManifestView manifest, List<Metric> outcomes, List<Metric> seriesMetrics, List<Run> runs,
                      Map<String, List<Day>> county, List<Summary> summary, List<Comparison> comparison,
                      List<TypeComparison> byType) {
        this.dir = dir;
        this.manifest = manifest;
        this.outcomes = outcomes;
        this.seriesMetrics = seriesMetrics;
        this.runs = runs;
        this.county = county;
        this.summary = summary;
        this.comparison = comparison;
        this.byType = byType;
    }

    static SweepData load(Path dir) throws IOException {
        return load(dir, m -> true);
    }

    /** Reads a sweep folder, keeping the outcomes the selection accepts. */
    static SweepData load(Path dir, Predicate<Metric> selection) throws IOException {
        return load(dir, selection, true);
    }

    /** Like {@link #load(Path, Predicate)}; without {@code timeseries}, the daily series are not read. */
    static SweepData load(Path dir, Predicate<Metric> selection, boolean timeseries) throws IOException {
        Csv.Table runsTable = Csv.read(dir.resolve(FolderLayout.RUNS));
        runsTable.require("config_id", "replication", "status");
        List<Metric> outcomes = new ArrayList<>();
        for (Metric m : MetricRegistry.all()) {
            if (runsTable.has(m.name()) && selection.test(m)) {
                outcomes.add(m);
            }
        }
        List<Run> runs = new ArrayList<>();
        for (CSVRecord r : runsTable.records()) {
            Map<String, Double> values = new HashMap<>();
            for (Metric m : outcomes) {
                values.put(m.name(), Csv.number(r, m.name()));
            }
            double rep = Csv.number(r, "replication");
            runs.add(new Run(Csv.text(r, "config_id"), Double.isNaN(rep) ? -1 : (int) rep,
                    "ok".equalsIgnoreCase(Csv.text(r, "status").trim()), values));
        }
        Path manifestFile = dir.resolve(FolderLayout.MANIFEST);
        ManifestView manifest = Files.isRegularFile(manifestFile)
                ? ManifestView.read(manifestFile)
                : ManifestView.fallback(dir.getFileName() == null ? "sweep" : dir.getFileName().toString(),
                designFromRuns(runsTable, outcomes));
        if (manifest.design().isEmpty()) {
            manifest = new ManifestView(manifest.raw(), manifest.experiment(), manifest.description(),
                    designFromRuns(runsTable, outcomes), manifest.reference(), manifest.summaryWindowDays());
        }
        List<Metric> seriesMetrics = new ArrayList<>();
        Map<String, List<Day>> county = timeseries
                ? readTimeseries(dir.resolve(FolderLayout.TIMESERIES), selection, seriesMetrics) : new LinkedHashMap<>();
        List<Comparison> comparison = new ArrayList<>();
        List<TypeComparison> byType = new ArrayList<>();
        readComparison(dir.resolve(FolderLayout.COMPARISON), comparison, byType);
        return new SweepData(dir, manifest, List.copyOf(outcomes), List.copyOf(seriesMetrics), List.copyOf(runs),
                county, readSummary(dir.resolve(FolderLayout.SUMMARY)), comparison, byType);
    }

    /** Configurations in order of first appearance, with factor columns between config_id and replication. */
    private static List<DesignPoint> designFromRuns(Csv.Table runs, List<Metric> outcomes) {
        List<String> header = runs.header();
        int from = header.indexOf("config_id") + 1;
        int to = header.indexOf("replication");
        List<String> factorColumns = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!List.of("run_id", "label", "variant").contains(header.get(i))) {
                factorColumns.add(header.get(i));
            }
        }
        Map<String, DesignPoint> points = new LinkedHashMap<>();
        for (CSVRecord r : runs.records()) {
            String id = Csv.text(r, "config_id");
            if (!points.containsKey(id)) {
                Map<String, String> factors = new LinkedHashMap<>();
                for (String c : factorColumns) {
                    factors.put(c, Csv.text(r, c));
                }
                points.put(id, new DesignPoint(id, id, factors));
            }
        }
        return List.copyOf(points.values());
    }

    /** The county rows of timeseries.csv, read row by row, keeping the selected metrics only. */
    private static Map<String, List<Day>> readTimeseries(Path file, Predicate<Metric> selection, List<Metric> metrics)
            throws IOException {
        Map<String, List<Day>> byConfig = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return byConfig;
        }
        List<String> header = Csv.header(file);
        for (Metric m : MetricRegistry.all()) {
            if (header.contains(m.name() + "_mean") && selection.test(m)) {
                metrics.add(m);
            }
        }
        int configCol = header.indexOf("config_id");
        int scopeCol = header.indexOf("scope");
        int unitCol = header.indexOf("unit");
        int dayCol = header.indexOf("day");
        int nCol = header.indexOf("n");
        if (configCol < 0 || scopeCol < 0 || unitCol < 0 || dayCol < 0) {
            throw new ResultsFormatException(file + ": required columns config_id, scope, unit, day are missing");
        }
        int[][] columns = new int[metrics.size()][];
        for (int i = 0; i < metrics.size(); i++) {
            String name = metrics.get(i).name();
            columns[i] = new int[] {header.indexOf(name + "_mean"), header.indexOf(name + "_ci_low"),
                header.indexOf(name + "_ci_high")};
        }
        Csv.forEachRow(file, fields -> COUNTY.equals(fields.get(scopeCol)) && COUNTY.equals(fields.get(unitCol)),
                fields -> {
                    Map<String, double[]> values = new HashMap<>();
                    for (int i = 0; i < columns.length; i++) {
                        values.put(metrics.get(i).name(), new double[] {Csv.number(fields, columns[i][0]),
                                Csv.number(fields, columns[i][1]), Csv.number(fields, columns[i][2])});
                    }
                    double n = nCol < 0 ? Double.NaN : Csv.number(fields, nCol);
                    byConfig.computeIfAbsent(fields.get(configCol), k -> new ArrayList<>())
                            .add(new Day((int) Csv.number(fields, dayCol), Double.isNaN(n) ? -1 : (int) n, values));
                });
        return byConfig;
    }

    private static List<Summary> readSummary(Path file) throws IOException {
        List<Summary> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        Csv.Table t = Csv.read(file);
        t.require("config_id", "metric", "mean");
        for (CSVRecord r : t.records()) {
            if (isCounty(r)) {
                rows.add(new Summary(Csv.text(r, "config_id"), Csv.text(r, "metric"), count(r, "n"),
                        Csv.number(r, "mean"), Csv.number(r, "sd"), Csv.number(r, "ci_low"), Csv.number(r, "ci_high"),
                        Csv.number(r, "median"), Csv.number(r, "q1"), Csv.number(r, "q3")));
            }
        }
        return rows;
    }

    /** Reads comparison.csv once: county rows into {@code county}, community-type rows into {@code byType}. */
    private static void readComparison(Path file, List<Comparison> county, List<TypeComparison> byType)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Csv.Table t = Csv.read(file);
        t.require("config_id", "reference_id", "metric", "mean_diff");
        for (CSVRecord r : t.records()) {
            if (isCounty(r)) {
                county.add(new Comparison(Csv.text(r, "config_id"), Csv.text(r, "reference_id"), Csv.text(r, "metric"),
                        count(r, "n_pairs"), Csv.number(r, "mean_diff"), Csv.number(r, "ci_low"),
                        Csv.number(r, "ci_high"), Csv.number(r, "effect_size"), Csv.number(r, "p_value"),
                        Csv.number(r, "p_holm")));
            } else if ("type".equals(Csv.text(r, "scope"))) {
                byType.add(new TypeComparison(Csv.text(r, "config_id"), Csv.text(r, "unit"), Csv.text(r, "metric"),
                        count(r, "n_pairs"), Csv.number(r, "mean_diff"), Csv.number(r, "ci_low"),
                        Csv.number(r, "ci_high")));
            }
        }
    }

    private static boolean isCounty(CSVRecord r) {
        String scope = Csv.text(r, "scope");
        String unit = Csv.text(r, "unit");
        return (scope.isEmpty() || COUNTY.equals(scope)) && (unit.isEmpty() || COUNTY.equals(unit));
    }

    private static int count(CSVRecord r, String column) {
        double v = Csv.number(r, column);
        return Double.isNaN(v) ? -1 : (int) Math.round(v);
    }

    Optional<Summary> summary(String configId, String metric) {
        return summary.stream().filter(s -> s.configId().equals(configId) && s.metric().equals(metric)).findFirst();
    }

    Optional<Comparison> comparison(String configId, String metric) {
        return comparison.stream().filter(c -> c.configId().equals(configId) && c.metric().equals(metric)).findFirst();
    }

    /** Runs of a configuration that finished, in replication order. */
    double[] values(String configId, String metric) {
        return runs.stream().filter(r -> r.configId().equals(configId) && r.ok())
                .sorted(java.util.Comparator.comparingInt(Run::replication))
                .mapToDouble(r -> r.value(metric)).toArray();
    }

    /** Label of a configuration from the design, or its id. */
    String label(String configId) {
        return manifest.design().stream().filter(d -> d.configId().equals(configId)).map(DesignPoint::label)
                .findFirst().orElse(configId);
    }

    List<String> labels() {
        return manifest.design().stream().map(DesignPoint::label).toList();
    }

    /** The reference configuration's id: from the manifest, else the comparison file, else the first. */
    String referenceId() {
        if (manifest.reference() != null) {
            return manifest.reference();
        }
        if (!comparison.isEmpty()) {
            return comparison.get(0).referenceId();
        }
        return manifest.design().isEmpty() ? null : manifest.design().get(0).configId();
    }
}
