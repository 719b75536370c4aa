package cogov.output.report;

import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.metrics.Tag;
import cogov.output.ChartSize;
import cogov.output.chart.DistributionChart;
import cogov.output.chart.ForestChart;
import cogov.output.chart.HeatMapChart;
import cogov.output.chart.SeriesColours;
import cogov.output.chart.TimeSeriesChart;
import cogov.output.chart.TradeoffChart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Turns a sweep's files into the report's figures: data -> dataset -> shared chart builder. */
final class SweepCharts {

    static final String TIME = "Time series";
    static final String DISTRIBUTIONS = "Distributions over runs";
    static final String EFFECTS = "Mechanism effects";
    static final String FACTORIAL = "Factorial analysis";
    static final String TRADEOFF = "Cost and outcome trade-off";
    static final String FOR_WHOM = "For whom: effects by community type";
    /** Community types in their fixed order (also their colour order in these charts). */
    static final List<String> TYPES = List.of("old-urban", "commodity-housing", "relocated");
    /** Up to this many configurations besides the reference are shown per type; beyond, a selection. */
    static final int MAX_FOR_WHOM_CONFIGS = 7;
    static final String CI = "95% t confidence intervals";
    /** The trade-off charts' cost axis: the first metric tagged cost. */
    static final String COST = MetricRegistry.namesTagged(Tag.COST).get(0);

    /** Most configurations a time-series or distribution chart shows: one Okabe-Ito colour each. */
    static final int MAX_SHOWN = 8;

    private final SweepData data;
    private final SeriesColours colours;
    private final List<String> configIds;
    /** The configurations the time series and distributions show, in design order. */
    private final List<String> shown;
    private final SeriesColours shownColours;

    SweepCharts(SweepData data) throws ResultsFormatException {
        this(data, List.of());
    }

    /**
     * @param chosen configurations (ids or labels) the time series and distributions show; empty: all of
     *               them up to {@link #MAX_SHOWN}, else the selection of {@link #defaultSelection}
     * @throws ResultsFormatException when a chosen configuration is not in the design
     */
    SweepCharts(SweepData data, List<String> chosen) throws ResultsFormatException {
        this.data = data;
        this.colours = SeriesColours.of(data.labels());
        this.configIds = data.manifest.design().stream().map(DesignPoint::configId).toList();
        this.shown = chosen.isEmpty() ? defaultSelection() : chosen(chosen);
        this.shownColours = SeriesColours.of(shown.stream().map(data::label).toList());
    }

    /** The configurations the time series and distributions show. */
    List<String> shown() {
        return shown;
    }

    private List<String> chosen(List<String> names) throws ResultsFormatException {
        List<String> ids = new ArrayList<>();
        ids.add(data.referenceId());
        for (String name : names) {
            String id = data.manifest.design().stream()
                    .filter(d -> d.configId().equals(name.trim()) || d.label().equals(name.trim()))
                    .map(DesignPoint::configId).findFirst()
                    .orElseThrow(() -> new ResultsFormatException("--configs: no configuration '" + name.trim()
                            + "' in this sweep (give ids or labels from its design table, e.g. "
                            + String.join(", ", data.labels().subList(0, Math.min(3, data.labels().size()))) + ")"));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return configIds.stream().filter(ids::contains).toList();
    }

    /**
     * All configurations when they are few; otherwise the reference, each factor switched on alone, all
     * switched on, and the best configuration for the first outcome: the comparisons a reader asks for first.
     */
    List<String> defaultSelection() {
        if (configIds.size() <= MAX_SHOWN) {
            return configIds;
        }
        List<String> ids = new ArrayList<>();
        ids.add(data.referenceId());
        ids.addAll(forWhomConfigurations(Factorial.detect(data.manifest.design())));
        best(data.outcomes.isEmpty() ? null : data.outcomes.get(0)).ifPresent(ids::add);
        List<String> ordered = configIds.stream().filter(ids::contains).toList();
        return ordered.subList(0, Math.min(ordered.size(), MAX_SHOWN));
    }

    /** The configuration with the largest improvement over the reference in this outcome. */
    Optional<String> best(Metric metric) {
        if (metric == null) {
            return Optional.empty();
        }
        double sign = metric.higherIsBetter() ? 1 : -1;
        String best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (String id : configIds) {
            Optional<SweepData.Comparison> c = data.comparison(id, metric.name());
            if (c.isPresent() && !id.equals(data.referenceId()) && sign * c.get().meanDiff() > top) {
                top = sign * c.get().meanDiff();
                best = id;
            }
        }
        return Optional.ofNullable(best);
    }

    List<Figure> all() {
        List<Figure> figures = new ArrayList<>();
        for (Metric m : data.seriesMetrics) {
            timeSeries(m).ifPresent(figures::add);
        }
        for (Metric m : data.outcomes) {
            distribution(m).ifPresent(figures::add);
        }
        for (Metric m : data.outcomes) {
            forest(m).ifPresent(figures::add);
        }
        Optional<Factorial> factorial = Factorial.detect(data.manifest.design());
        if (factorial.isPresent()) {
            for (Metric m : data.outcomes) {
                figures.add(mainEffects(factorial.get(), m));
            }
            if (factorial.get().factors.size() >= 2) {
                for (Metric m : data.outcomes) {
                    figures.add(interactions(factorial.get(), m));
                }
            }
        }
        for (Metric gain : MetricRegistry.tagged(Tag.GAIN)) {
            tradeoff(gain).ifPresent(figures::add);
        }
        List<String> chosen = forWhomConfigurations(factorial);
        for (Metric m : data.outcomes) {
            if (m.has(Tag.BY_TYPE)) {
                forWhom(m, chosen).ifPresent(figures::add);
            }
        }
        return figures;
    }

    /** Most points a time-series line gets; longer runs are shown every k-th day so files stay small. */
    static final int MAX_POINTS_PER_LINE = 120;

    /** Plot every k-th day, k chosen so a line has at most {@link #MAX_POINTS_PER_LINE} points. */
    int dayStep() {
        int longest = data.county.values().stream().mapToInt(List::size).max().orElse(0);
        return Math.max(1, (int) Math.ceil(longest / (double) MAX_POINTS_PER_LINE));
    }

    /** Mean and 95% CI of each configuration's county series, every {@link #dayStep()}-th day and the last day. */
    YIntervalSeriesCollection timeSeriesDataset(Metric metric) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        int step = dayStep();
        for (String id : shown) {
            List<SweepData.Day> days = data.county.get(id);
            if (days == null) {
                continue;
            }
            YIntervalSeries s = new YIntervalSeries(data.label(id), true, false);
            for (int k = 0; k < days.size(); k++) {
                if (k % step != step - 1 && k != days.size() - 1) {
                    continue;
                }
                SweepData.Day d = days.get(k);
                double[] v = d.meanLowHigh().get(metric.name());
                if (!Double.isNaN(v[0])) {
                    s.add(d.day(), v[0], Double.isNaN(v[1]) ? v[0] : v[1], Double.isNaN(v[2]) ? v[0] : v[2]);
                }
            }
            dataset.addSeries(s);
        }
        return dataset;
    }

    Optional<Figure> timeSeries(Metric metric) {
        YIntervalSeriesCollection dataset = timeSeriesDataset(metric);
        if (dataset.getSeriesCount() == 0) {
            return Optional.empty();
        }
        IntSummaryStatistics n = data.county.values().stream().flatMap(List::stream)
                .mapToInt(SweepData.Day::n).filter(v -> v >= 0).summaryStatistics();
        int step = dayStep();
        String subtitle = nText(n, "replications per configuration") + "; mean with " + CI
                + (step > 1 ? "; one point every " + step + " days" : "") + selectionNote();
        String reference = data.label(data.referenceId());
        JFreeChart chart = TimeSeriesChart.auto(metric, dataset, subtitle, shownColours, reference);
        boolean multiples = dataset.getSeriesCount() > TimeSeriesChart.MAX_LINES_PER_PANEL;
        ChartSize size = multiples ? new ChartSize(7.0, 1.0 + 1.3 * (dataset.getSeriesCount() - 1)) : ChartSize.STANDARD;
        return Optional.of(new Figure("timeseries-" + metric.name(), TIME,
                metric.label() + " by day, county-wide: " + metric.description(), chart, size));
    }

    Optional<Figure> distribution(Metric metric) {
        List<String> labels = new ArrayList<>();
        List<BoxAndWhiskerItem> boxes = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        IntSummaryStatistics n = new IntSummaryStatistics();
        for (String id : shown) {
            Optional<SweepData.Summary> s = data.summary(id, metric.name());
            double[] runs = data.values(id, metric.name());
            if (s.isEmpty() || Double.isNaN(s.get().median())) {
                continue;
            }
            labels.add(data.label(id));
            boxes.add(DistributionChart.item(s.get().median(), s.get().q1(), s.get().q3(), runs));
            points.add(runs);
            n.accept(s.get().n());
        }
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        String window = data.manifest.summaryWindowDays() > 0
                ? "last " + data.manifest.summaryWindowDays() + " days; " : "";
        String subtitle = nText(n, "runs per configuration") + "; " + window
                + "box: quartiles, line: median, whiskers: 1.5 IQR, dots: runs" + selectionNote();
        JFreeChart chart = DistributionChart.create(metric, labels, DistributionChart.boxes(boxes),
                DistributionChart.jitteredPoints(labels, points), subtitle, shownColours);
        return Optional.of(new Figure("distribution-" + metric.name(), DISTRIBUTIONS,
                metric.label() + " per run, by configuration.", chart, ChartSize.STANDARD));
    }

    /** "; k of N configurations shown" when the time series and distributions leave some out. */
    private String selectionNote() {
        return shown.size() < configIds.size() ? "; " + shown.size() + " of " + configIds.size()
                + " configurations (all in the ranked effects)" : "";
    }

    /** Colour index of a ranked effect: blue when better than the reference, vermillion when worse, else black. */
    static final int BETTER = 4;
    static final int WORSE = 5;
    static final int UNCLEAR = 0;

    /**
     * Every configuration's paired difference from the reference on one axis, best first (in the
     * outcome's good direction), the reference itself as the zero row; coloured by whether the 95%
     * interval excludes zero.
     */
    Optional<Figure> forest(Metric metric) {
        record Row(String label, double mean, double low, double high, int colour) {
        }
        List<Row> ranked = new ArrayList<>();
        IntSummaryStatistics n = new IntSummaryStatistics();
        double sign = metric.higherIsBetter() ? 1 : -1;
        String reference = data.label(data.referenceId());
        for (String id : configIds) {
            if (id.equals(data.referenceId())) {
                ranked.add(new Row(reference + " (reference)", 0, 0, 0, UNCLEAR));
                continue;
            }
            Optional<SweepData.Comparison> c = data.comparison(id, metric.name());
            if (c.isPresent() && !Double.isNaN(c.get().meanDiff())) {
                SweepData.Comparison x = c.get();
                boolean clear = !Double.isNaN(x.ciLow()) && (x.ciLow() > 0 || x.ciHigh() < 0);
                int colour = !clear ? UNCLEAR : sign * x.meanDiff() > 0 ? BETTER : WORSE;
                ranked.add(new Row(data.label(id), x.meanDiff(), x.ciLow(), x.ciHigh(), colour));
                n.accept(x.nPairs());
            }
        }
        if (ranked.size() < 2) {
            return Optional.empty();
        }
        ranked.sort(java.util.Comparator.comparingDouble((Row r) -> -sign * r.mean()));
        List<String> labels = ranked.stream().map(Row::label).toList();
        YIntervalSeriesCollection dataset = ForestChart.dataset(labels,
                ranked.stream().mapToDouble(Row::mean).toArray(), ranked.stream().mapToDouble(Row::low).toArray(),
                ranked.stream().mapToDouble(Row::high).toArray());
        Map<String, Integer> colourOf = new HashMap<>();
        ranked.forEach(r -> colourOf.put(r.label(), r.colour()));
        SeriesColours bySign = key -> colourOf.getOrDefault(String.valueOf(key), UNCLEAR);
        String subtitle = nText(n, "paired replications per comparison") + "; " + CI
                + " of the paired difference; best first; blue: better than " + reference + ", vermillion: worse,"
                + " black: interval includes zero";
        JFreeChart chart = ForestChart.create(metric.label() + ": difference from " + reference + ", ranked",
                "Difference from " + reference + ", " + metric.axisLabel() + better(metric), labels, dataset, subtitle,
                bySign);
        return Optional.of(new Figure("effects-" + metric.name(), EFFECTS, "Paired difference of every configuration"
                + " from " + reference + " in " + metric.label().toLowerCase(Locale.ROOT) + ", ranked best first;"
                + " zero line dashed.", chart, new ChartSize(7.0, Math.max(2.5, 1.3 + 0.2 * labels.size()))));
    }

    /**
     * The configurations shown per community type: all of them when there are few; otherwise, in a
     * factorial, those that switch on a single factor and the one that switches on all.
     */
    List<String> forWhomConfigurations(Optional<Factorial> factorial) {
        String reference = data.referenceId();
        List<String> others = configIds.stream().filter(id -> !id.equals(reference)).toList();
        if (others.size() <= MAX_FOR_WHOM_CONFIGS || factorial.isEmpty()) {
            return others.subList(0, Math.min(others.size(), MAX_FOR_WHOM_CONFIGS));
        }
        Map<String, String> ref = data.manifest.design().stream().filter(p -> p.configId().equals(reference))
                .findFirst().map(DesignPoint::factors).orElse(Map.of());
        List<String> chosen = new ArrayList<>();
        String allOn = null;
        int most = -1;
        for (DesignPoint p : data.manifest.design()) {
            long changed = p.factors().entrySet().stream()
                    .filter(e -> !e.getValue().equals(ref.get(e.getKey()))).count();
            if (changed == 1) {
                chosen.add(p.configId());
            }
            if (changed > most) {
                most = (int) changed;
                allOn = p.configId();
            }
        }
        if (allOn != null && most > 1) {
            chosen.add(allOn);
        }
        return chosen;
    }

    /** Paired difference from the reference in each community type, for the chosen configurations. */
    Optional<Figure> forWhom(Metric metric, List<String> chosen) {
        List<String> labels = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        IntSummaryStatistics n = new IntSummaryStatistics();
        for (String id : chosen) {
            for (String type : TYPES) {
                data.byType.stream().filter(c -> c.configId().equals(id) && c.type().equals(type)
                        && c.metric().equals(metric.name())).findFirst().ifPresent(c -> {
                            labels.add(data.label(id) + " \u00b7 " + type);
                            rows.add(new double[] {c.meanDiff(), c.ciLow(), c.ciHigh()});
                            n.accept(c.nPairs());
                        });
            }
        }
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        String reference = data.label(data.referenceId());
        YIntervalSeriesCollection dataset = ForestChart.dataset(labels, column(rows, 0), column(rows, 1), column(rows, 2));
        SeriesColours byType = key -> {
            String k = String.valueOf(key);
            return TYPES.indexOf(k.substring(k.lastIndexOf(' ') + 1)) + 1;
        };
        String subtitle = nText(n, "paired replications per comparison") + "; " + CI
                + "; colour = community type (old urban, commodity housing, relocated)";
        JFreeChart chart = ForestChart.create(metric.label() + " by community type: difference from " + reference,
                "Difference from " + reference + ", " + metric.axisLabel() + better(metric), labels, dataset, subtitle,
                byType);
        return Optional.of(new Figure("for-whom-" + metric.name(), FOR_WHOM, "Paired difference from " + reference
                + " in " + metric.label().toLowerCase(Locale.ROOT) + " within each community type: who gains.",
                chart, new ChartSize(7.0, Math.max(2.5, 1.3 + 0.3 * labels.size()))));
    }

    Figure mainEffects(Factorial factorial, Metric metric) {
        Map<String, Map<Integer, Double>> values = byReplication(metric);
        List<String> names = factorial.factors.stream().map(Factorial.Factor::name).toList();
        double[][] est = new double[3][names.size()];
        IntSummaryStatistics n = new IntSummaryStatistics();
        for (int f = 0; f < names.size(); f++) {
            Factorial.Estimate e = factorial.mainEffect(f, values);
            est[0][f] = e.mean();
            est[1][f] = e.low();
            est[2][f] = e.high();
            n.accept(e.n());
        }
        YIntervalSeriesCollection dataset = ForestChart.dataset(names, est[0], est[1], est[2]);
        List<String> factorOrder = new ArrayList<>(names);
        SeriesColours factorColours = key -> factorOrder.indexOf(key) + 1;
        String subtitle = nText(n, "replications") + "; effect = mean over configurations with the factor on minus off, "
                + "per replication; " + CI;
        JFreeChart chart = ForestChart.create(metric.label() + ": main effects", "Main effect on "
                + metric.axisLabel() + better(metric), names, dataset, subtitle, factorColours);
        return new Figure("main-effects-" + metric.name(), FACTORIAL, "Main effect of each factor on "
                + metric.label().toLowerCase(Locale.ROOT) + ", averaged over the other factors (" + factorial.levels()
                + ").", chart, new ChartSize(7.0, Math.max(2.5, 1.3 + 0.35 * names.size())));
    }

    Figure interactions(Factorial factorial, Metric metric) {
        Map<String, Map<Integer, Double>> values = byReplication(metric);
        int k = factorial.factors.size();
        double[][] matrix = new double[k][k];
        IntSummaryStatistics n = new IntSummaryStatistics();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                Factorial.Estimate e = i == j ? factorial.mainEffect(i, values)
                        : j < i ? factorial.interaction(i, j, values) : null;
                matrix[i][j] = e == null ? Double.NaN : e.mean();
                if (e != null) {
                    n.accept(e.n());
                }
            }
        }
        List<String> names = factorial.factors.stream().map(Factorial.Factor::name).toList();
        String subtitle = nText(n, "replications") + "; diagonal: main effects, below: two-way interactions "
                + "(half the change in one factor's effect when the other is switched on)";
        JFreeChart chart = HeatMapChart.create(metric.label() + ": interactions", metric.unit(), names,
                HeatMapChart.dataset(matrix), subtitle);
        double side = Math.max(3.5, 1.8 + 0.6 * k);
        return new Figure("interactions-" + metric.name(), FACTORIAL, "Two-way interactions between factors for "
                + metric.label().toLowerCase(Locale.ROOT) + ".", chart, new ChartSize(side + 1.8, side));
    }

    Optional<Figure> tradeoff(Metric outcome) {
        Metric cost = MetricRegistry.find(COST);
        if (outcome == null || cost == null) {
            return Optional.empty();
        }
        String ref = data.referenceId();
        List<String> labels = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        IntSummaryStatistics n = new IntSummaryStatistics();
        double sign = outcome.higherIsBetter() ? 1 : -1;
        for (String id : configIds) {
            Optional<SweepData.Summary> c = data.summary(id, COST);
            if (c.isEmpty()) {
                continue;
            }
            double[] gain;
            if (id.equals(ref)) {
                gain = new double[] {0, 0, 0};
            } else {
                Optional<SweepData.Comparison> g = data.comparison(id, outcome.name());
                if (g.isEmpty()) {
                    continue;
                }
                double lo = sign * g.get().ciLow();
                double hi = sign * g.get().ciHigh();
                gain = new double[] {sign * g.get().meanDiff(), Math.min(lo, hi), Math.max(lo, hi)};
                n.accept(g.get().nPairs());
            }
            labels.add(data.label(id));
            rows.add(new double[] {c.get().mean(), c.get().ciLow(), c.get().ciHigh(), gain[0], gain[1], gain[2]});
        }
        if (labels.size() < 2) {
            return Optional.empty();
        }
        double[] x = column(rows, 0);
        double[] y = column(rows, 3);
        List<Integer> front = TradeoffChart.paretoFront(x, y);
        String subtitle = nText(n, "paired replications per configuration") + "; " + CI;
        JFreeChart chart = TradeoffChart.create(cost, outcome, TradeoffChart.dataset(labels, x, column(rows, 1),
                column(rows, 2), y, column(rows, 4), column(rows, 5)), front, subtitle, colours);
        return Optional.of(new Figure("tradeoff-" + outcome.name(), TRADEOFF, "Mean public spending against the gain in "
                + outcome.label().toLowerCase(Locale.ROOT) + " over " + data.label(ref) + "; Pareto-optimal: "
                + String.join(", ", front.stream().map(labels::get).toList()) + ".", chart, ChartSize.STANDARD));
    }

    private Map<String, Map<Integer, Double>> byReplication(Metric metric) {
        Map<String, Map<Integer, Double>> values = new HashMap<>();
        for (SweepData.Run r : data.runs) {
            values.computeIfAbsent(r.configId(), k -> new HashMap<>()).put(r.replication(), r.value(metric.name()));
        }
        return values;
    }

    private static double[] column(List<double[]> rows, int c) {
        return rows.stream().mapToDouble(r -> r[c]).toArray();
    }

    private static String better(Metric metric) {
        return metric.higherIsBetter() ? "; higher is better" : "";
    }

    /** "n = 20 replications per configuration", or a range when runs failed. */
    static String nText(IntSummaryStatistics n, String what) {
        if (n.getCount() == 0) {
            return "n unknown";
        }
        return n.getMin() == n.getMax() ? "n = " + n.getMin() + " " + what
                : "n = " + n.getMin() + "\u2013" + n.getMax() + " " + what;
    }
}
