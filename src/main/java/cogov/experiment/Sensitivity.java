package cogov.experiment;

import cogov.analysis.Bootstrap;
import cogov.analysis.Estimate;
import cogov.analysis.IndexRow;
import cogov.analysis.Morris;
import cogov.analysis.Prcc;
import cogov.analysis.Prim;
import cogov.analysis.Replicates;
import cogov.analysis.Robustness;
import cogov.analysis.SobolIndices;
import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.output.AtomicFiles;
import cogov.output.FolderLayout;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The sensitivity and robustness analyses of a sampled sweep, computed from {@code runs.csv} (one county
 * summary per run) and the design: {@code sensitivity.csv} (Morris, Sobol or PRCC indices of every county
 * outcome, tidy), and for a robustness design {@code robustness.csv} and {@code prim.csv}. Runs of one
 * point are its replications (seeds); indices use their means and report the seed share beside them.
 * An outcome with a missing or undefined value at some run is left out (it is named in {@code skipped}).
 */
public final class Sensitivity {

    public static final String SENSITIVITY = FolderLayout.SENSITIVITY;
    public static final String ROBUSTNESS = FolderLayout.ROBUSTNESS;
    public static final String PRIM = FolderLayout.PRIM;

    private final Design design;
    private final int replications;
    private final long bootstrapSeed;
    private final int resamples;

    /**
     * @param masterSeed seeds the bootstrap, so the same sweep gives the same intervals
     */
    public Sensitivity(Design design, int replications, long masterSeed, int resamples) {
        if (!design.sampled()) {
            throw new IllegalArgumentException("sensitivity analysis needs a sampled design");
        }
        this.design = design;
        this.replications = replications;
        this.bootstrapSeed = Seeds.mix64(masterSeed ^ 0x5E75171L);
        this.resamples = resamples;
    }

    /** What was written. */
    public record Written(List<Path> files, List<String> skipped) {
    }

    /** Reads {@code runs.csv} in {@code folder} and writes the analysis files there, each atomically. */
    public Written write(Path folder) throws IOException {
        double[][][] y = read(folder.resolve(FolderLayout.RUNS));
        return write(folder, y);
    }

    /**
     * Writes the analysis files from county summaries {@code [metric][configuration][replication]}
     * (NaN where missing).
     */
    public Written write(Path folder, double[][][] y) throws IOException {
        Sampling s = design.sampling();
        List<Metric> metrics = MetricRegistry.all();
        List<String> skipped = new ArrayList<>();
        boolean[] usable = new boolean[metrics.size()];
        for (int m = 0; m < metrics.size(); m++) {
            usable[m] = complete(y[m]);
            if (!usable[m]) {
                skipped.add(metrics.get(m).name());
            }
        }
        List<Path> files = new ArrayList<>();
        if (s.method().equals("robustness")) {
            List<Robustness.Result> results = IntStream.range(0, metrics.size()).parallel()
                    .mapToObj(m -> usable[m] ? robustness(metrics.get(m), y[m]) : null).toList();
            files.add(writeRobustness(folder, metrics, results));
            files.add(writePrim(folder, metrics, results));
        } else {
            List<List<IndexRow>> results = IntStream.range(0, metrics.size()).parallel()
                    .mapToObj(m -> usable[m] ? indices(m, y[m]) : null).toList();
            files.add(writeIndices(folder, metrics, results));
        }
        return new Written(files, skipped);
    }

    /**
     * Recomputes the analysis files of a sweep folder from its stored experiment, base scenario and
     * runs.csv ({@code cogov report}); does nothing for a folder whose design is not sampled.
     *
     * @return what was written, or null when there is nothing to analyse
     */
    public static Written recompute(Path folder) throws IOException {
        SweepFolder f = new SweepFolder(folder);
        if (!Files.isRegularFile(f.experimentCopy()) || !Files.isRegularFile(f.scenarioCopy())
                || !Files.isRegularFile(folder.resolve(FolderLayout.RUNS))) {
            return null;
        }
        cogov.config.ExperimentSpec spec;
        try {
            spec = cogov.config.ExperimentLoader.load(f.experimentCopy(), f.scenarioCopy());
        } catch (cogov.config.ConfigException e) {
            throw new IOException("cannot read the experiment stored in " + folder + ": " + e.getMessage(), e);
        }
        Design design = Design.expand(spec);
        if (!design.sampled()) {
            return null;
        }
        return new Sensitivity(design, spec.replications(), spec.seed(), Bootstrap.DEFAULT_RESAMPLES).write(folder);
    }

    private static boolean complete(double[][] perConfig) {
        for (double[] reps : perConfig) {
            for (double v : reps) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Outputs at the design's points (variant v), {@code [point][replication]}. */
    private Replicates at(double[][] perConfig, int variant) {
        Sampling s = design.sampling();
        double[][] v = new double[s.points()][];
        for (int p = 0; p < s.points(); p++) {
            v[p] = perConfig[s.configOf()[variant][p]];
        }
        return new Replicates(v);
    }

    private List<IndexRow> indices(int metric, double[][] perConfig) {
        Sampling s = design.sampling();
        Bootstrap bootstrap = new Bootstrap(resamples, bootstrapSeed + metric);
        Replicates y = at(perConfig, 0);
        return switch (s.method()) {
            case "morris" -> Morris.analyze(s.morris(), s.parameters(), y, bootstrap);
            case "saltelli" -> SobolIndices.analyze(s.saltelli(), s.parameters(), y, bootstrap);
            default -> Prcc.analyze(s.values(), s.parameters(), y);
        };
    }

    private Robustness.Result robustness(Metric metric, double[][] perConfig) {
        Sampling s = design.sampling();
        double[][] means = new double[s.variants().size()][];
        for (int v = 0; v < means.length; v++) {
            means[v] = at(perConfig, v).means();
        }
        int reference = s.variants().indexOf(design.reference().name());
        Bootstrap bootstrap = new Bootstrap(resamples, bootstrapSeed + MetricRegistry.indexOf(metric.name()));
        Robustness.Result r = Robustness.analyze(s.variants(), means, reference, metric.higherIsBetter(), s.values(),
                s.parameters(), s.threshold(), bootstrap);
        List<Robustness.Row> rows = new ArrayList<>(r.rows());
        rows.add(new Robustness.Row(IndexRow.ALL, "stochastic_share", "",
                Estimate.point(new Replicates(perConfig).stochasticShare()), perConfig.length));
        return new Robustness.Result(rows, r.flips());
    }

    /** County summaries from runs.csv: {@code [metric][configuration][replication]}, NaN where missing. */
    double[][][] read(Path runsCsv) throws IOException {
        List<Metric> metrics = MetricRegistry.all();
        Map<String, Integer> configIndex = new HashMap<>();
        for (int c = 0; c < design.configurations().size(); c++) {
            configIndex.put(design.configurations().get(c).id(), c);
        }
        double[][][] y = new double[metrics.size()][design.configurations().size()][replications];
        for (double[][] m : y) {
            for (double[] c : m) {
                Arrays.fill(c, Double.NaN);
            }
        }
        try (Reader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : parser) {
                Integer c = configIndex.get(r.get("config_id"));
                int rep = Integer.parseInt(r.get("replication"));
                if (c == null || rep >= replications || !"ok".equals(r.get("status"))) {
                    continue;
                }
                for (int m = 0; m < metrics.size(); m++) {
                    y[m][c][rep] = Num.parse(r.get(metrics.get(m).name()));
                }
            }
        }
        return y;
    }

    private Path writeIndices(Path folder, List<Metric> metrics, List<List<IndexRow>> results) throws IOException {
        Path target = folder.resolve(SENSITIVITY);
        Path tmp = AtomicFiles.tempFor(target);
        try (CSVPrinter out = printer(tmp, List.of("outcome", "parameter", "index", "estimate", "ci_low", "ci_high", "N"))) {
            for (int m = 0; m < metrics.size(); m++) {
                if (results.get(m) == null) {
                    continue;
                }
                for (IndexRow row : results.get(m)) {
                    Estimate e = row.estimate();
                    out.printRecord(metrics.get(m).name(), row.parameter(), row.index(), Num.format(e.value()),
                            Num.format(e.ciLow()), Num.format(e.ciHigh()), row.n());
                }
            }
        }
        AtomicFiles.commit(tmp, target);
        return target;
    }

    private Path writeRobustness(Path folder, List<Metric> metrics, List<Robustness.Result> results)
            throws IOException {
        Path target = folder.resolve(ROBUSTNESS);
        Path tmp = AtomicFiles.tempFor(target);
        try (CSVPrinter out = printer(tmp, List.of("outcome", "configuration", "statistic", "other", "estimate",
                "ci_low", "ci_high", "n"))) {
            for (int m = 0; m < metrics.size(); m++) {
                if (results.get(m) == null) {
                    continue;
                }
                for (Robustness.Row row : results.get(m).rows()) {
                    Estimate e = row.estimate();
                    out.printRecord(metrics.get(m).name(), row.configuration(), row.statistic(), row.other(),
                            Num.format(e.value()), Num.format(e.ciLow()), Num.format(e.ciHigh()), row.n());
                }
            }
        }
        AtomicFiles.commit(tmp, target);
        return target;
    }

    private Path writePrim(Path folder, List<Metric> metrics, List<Robustness.Result> results) throws IOException {
        Path target = folder.resolve(PRIM);
        Path tmp = AtomicFiles.tempFor(target);
        try (CSVPrinter out = printer(tmp, List.of("outcome", "configuration", "other", "question", "parameter",
                "lower", "upper", "range_low", "range_high", "density", "coverage", "support", "n_inside"))) {
            Sampling s = design.sampling();
            for (int m = 0; m < metrics.size(); m++) {
                if (results.get(m) == null) {
                    continue;
                }
                for (Robustness.Flip flip : results.get(m).flips()) {
                    Prim.Box box = flip.box();
                    for (int i = 0; i < box.names().size(); i++) {
                        if (!box.restricted()[i]) {
                            continue;
                        }
                        out.printRecord(metrics.get(m).name(), flip.configuration(), flip.other(), flip.question(),
                                box.names().get(i), Num.format(box.lower()[i]), Num.format(box.upper()[i]),
                                Num.format(s.ranges().get(i).lo()), Num.format(s.ranges().get(i).hi()),
                                Num.format(box.density()), Num.format(box.coverage()), Num.format(box.support()),
                                box.inside());
                    }
                }
            }
        }
        AtomicFiles.commit(tmp, target);
        return target;
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, RunFile.format());
        p.printRecord(header);
        return p;
    }
}
