package cogov.output.report;

import cogov.output.ChartExporter;
import cogov.output.ChartSize;
import cogov.output.FolderLayout;
import cogov.output.Format;
import cogov.output.Json;
import cogov.output.chart.ForestChart;
import cogov.output.chart.PosteriorChart;
import cogov.output.chart.SeriesColours;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * The report of a calibration folder, read from its files alone: the posterior summary, the
 * posterior predictive checks of fitted and hold-out targets (tables and charts in units of each
 * target's uncertainty), the tolerance schedule, pairwise posterior plots with weighted marginals, the
 * targets still waiting for a metric, and provenance.
 */
public final class CalibrationReport {

    private static final ChartSize PAIR = new ChartSize(3.4, 3.2);
    private static final ChartSize CHECK = new ChartSize(7.0, 3.2);

    private final Path dir;
    private final Csv.Table posterior;
    private final Csv.Table summary;
    private final Csv.Table generations;
    private final Csv.Table predictive;
    private final Map<?, ?> manifest;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, List<String>> files = new LinkedHashMap<>();

    private CalibrationReport(Path dir) throws IOException {
        this.dir = dir;
        posterior = Csv.read(dir.resolve(FolderLayout.POSTERIOR));
        summary = Csv.read(dir.resolve(FolderLayout.POSTERIOR_SUMMARY));
        generations = Csv.read(dir.resolve(FolderLayout.GENERATIONS));
        predictive = Csv.read(dir.resolve(FolderLayout.PREDICTIVE));
        Object m = Json.parse(Files.readString(dir.resolve(FolderLayout.MANIFEST), StandardCharsets.UTF_8));
        manifest = m instanceof Map<?, ?> map ? map : Map.of();
        summary.require("parameter", "median", "q05", "q95");
        posterior.require("weight");
        predictive.require("target", "set", "observed", "sd", "sim_median", "sim_q05", "sim_q95");
    }

    /** True when {@code dir} looks like a calibration folder. */
    public static boolean isCalibration(Path dir) {
        return Files.isRegularFile(dir.resolve(FolderLayout.POSTERIOR)) && Files.isRegularFile(dir.resolve(FolderLayout.PREDICTIVE));
    }

    /** Writes {@code outDir/report.html} with inline SVG charts and the SVG files beside it; returns the page. */
    public static Path write(Path calibrationDir, Path outDir) throws IOException {
        return write(calibrationDir, EnumSet.of(Format.SVG), outDir);
    }

    /** Writes {@code outDir/report.html} with inline SVG charts and chart files in {@code formats}; returns the page. */
    public static Path write(Path calibrationDir, Set<Format> formats, Path outDir) throws IOException {
        CalibrationReport r = new CalibrationReport(calibrationDir);
        r.buildFigures();
        Files.createDirectories(outDir.resolve(Report.CHARTS));
        for (Figure f : r.figures) {
            List<String> links = new ArrayList<>();
            for (Format format : Format.values()) {
                if (formats.contains(format)) {
                    String name = f.id() + "." + format.extension();
                    ChartExporter.write(f.chart(), f.size(), format, outDir.resolve(Report.CHARTS).resolve(name));
                    links.add(Report.CHARTS + "/" + name);
                }
            }
            r.files.put(f.id(), links);
        }
        Path html = outDir.resolve(Report.HTML);
        Path tmp = Files.createTempFile(outDir, ".report-", ".tmp");
        try {
            Files.writeString(tmp, r.html(), StandardCharsets.UTF_8);
            Files.move(tmp, html, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return html;
    }

    private List<String> parameters() {
        return summary.records().stream().map(r -> Csv.text(r, "parameter")).toList();
    }

    private double[] column(String name) {
        return posterior.records().stream().mapToDouble(r -> Csv.number(r, name)).toArray();
    }

    private void buildFigures() {
        List<String> params = parameters();
        double[] w = column("weight");
        String n = posterior.records().size() + " particles; darker dots weigh more";
        for (int a = 0; a < params.size(); a++) {
            figures.add(new Figure("marginal-" + a, "Posterior", "Weighted posterior of " + params.get(a) + ".",
                    PosteriorChart.marginal(params.get(a), params.get(a), column(params.get(a)), w, 20,
                            posterior.records().size() + " particles"), PAIR));
            for (int b = a + 1; b < params.size(); b++) {
                figures.add(new Figure("pair-" + a + "-" + b, "Posterior", "Particles of the posterior: "
                        + params.get(a) + " against " + params.get(b) + ".",
                        PosteriorChart.pair(params.get(a) + " vs " + params.get(b), params.get(a), column(params.get(a)),
                                params.get(b), column(params.get(b)), w, n), PAIR));
            }
        }
        for (String set : List.of("fitted", "holdout")) {
            List<CSVRecord> rows = predictive.records().stream().filter(r -> set.equals(Csv.text(r, "set"))).toList();
            if (rows.isEmpty()) {
                continue;
            }
            List<String> labels = rows.stream().map(r -> Csv.text(r, "target")).toList();
            double[] mid = new double[rows.size()];
            double[] lo = new double[rows.size()];
            double[] hi = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                CSVRecord r = rows.get(i);
                double obs = Csv.number(r, "observed");
                double sd = Csv.number(r, "sd");
                mid[i] = (Csv.number(r, "sim_median") - obs) / sd;
                lo[i] = (Csv.number(r, "sim_q05") - obs) / sd;
                hi[i] = (Csv.number(r, "sim_q95") - obs) / sd;
            }
            String title = set.equals("fitted") ? "Posterior predictive check, fitted targets"
                    : "Posterior predictive check, hold-out targets (never fitted)";
            figures.add(new Figure("check-" + set, "Posterior predictive checks", "Simulated minus target, in units of"
                    + " each target's uncertainty (sd): median and 90% interval over the posterior particles; 0 is the"
                    + " target.", ForestChart.create(title, "(simulated - target) / target sd", labels,
                    ForestChart.dataset(labels, mid, lo, hi), "posterior median and 90% interval",
                    SeriesColours.of(labels)), new ChartSize(7.0, Math.max(1.8, 0.9 + 0.35 * rows.size()))));
        }
    }

    /** Plain text cells. */
    private static List<List<HtmlPage.Cell>> cells(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(HtmlPage.Cell::text).toList()).toList();
    }

    String html() throws IOException {
        String name = String.valueOf(manifest.get("calibration"));
        HtmlPage page = new HtmlPage(name + " \u2013 cogov calibration");
        page.header(name, "Calibration by ABC-SMC (population Monte Carlo; Beaumont et al. 2009, Toni et al. 2009):"
                + " which parameter values are consistent with the targets, and whether the calibrated model"
                + " reproduces the hold-out targets it was not fitted to.");
        page.section("summary", "Posterior summary");
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : summary.records()) {
            rows.add(List.of(Csv.text(r, "parameter"), Csv.text(r, "prior") + " [" + Report.num(Csv.number(r, "prior_low"))
                    + ", " + Report.num(Csv.number(r, "prior_high")) + "]", Report.num(Csv.number(r, "median")),
                    Report.num(Csv.number(r, "q05")) + " \u2013 " + Report.num(Csv.number(r, "q95")),
                    Csv.text(r, "calibrated_value")));
        }
        page.table("Weighted posterior median and 90% interval per parameter; the calibrated value is what"
                + " calibrated.yaml states.", List.of("parameter", "prior", "median", "90% interval", "calibrated value"),
                cells(rows), false);
        page.section("checks", "Posterior predictive checks");
        page.paragraph("For every target, the statistic the posterior particles produced (each particle's mean over its"
                + " replications): median and 90% interval, beside the published figure. 'Median in published"
                + " interval': the simulated median lies in the published interval (for a figure given as value"
                + " \u00b1 sd, value \u00b1 2 sd). 'Value in simulated 90%': the published value lies in the simulated"
                + " 90% interval (blank for a figure published only as an interval). Hold-out targets were never in"
                + " the distance.");
        for (String set : List.of("fitted", "holdout")) {
            List<List<String>> checks = new ArrayList<>();
            for (CSVRecord r : predictive.records()) {
                if (set.equals(Csv.text(r, "set"))) {
                    checks.add(List.of(Csv.text(r, "target"), Csv.text(r, "metric"), Csv.text(r, "scope")
                            + ("county".equals(Csv.text(r, "scope")) ? "" : " " + Csv.text(r, "unit")),
                            Report.num(Csv.number(r, "observed")) + " \u00b1 " + Report.num(Csv.number(r, "sd")),
                            Report.num(Csv.number(r, "interval_low")) + " \u2013 "
                                    + Report.num(Csv.number(r, "interval_high")),
                            Report.num(Csv.number(r, "sim_median")), Report.num(Csv.number(r, "sim_q05")) + " \u2013 "
                                    + Report.num(Csv.number(r, "sim_q95")), Csv.text(r, "median_in_interval"),
                            Csv.text(r, "inside_90")));
                }
            }
            if (!checks.isEmpty()) {
                page.subheading(set.equals("fitted") ? "Fitted targets" : "Hold-out targets");
                page.table(null, List.of("target", "metric", "scope", "target (value \u00b1 sd)", "published interval",
                        "simulated median", "simulated 90%", "median in published interval", "value in simulated 90%"),
                        cells(checks), false);
            }
        }
        Object skipped = manifest.get("targets_needing_metric");
        if (skipped instanceof List<?> list && !list.isEmpty()) {
            page.paragraph("Not compared, because the model does not report their metric yet (status: needs-metric in"
                    + " the targets file): " + String.join(", ", list.stream().map(String::valueOf).toList()) + ".");
        }
        page.section("generations", "Generations");
        List<List<String>> gens = new ArrayList<>();
        for (CSVRecord r : generations.records()) {
            gens.add(List.of(Csv.text(r, "generation"), Report.num(Csv.number(r, "tolerance")), Csv.text(r, "candidates"),
                    Report.num(100 * Csv.number(r, "acceptance_rate")) + "%", Report.num(Csv.number(r, "ess"))));
        }
        page.table("Tolerance (distance in target sds; none for the prior draws of generation 0), candidates examined,"
                + " acceptance rate and effective sample size of the weights.", List.of("generation", "tolerance",
                "candidates", "acceptance", "ESS"), cells(gens), true);
        String section = null;
        for (Figure f : figures) {
            if (!f.section().equals(section)) {
                section = f.section();
                page.section(Report.slug(section) + "-charts", section + " charts");
            }
            page.figure(f.id(), ChartExporter.inlineSvg(f.chart(), f.size()), f.caption(),
                    files.getOrDefault(f.id(), List.of()));
        }
        page.section("provenance", "Provenance");
        List<List<String>> prov = new ArrayList<>();
        for (String key : List.of("calibration_file", "base_scenario", "targets_file", "method", "master_seed",
                "particles", "replications", "generations_done", "stop_reason", "final_tolerance", "candidates_evaluated",
                "runs_total", "cogov_version", "git_commit", "threads", "wall_seconds")) {
            if (manifest.containsKey(key)) {
                prov.add(List.of(key, String.valueOf(manifest.get(key))));
            }
        }
        page.table(null, List.of("field", "value"), cells(prov), false);
        page.footer("Generated by cogov " + Report.version() + " from " + dir.toAbsolutePath().normalize() + ".");
        return page.render();
    }
}
