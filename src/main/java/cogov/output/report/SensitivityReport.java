package cogov.output.report;

import cogov.analysis.Labels;
import cogov.metrics.Metric;
import cogov.output.ChartSize;
import cogov.output.chart.ForestChart;
import cogov.output.chart.SensitivityCharts;
import cogov.output.chart.SeriesColours;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * The report of a sampled sweep (Morris, Saltelli, Latin hypercube, Sobol points, robustness): instead
 * of one comparison per configuration, which would t-test every sample against an arbitrary one, it
 * shows what the analysis files hold: indices with bootstrap intervals, their convergence, the seed
 * share, outcome-against-parameter scatter, and for a robustness design the paired effects across
 * assumption samples, win probabilities and PRIM boxes.
 */
final class SensitivityReport {

    static final String INDICES = "Sensitivity indices";
    static final String CONVERGENCE = "Convergence";
    static final String SCATTER = "Outcome against each parameter";
    static final String ROBUST = "Robustness across assumptions";
    static final String BOXES = "Where the ranking flips (PRIM)";

    record Index(String outcome, String parameter, String index, double estimate, double low, double high, int n) {
    }

    record RobustRow(String outcome, String configuration, String statistic, String other, double estimate,
                     double low, double high, int n) {
    }

    record PrimRow(String outcome, String configuration, String other, String question, String parameter,
                   double lower, double upper, double rangeLow, double rangeHigh, double density, double coverage,
                   double support) {
    }

    private final SweepData data;
    private final String method;
    private final List<Index> indices;
    private final List<RobustRow> robust;
    private final List<PrimRow> prim;
    private final List<String> parameters;

    private SensitivityReport(SweepData data, String method, List<Index> indices, List<RobustRow> robust,
                              List<PrimRow> prim, List<String> parameters) {
        this.data = data;
        this.method = method;
        this.indices = indices;
        this.robust = robust;
        this.prim = prim;
        this.parameters = parameters;
    }

    /** The sampling method named in the manifest, if the sweep is a sampled one. */
    static Optional<String> method(ManifestView manifest) {
        Object s = manifest.raw().get("sampling");
        if (s instanceof Map<?, ?> m && m.get("method") != null) {
            return Optional.of(String.valueOf(m.get("method")));
        }
        return Optional.empty();
    }

    static SensitivityReport load(SweepData data, String method) throws IOException {
        List<Index> indices = new ArrayList<>();
        Path sens = data.dir.resolve("sensitivity.csv");
        if (Files.isRegularFile(sens)) {
            for (CSVRecord r : Csv.read(sens).records()) {
                indices.add(new Index(Csv.text(r, "outcome"), Csv.text(r, "parameter"), Csv.text(r, "index"),
                        Csv.number(r, "estimate"), Csv.number(r, "ci_low"), Csv.number(r, "ci_high"),
                        (int) Csv.number(r, "N")));
            }
        }
        List<RobustRow> robust = new ArrayList<>();
        Path rob = data.dir.resolve("robustness.csv");
        if (Files.isRegularFile(rob)) {
            for (CSVRecord r : Csv.read(rob).records()) {
                robust.add(new RobustRow(Csv.text(r, "outcome"), Csv.text(r, "configuration"),
                        Csv.text(r, "statistic"), Csv.text(r, "other"), Csv.number(r, "estimate"),
                        Csv.number(r, "ci_low"), Csv.number(r, "ci_high"), (int) Csv.number(r, "n")));
            }
        }
        List<PrimRow> prim = new ArrayList<>();
        Path boxes = data.dir.resolve("prim.csv");
        if (Files.isRegularFile(boxes)) {
            for (CSVRecord r : Csv.read(boxes).records()) {
                prim.add(new PrimRow(Csv.text(r, "outcome"), Csv.text(r, "configuration"), Csv.text(r, "other"),
                        Csv.text(r, "question"), Csv.text(r, "parameter"), Csv.number(r, "lower"),
                        Csv.number(r, "upper"), Csv.number(r, "range_low"), Csv.number(r, "range_high"),
                        Csv.number(r, "density"), Csv.number(r, "coverage"), Csv.number(r, "support")));
            }
        }
        List<String> parameters = new ArrayList<>();
        if (data.manifest.raw().get("sampling") instanceof Map<?, ?> m && m.get("parameters") instanceof Map<?, ?> p) {
            p.keySet().forEach(k -> parameters.add(String.valueOf(k)));
        }
        return new SensitivityReport(data, method, indices, robust, prim, parameters);
    }

    private boolean robustness() {
        return method.equals("robustness");
    }

    private List<Index> of(String outcome, String index, int n) {
        return indices.stream().filter(i -> i.outcome().equals(outcome) && i.index().equals(index)
                && (n < 0 || i.n() == n)).toList();
    }

    private int fullN(String outcome) {
        return indices.stream().filter(i -> i.outcome().equals(outcome)).mapToInt(Index::n).max().orElse(-1);
    }

    private double stochasticShare(String outcome) {
        return indices.stream().filter(i -> i.outcome().equals(outcome) && i.index().equals("stochastic_share"))
                .mapToDouble(Index::estimate).findFirst().orElse(Double.NaN);
    }

    private String seedNote(String outcome) {
        double share = stochasticShare(outcome);
        return Double.isNaN(share) ? "seed share not measured (one replication)"
                : "share of a run's variance due to seeds: " + Report.num(share);
    }

    /** The main index of the method (mu*, ST or PRCC) and its display name. */
    private String mainIndex() {
        return switch (method) {
            case "morris" -> "mu_star";
            case "saltelli" -> "ST";
            default -> "PRCC";
        };
    }

    List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        if (robustness()) {
            for (Metric m : data.outcomes) {
                robustFigure(m).ifPresent(figures::add);
            }
            for (Metric m : data.outcomes) {
                figures.addAll(primFigures(m));
            }
            return figures;
        }
        for (Metric m : data.outcomes) {
            indexFigure(m).ifPresent(figures::add);
            if (method.equals("morris")) {
                muSigmaFigure(m).ifPresent(figures::add);
            }
        }
        if (!method.equals("lhs") && !method.equals("sobol")) {
            for (Metric m : data.outcomes) {
                convergenceFigure(m).ifPresent(figures::add);
            }
        }
        for (Metric m : data.outcomes) {
            scatterFigure(m).ifPresent(figures::add);
        }
        return figures;
    }

    private Optional<Figure> indexFigure(Metric m) {
        int n = fullN(m.name());
        String main = mainIndex();
        List<Index> rows = new ArrayList<>(of(m.name(), main, n));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        rows.sort(Comparator.comparingDouble((Index i) -> -Math.abs(i.estimate())));
        List<String> labels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (Index i : rows) {
            if (method.equals("saltelli")) {
                labels.add(Factorial.shortName(i.parameter()) + ": total ST");
                values.add(new double[] {i.estimate(), i.low(), i.high()});
                Index s1 = of(m.name(), "S1", n).stream().filter(x -> x.parameter().equals(i.parameter())).findFirst()
                        .orElse(null);
                if (s1 != null) {
                    labels.add(Factorial.shortName(i.parameter()) + ": first-order S1");
                    values.add(new double[] {s1.estimate(), s1.low(), s1.high()});
                }
            } else {
                labels.add(Factorial.shortName(i.parameter()));
                values.add(new double[] {i.estimate(), i.low(), i.high()});
            }
        }
        String valueLabel = switch (method) {
            case "morris" -> "mu* (" + m.unit() + " per whole parameter range)";
            case "saltelli" -> "Sobol index (share of a run's variance)";
            default -> "partial rank correlation with " + m.label();
        };
        String title = switch (method) {
            case "morris" -> m.label() + ": Morris mu* (tornado)";
            case "saltelli" -> m.label() + ": Sobol indices S1 and ST";
            default -> m.label() + ": PRCC";
        };
        String sub = "95% bootstrap intervals" + (method.equals("lhs") || method.equals("sobol") ? " (Fisher z)" : "")
                + "; N = " + n + "; " + seedNote(m.name());
        if (!method.equals("morris") && !method.equals("saltelli")) {
            sub = "95% Fisher-z intervals; n = " + n + "; " + seedNote(m.name());
        }
        double[] est = values.stream().mapToDouble(v -> v[0]).toArray();
        double[] low = values.stream().mapToDouble(v -> v[1]).toArray();
        double[] high = values.stream().mapToDouble(v -> v[2]).toArray();
        return Optional.of(new Figure("sensitivity-" + m.name(), INDICES,
                title + ". Parameters by decreasing importance; bars are 95% intervals.",
                ForestChart.create(title, valueLabel, labels, ForestChart.dataset(labels, est, low, high), sub,
                        SeriesColours.of(labels)), size(labels.size())));
    }

    private Optional<Figure> muSigmaFigure(Metric m) {
        int n = fullN(m.name());
        List<Index> mu = of(m.name(), "mu_star", n);
        if (mu.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = mu.stream().map(i -> Factorial.shortName(i.parameter())).toList();
        double[] sigma = new double[mu.size()];
        for (int k = 0; k < mu.size(); k++) {
            String p = mu.get(k).parameter();
            sigma[k] = of(m.name(), "sigma", n).stream().filter(i -> i.parameter().equals(p)).mapToDouble(Index::estimate)
                    .findFirst().orElse(Double.NaN);
        }
        return Optional.of(new Figure("morris-plane-" + m.name(), INDICES,
                m.label() + ": Morris mu* against sigma. Near the dashed line sigma = mu*, a parameter's effect changes"
                        + " with the other parameters (non-linear or interacting); near the axis it acts linearly.",
                SensitivityCharts.muStarSigma(m.label() + ": mu* and sigma", m.unit(), names,
                        mu.stream().mapToDouble(Index::estimate).toArray(), mu.stream().mapToDouble(Index::low).toArray(),
                        mu.stream().mapToDouble(Index::high).toArray(), sigma, "r = " + n + " trajectories; horizontal"
                                + " bars: 95% bootstrap interval of mu*; " + seedNote(m.name())),
                ChartSize.STANDARD));
    }

    private Optional<Figure> convergenceFigure(Metric m) {
        String main = mainIndex();
        List<Index> all = of(m.name(), main, -1);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        LinkedHashSet<String> params = new LinkedHashSet<>();
        all.forEach(i -> params.add(i.parameter()));
        List<String> names = new ArrayList<>();
        List<double[]> ns = new ArrayList<>();
        List<double[]> est = new ArrayList<>();
        List<double[]> low = new ArrayList<>();
        List<double[]> high = new ArrayList<>();
        for (String p : params) {
            List<Index> rows = all.stream().filter(i -> i.parameter().equals(p))
                    .sorted(Comparator.comparingInt(Index::n)).toList();
            names.add(Factorial.shortName(p));
            ns.add(rows.stream().mapToDouble(Index::n).toArray());
            est.add(rows.stream().mapToDouble(Index::estimate).toArray());
            low.add(rows.stream().mapToDouble(Index::low).toArray());
            high.add(rows.stream().mapToDouble(Index::high).toArray());
        }
        String label = main.equals("ST") ? "total Sobol index ST" : "mu* (" + m.unit() + ")";
        String unitN = method.equals("morris") ? "trajectories r" : "base rows N";
        return Optional.of(new Figure("convergence-" + m.name(), CONVERGENCE,
                m.label() + ": " + label + " estimated on the first N/8, N/4, N/2 and all " + unitN
                        + ", with 95% bootstrap intervals. Rankings that still change, or intervals still shrinking"
                        + " fast, call for a larger design.",
                SensitivityCharts.convergence(m.label() + ": convergence of " + label, label, unitN, names, ns, est, low,
                        high, "95% bootstrap intervals; points offset slightly for legibility"), ChartSize.STANDARD));
    }

    private Optional<Figure> scatterFigure(Metric m) {
        if (parameters.isEmpty()) {
            return Optional.empty();
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (SweepData.Run r : data.runs) {
            double v = r.value(m.name());
            if (Double.isFinite(v)) {
                double[] s = sums.computeIfAbsent(r.configId(), k -> new double[2]);
                s[0] += v;
                s[1]++;
            }
        }
        Map<String, DesignPoint> points = new HashMap<>();
        data.manifest.design().forEach(d -> points.put(d.configId(), d));
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            DesignPoint d = points.get(e.getKey());
            if (d == null) {
                continue;
            }
            double[] x = new double[parameters.size()];
            for (int i = 0; i < x.length; i++) {
                String v = d.factors().get(parameters.get(i));
                x[i] = parse(v);
            }
            xs.add(x);
            ys.add(e.getValue()[0] / e.getValue()[1]);
        }
        if (ys.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = parameters.stream().map(p -> p.substring(p.lastIndexOf('.') + 1)).toList();
        double width = Math.max(7.0, 1.8 * names.size());
        return Optional.of(new Figure("scatter-" + m.name(), SCATTER,
                m.label() + " (mean over seeds of each design point) against each sampled parameter.",
                SensitivityCharts.scatter(m.label() + " against each parameter", m.axisLabel(), names,
                        xs.toArray(new double[0][]), ys.stream().mapToDouble(Double::doubleValue).toArray(),
                        ys.size() + " design points"), new ChartSize(Math.min(width, 14), 3.6)));
    }

    private static double parse(String v) {
        if (v == null || v.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private List<String> configurations(String outcome) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        robust.stream().filter(r -> r.outcome().equals(outcome)).forEach(r -> names.add(r.configuration()));
        return new ArrayList<>(names);
    }

    private Optional<RobustRow> robust(String outcome, String config, String statistic, String other) {
        return robust.stream().filter(r -> r.outcome().equals(outcome) && r.configuration().equals(config)
                && r.statistic().equals(statistic) && (other == null || r.other().equals(other))).findFirst();
    }

    private Optional<Figure> robustFigure(Metric m) {
        List<String> labels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        String reference = "";
        for (String c : configurations(m.name())) {
            Optional<RobustRow> median = robust(m.name(), c, "effect_median", null);
            if (median.isEmpty()) {
                continue;
            }
            reference = median.get().other();
            labels.add(c);
            values.add(new double[] {median.get().estimate(),
                robust(m.name(), c, "effect_q05", null).map(RobustRow::estimate).orElse(Double.NaN),
                robust(m.name(), c, "effect_q95", null).map(RobustRow::estimate).orElse(Double.NaN)});
        }
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        int n = robust.stream().filter(r -> r.outcome().equals(m.name())).mapToInt(RobustRow::n).max().orElse(0);
        return Optional.of(new Figure("robustness-" + m.name(), ROBUST,
                m.label() + ": each configuration's paired effect (minus " + reference + " under the same assumptions)"
                        + " across the assumption samples: median, and the range that holds 90% of them.",
                ForestChart.create(m.label() + ": effect across assumptions", "difference from " + reference + " ("
                        + m.unit() + ")", labels, ForestChart.dataset(labels, values.stream().mapToDouble(v -> v[0]).toArray(),
                        values.stream().mapToDouble(v -> v[1]).toArray(), values.stream().mapToDouble(v -> v[2]).toArray()),
                        n + " assumption samples; point: median; bar: 5th to 95th percentile", SeriesColours.of(labels)),
                size(labels.size())));
    }

    private List<Figure> primFigures(Metric m) {
        Map<String, List<PrimRow>> boxes = new LinkedHashMap<>();
        prim.stream().filter(p -> p.outcome().equals(m.name()))
                .forEach(p -> boxes.computeIfAbsent(p.question(), k -> new ArrayList<>()).add(p));
        List<Figure> figures = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, List<PrimRow>> e : boxes.entrySet()) {
            List<PrimRow> rows = e.getValue();
            List<String> labels = rows.stream().map(p -> Factorial.shortName(p.parameter())).toList();
            double[] lo = rows.stream().mapToDouble(p -> (p.lower() - p.rangeLow()) / (p.rangeHigh() - p.rangeLow())).toArray();
            double[] hi = rows.stream().mapToDouble(p -> (p.upper() - p.rangeLow()) / (p.rangeHigh() - p.rangeLow())).toArray();
            double[] mid = new double[lo.length];
            for (int i = 0; i < mid.length; i++) {
                mid[i] = (lo[i] + hi[i]) / 2;
            }
            PrimRow first = rows.get(0);
            String title = m.label() + ": where " + e.getKey();
            figures.add(new Figure("prim-" + m.name() + "-" + (k++), BOXES,
                    title + ": the PRIM box (Friedman and Fisher 1999) of assumption ranges in which it holds, each bar"
                            + " the box's part of the parameter's uncertainty range (0 = low end, 1 = high end).",
                    ForestChart.create(title, "position within the uncertainty range", labels,
                            ForestChart.dataset(labels, mid, lo, hi), "density " + Report.num(first.density())
                                    + " (share of samples in the box where it holds), coverage " + Report.num(first.coverage())
                                    + " (share of all such samples inside the box)", SeriesColours.of(labels)),
                    size(labels.size())));
        }
        return figures;
    }

    private static List<List<HtmlPage.Cell>> cells(List<List<String>> rows) {
        return rows.stream().map(HtmlPage.Cell::texts).toList();
    }

    private static ChartSize size(int rows) {
        return new ChartSize(7.0, Math.max(2.4, 1.0 + 0.32 * rows));
    }

    /** The design facts and the tables of the analysis. */
    void tables(HtmlPage page) {
        page.section("sensitivity-design", "Sampled design");
        StringBuilder facts = new StringBuilder();
        facts.append(switch (method) {
            case "morris" -> "Morris elementary effects";
            case "saltelli" -> "Saltelli design for Sobol indices";
            case "robustness" -> "Robustness: configurations crossed with a Latin hypercube of assumptions (paired)";
            case "sobol" -> "Sobol sequence";
            default -> "Latin hypercube";
        });
        facts.append("; ").append(data.manifest.design().size()).append(" distinct configurations");
        if (data.manifest.replications() > 0) {
            facts.append(", ").append(data.manifest.replications()).append(" replications (seeds) each");
        }
        facts.append(". Configurations are draws of the parameters, not alternatives: none is a reference, and no"
                + " configuration is t-tested against another.");
        page.paragraph(facts.toString());
        if (data.manifest.raw().get("sampling") instanceof Map<?, ?> s && s.get("parameters") instanceof Map<?, ?> p) {
            List<List<String>> rows = new ArrayList<>();
            p.forEach((key, range) -> {
                List<String> row = new ArrayList<>(List.of(String.valueOf(key)));
                if (range instanceof List<?> l && l.size() == 2) {
                    row.add(Labels.round(((Number) l.get(0)).doubleValue()));
                    row.add(Labels.round(((Number) l.get(1)).doubleValue()));
                } else {
                    row.add("");
                    row.add("");
                }
                rows.add(row);
            });
            page.table("Sampled parameters and their ranges.", List.of("Parameter", "Low", "High"), cells(rows), false);
        }
        page.paragraph(WHY_NO_P_VALUES);
        if (robustness()) {
            robustTables(page);
        } else {
            indexTables(page);
        }
    }

    static final String WHY_NO_P_VALUES = "Effects and indices are given in outcome units (or as shares of variance)"
            + " with 95% intervals. p-values are not shown: with common random numbers and enough runs, almost any"
            + " difference becomes 'significant', so a p-value measures the number of runs rather than the size or"
            + " importance of an effect. Read the interval: how large the effect is, and how sure.";

    private void indexTables(HtmlPage page) {
        page.section("sensitivity-tables", "Index tables");
        List<String> params = new ArrayList<>(parameters);
        if (params.isEmpty()) {
            indices.forEach(i -> {
                if (!i.parameter().equals("*") && !params.contains(i.parameter())) {
                    params.add(i.parameter());
                }
            });
        }
        List<String> head = new ArrayList<>(List.of("Outcome"));
        params.forEach(p -> head.add(Factorial.shortName(p)));
        head.add("seed share");
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : data.outcomes) {
            int n = fullN(m.name());
            if (n < 0) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(m.axisLabel()));
            for (String p : params) {
                row.add(cell(m.name(), p, n));
            }
            row.add(Report.num(stochasticShare(m.name())));
            rows.add(row);
        }
        String caption = switch (method) {
            case "morris" -> "mu* [95% bootstrap CI] (outcome units per whole parameter range); sigma after the slash.";
            case "saltelli" -> "Total index ST [95% bootstrap CI]; first-order S1 after the slash. Shares of a single"
                    + " run's outcome variance; the seed share is the part due to seeds alone.";
            default -> "Partial rank correlation coefficient [95% Fisher-z CI].";
        };
        page.table(caption, head, cells(rows), true);
    }

    private String cell(String outcome, String parameter, int n) {
        String main = mainIndex();
        Optional<Index> e = of(outcome, main, n).stream().filter(i -> i.parameter().equals(parameter)).findFirst();
        if (e.isEmpty()) {
            return "";
        }
        String text = Report.estimate(e.get().estimate(), e.get().low(), e.get().high());
        String second = method.equals("morris") ? "sigma" : method.equals("saltelli") ? "S1" : null;
        if (second != null) {
            Optional<Index> s = of(outcome, second, n).stream().filter(i -> i.parameter().equals(parameter)).findFirst();
            if (s.isPresent()) {
                text += " / " + Report.num(s.get().estimate());
            }
        }
        return text;
    }

    private void robustTables(HtmlPage page) {
        page.section("robustness-tables", "Robustness tables");
        for (Metric m : data.outcomes) {
            List<String> configs = configurations(m.name());
            if (configs.isEmpty()) {
                continue;
            }
            page.subheading(m.axisLabel());
            List<List<String>> rows = new ArrayList<>();
            for (String c : configs) {
                List<String> row = new ArrayList<>(List.of(c));
                row.add(robust(m.name(), c, "effect_mean", null).map(r -> Report.estimate(r.estimate(), r.low(), r.high()))
                        .orElse("(reference)"));
                row.add(robust(m.name(), c, "effect_q05", null).map(r -> Report.num(r.estimate())).orElse("") + " to "
                        + robust(m.name(), c, "effect_q95", null).map(r -> Report.num(r.estimate())).orElse(""));
                row.add(robust(m.name(), c, "p_best", null).map(r -> Report.estimate(r.estimate(), r.low(), r.high()))
                        .orElse(""));
                for (String d : configs) {
                    row.add(c.equals(d) ? "" : robust(m.name(), c, "p_beats", d).map(r -> Report.num(r.estimate()))
                            .orElse(""));
                }
                rows.add(row);
            }
            List<String> head = new ArrayList<>(List.of("Configuration", "mean effect [95% CI]",
                    "5th to 95th percentile", "P(best) [95% CI]"));
            configs.forEach(d -> head.add("P(beats " + d + ")"));
            page.table("Effects are paired differences from the reference under the same assumption sample, in "
                    + m.unit() + "; 'beats' and 'best' follow the outcome's direction ("
                    + (m.higherIsBetter() ? "higher" : "lower") + " is better). Intervals: bootstrap over samples"
                    + " (mean) and Wilson (probabilities).", head, cells(rows), true);
            List<List<String>> boxRows = new ArrayList<>();
            Map<String, List<PrimRow>> boxes = new LinkedHashMap<>();
            prim.stream().filter(p -> p.outcome().equals(m.name()))
                    .forEach(p -> boxes.computeIfAbsent(p.question(), k -> new ArrayList<>()).add(p));
            boxes.forEach((question, ps) -> {
                List<String> parts = new ArrayList<>();
                ps.forEach(p -> parts.add(p.parameter() + " in [" + Labels.round(p.lower()) + ", "
                        + Labels.round(p.upper()) + "]"));
                boxRows.add(List.of(question, String.join(" and ", parts), Report.num(ps.get(0).density()),
                        Report.num(ps.get(0).coverage()), Report.num(ps.get(0).support())));
            });
            if (!boxRows.isEmpty()) {
                page.table("PRIM boxes: assumption ranges in which the statement holds. Density: share of samples"
                        + " inside the box where it holds; coverage: share of all samples where it holds that lie"
                        + " inside; support: share of samples inside.", List.of("Statement", "Box", "Density",
                        "Coverage", "Support"), cells(boxRows), false);
            }
        }
    }
}
