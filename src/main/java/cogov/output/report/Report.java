package cogov.output.report;

import cogov.metrics.Metric;
import cogov.output.ChartExporter;
import cogov.output.FolderLayout;
import cogov.output.Format;
import cogov.output.TempPaths;
import cogov.output.chart.ChartTuning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * The report of a results folder: every comparison chart as PNG/SVG/PDF files under
 * {@code charts/} and one self-contained {@code report.html}. Works on a sweep folder (runs.csv,
 * manifest.json, timeseries.csv, summary.csv, comparison.csv) and on a single run's folder
 * (timeseries.csv with day, scope, unit, community_type; time series only). This is the entry
 * point for {@code cogov report} and for the sweep engine after a sweep.
 */
public final class Report {

    /** Name of the HTML page written into the output folder. */
    public static final String HTML = "report.html";
    /** Sub-folder of the output folder that holds the chart files. */
    public static final String CHARTS = "charts";

    /** What kind of folder was recognised. */
    public enum Kind { SWEEP, RUN }

    private final Path resultsDir;
    private final Kind kind;
    private final SweepData sweep;
    private final ManifestView runManifest;
    private final List<Figure> figures;
    /** The analysis of a sampled sweep, or null. */
    private final SensitivityReport sensitivity;

    private Report(Path resultsDir, Kind kind, SweepData sweep, ManifestView runManifest, List<Figure> figures,
                   SensitivityReport sensitivity) {
        this.resultsDir = resultsDir;
        this.kind = kind;
        this.sweep = sweep;
        this.runManifest = runManifest;
        this.figures = List.copyOf(figures);
        this.sensitivity = sensitivity;
    }

    /**
     * Reads a results folder and writes the chart files and report.html into {@code outDir}.
     *
     * @param formats chart file formats; may be empty (then only report.html, with inline SVG)
     * @return the path of report.html
     * @throws ResultsFormatException when the folder is missing or holds no recognisable results
     * @throws IOException            when reading or writing fails otherwise
     */
    public static Path write(Path resultsDir, Set<Format> formats, Path outDir) throws IOException {
        return load(resultsDir).writeTo(formats, outDir);
    }

    /** Like {@link #write(Path, Set, Path)}, charting only the outcomes the selection accepts. */
    public static Path write(Path resultsDir, Set<Format> formats, Path outDir, Predicate<Metric> outcomes)
            throws IOException {
        return load(resultsDir, outcomes).writeTo(formats, outDir);
    }

    /** Reads a results folder and builds every chart, without writing anything. */
    public static Report load(Path resultsDir) throws IOException {
        return load(resultsDir, m -> true);
    }

    /** Reads a results folder and builds the charts of the outcomes the selection accepts. */
    public static Report load(Path resultsDir, Predicate<Metric> outcomes) throws IOException {
        return load(resultsDir, outcomes, ReportOptions.DEFAULT);
    }

    /** Like {@link #write(Path, Set, Path, Predicate)}, with the charts drawn as {@code options} say. */
    public static Path write(Path resultsDir, Set<Format> formats, Path outDir, Predicate<Metric> outcomes,
                             ReportOptions options) throws IOException {
        return load(resultsDir, outcomes, options).writeTo(formats, outDir);
    }

    /** Reads a results folder and builds the charts of the selected outcomes, drawn as {@code options} say. */
    public static Report load(Path resultsDir, Predicate<Metric> outcomes, ReportOptions options) throws IOException {
        Report plain = build(resultsDir, outcomes, options);
        List<Figure> tuned = new ArrayList<>();
        for (Figure f : plain.figures) {
            if (!options.titles()) {
                ChartTuning.withoutTitles(f.chart());
            }
            ChartTuning.scaleFonts(f.chart(), options.fontScale());
            tuned.add(new Figure(f.id(), f.section(), f.caption(), f.chart(), options.size(f.size())));
        }
        return new Report(plain.resultsDir, plain.kind, plain.sweep, plain.runManifest, tuned, plain.sensitivity);
    }

    private static Report build(Path resultsDir, Predicate<Metric> outcomes, ReportOptions options)
            throws IOException {
        if (resultsDir == null || !Files.isDirectory(resultsDir)) {
            throw new ResultsFormatException("results folder not found: " + resultsDir);
        }
        if (Files.isRegularFile(resultsDir.resolve(FolderLayout.RUNS))) {
            SweepData data = SweepData.load(resultsDir, outcomes);
            java.util.Optional<String> sampling = SensitivityReport.method(data.manifest);
            if (sampling.isPresent()) {
                SensitivityReport analysis = SensitivityReport.load(data, sampling.get());
                return new Report(resultsDir, Kind.SWEEP, data, data.manifest, analysis.figures(), analysis);
            }
            return new Report(resultsDir, Kind.SWEEP, data, data.manifest, new SweepCharts(data, options.configs()).all(),
                    null);
        }
        Path timeseries = resultsDir.resolve(FolderLayout.TIMESERIES);
        if (Files.isRegularFile(timeseries) && Csv.header(timeseries).containsAll(List.of(RunCharts.REQUIRED))) {
            Path manifest = resultsDir.resolve(FolderLayout.MANIFEST);
            ManifestView m = Files.isRegularFile(manifest) ? ManifestView.read(manifest) : null;
            return new Report(resultsDir, Kind.RUN, null, m, new RunCharts(timeseries).all(), null);
        }
        throw new ResultsFormatException("not a cogov results folder: " + resultsDir + " (expected runs.csv from a "
                + "sweep, or timeseries.csv with columns day,scope,unit,community_type from a single run)");
    }

    public Kind kind() {
        return kind;
    }

    /** Every chart in report order. */
    public List<Figure> figures() {
        return figures;
    }

    /**
     * Writes the chart files and report.html; returns the path of report.html. Figures are drawn on all
     * cores, each figure's files and inline SVG by one thread (a chart is never drawn by two at once), so the
     * files are the same as drawn one after another.
     */
    public Path writeTo(Set<Format> formats, Path outDir) throws IOException {
        Path chartDir = outDir.resolve(CHARTS);
        Files.createDirectories(chartDir);
        Map<String, List<String>> files = new LinkedHashMap<>();
        Map<String, String> inline = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(figures.size(),
                Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "cogov-report");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<String>> drawn = new ArrayList<>();
            for (Figure f : figures) {
                List<String> links = new ArrayList<>();
                for (Format format : Format.values()) {
                    if (formats.contains(format)) {
                        links.add(CHARTS + "/" + f.id() + "." + format.extension());
                    }
                }
                files.put(f.id(), links);
                drawn.add(pool.submit(() -> {
                    for (Format format : Format.values()) {
                        if (formats.contains(format)) {
                            ChartExporter.write(f.chart(), f.size(), format,
                                    chartDir.resolve(f.id() + "." + format.extension()));
                        }
                    }
                    return ChartExporter.inlineSvg(f.chart(), f.size());
                }));
            }
            for (int i = 0; i < figures.size(); i++) {
                inline.put(figures.get(i).id(), drawn.get(i).get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the charts", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException("cannot draw a chart: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Path html = outDir.resolve(HTML);
        Path tmp = TempPaths.newFile(outDir, ".report-", ".tmp");
        try {
            Files.writeString(tmp, html(files, inline), StandardCharsets.UTF_8);
            Files.move(tmp, html, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return html;
    }

    String html(Map<String, List<String>> files) {
        return html(files, Map.of());
    }

    /** The page; {@code inline} holds figures' inline SVGs already drawn (the others are drawn here). */
    String html(Map<String, List<String>> files, Map<String, String> inline) {
        ManifestView m = kind == Kind.SWEEP ? sweep.manifest : runManifest;
        String name = m != null && !m.experiment().isBlank() ? m.experiment()
                : String.valueOf(resultsDir.toAbsolutePath().getFileName());
        HtmlPage page = new HtmlPage(name + " \u2013 cogov report");
        page.header(name, m != null && !m.description().isBlank() ? m.description()
                : kind == Kind.RUN ? "Single run: county and community-type time series." : "");
        if (sensitivity != null) {
            sensitivity.tables(page);
        } else if (kind == Kind.SWEEP) {
            new KeyFindings(sweep).write(page);
            SweepTables tables = new SweepTables(sweep);
            tables.design(page);
            tables.summary(page);
            tables.comparison(page);
            tables.costEffectiveness(page);
            tables.factorial(page);
            new PathwayTable(sweep).render(page);
        }
        String section = null;
        for (Figure f : figures) {
            if (!f.section().equals(section)) {
                section = f.section();
                page.section(slug(section), section);
            }
            String svg = inline.get(f.id());
            page.figure(f.id(), svg != null ? svg : ChartExporter.inlineSvg(f.chart(), f.size()), f.caption(),
                    files.getOrDefault(f.id(), List.of()));
        }
        provenance(page, m);
        page.footer("Generated by cogov " + version() + " from " + resultsDir.toAbsolutePath().normalize() + ".");
        return page.render();
    }

    private static void provenance(HtmlPage page, ManifestView m) {
        if (m == null || m.raw().isEmpty()) {
            return;
        }
        page.section("provenance", "Provenance");
        List<List<HtmlPage.Cell>> rows = new ArrayList<>();
        m.raw().forEach((k, v) -> {
            if (!k.equals("design") && !k.equals("description")) {
                rows.add(HtmlPage.Cell.texts(List.of(k, render(v))));
            }
        });
        page.table("From manifest.json.", List.of("Entry", "Value"), rows, false);
    }

    private static String render(Object v) {
        if (v instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, x) -> parts.add(k + ": " + render(x)));
            return String.join("; ", parts);
        }
        if (v instanceof List<?> list) {
            return String.join(", ", list.stream().map(Report::render).toList());
        }
        return v == null ? "" : ManifestView.scalar(v);
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String version() {
        try (var in = Report.class.getResourceAsStream("/cogov/version.properties")) {
            if (in == null) {
                return "(unknown version)";
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            return "(unknown version)";
        }
    }

    /** Three significant digits, trailing zeros kept so columns read alike; thousands grouped; empty for NaN. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v == 0) {
            return "0";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).toPlainString();
    }

    /** A difference with its sign: "+0.052", "-3.1", "0". */
    static String signed(double v) {
        String text = num(v);
        return v > 0 ? "+" + text : text;
    }

    /** "[0.041, 0.063]"; empty when the interval is unknown. */
    static String interval(double low, double high) {
        return Double.isNaN(low) || Double.isNaN(high) ? "" : "[" + num(low) + ", " + num(high) + "]";
    }

    static String estimate(double mean, double low, double high) {
        if (Double.isNaN(mean)) {
            return "";
        }
        return Double.isNaN(low) ? num(mean) : num(mean) + " [" + num(low) + ", " + num(high) + "]";
    }
}
