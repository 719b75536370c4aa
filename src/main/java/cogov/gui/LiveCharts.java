package cogov.gui;

import cogov.config.CommunityType;
import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsRow;
import cogov.metrics.MetricsSink;
import cogov.metrics.Scope;
import cogov.metrics.Tag;
import cogov.output.chart.SeriesColours;
import cogov.output.chart.TimeSeriesChart;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Live line charts of the county's key outcomes. In a single run, one line per community type, fed by
 * the metrics collector's type rows. In a twin run, two charts per metric: the configuration and the
 * reference (county rows, same seed), and their difference, with the mean difference over the completed
 * replications and its paired 95% interval as a band. Rows arrive on the model thread; series change
 * only on the Swing thread.
 */
public final class LiveCharts implements MetricsSink {
    /** The charted metrics (tagged {@link Tag#LIVE_CHART}), in panel order. */
    public static final List<String> METRICS = MetricRegistry.namesTagged(Tag.LIVE_CHART);

    /** Twin run: the series of the sides chart. */
    public static final String CONFIGURATION = "configuration";
    public static final String REFERENCE = "reference";
    /** Twin run: the series of the difference chart. */
    public static final String THIS_REPLICATION = "difference, this replication";
    public static final String MEAN_DIFFERENCE = "mean difference, 95% CI";

    /** Community types keep one colour in every chart: the shared palette, indexed by type. */
    private static final SeriesColours TYPE_COLOURS = SeriesColours.of(
            Arrays.stream(CommunityType.values()).map(CommunityType::key).toList());
    private static final SeriesColours TWIN_COLOURS = SeriesColours.of(List.of(REFERENCE, CONFIGURATION));
    private static final SeriesColours DIFFERENCE_COLOURS = SeriesColours.of(List.of(MEAN_DIFFERENCE,
            THIS_REPLICATION));
    private static final String TYPES_CARD = "types";
    private static final String TWIN_CARD = "twin";

    private final Map<String, XYSeriesCollection> datasets = new LinkedHashMap<>();
    private final Map<String, Map<CommunityType, XYSeries>> series = new LinkedHashMap<>();
    private final Map<String, XYSeriesCollection> sides = new LinkedHashMap<>();
    private final Map<String, YIntervalSeriesCollection> differences = new LinkedHashMap<>();
    private final Map<String, JFreeChart> charts = new LinkedHashMap<>();
    private final CardLayout cards = new CardLayout();
    private final JPanel panel = new JPanel(cards);
    private volatile int generation;
    private volatile boolean twin;

    public LiveCharts() {
        JPanel types = new JPanel(new GridLayout(0, 2));
        JPanel twins = new JPanel(new GridLayout(0, 2));
        for (String name : METRICS) {
            Metric metric = MetricRegistry.find(name);
            XYSeriesCollection data = new XYSeriesCollection();
            datasets.put(name, data);
            series.put(name, new EnumMap<>(CommunityType.class));
            JFreeChart chart = TimeSeriesChart.create(metric, data, "live, one line per community type", TYPE_COLOURS);
            charts.put(name, chart);
            types.add(chartPanel(chart));

            XYSeriesCollection both = new XYSeriesCollection();
            both.addSeries(new XYSeries(CONFIGURATION, true, false));
            both.addSeries(new XYSeries(REFERENCE, true, false));
            sides.put(name, both);
            JFreeChart sidesChart = TimeSeriesChart.create(metric, both, "twin run, county, same seed", TWIN_COLOURS);
            charts.put(name + ".twin", sidesChart);
            twins.add(chartPanel(sidesChart));
            YIntervalSeriesCollection diff = new YIntervalSeriesCollection();
            diff.addSeries(new YIntervalSeries(MEAN_DIFFERENCE, true, false));
            diff.addSeries(new YIntervalSeries(THIS_REPLICATION, true, false));
            differences.put(name, diff);
            JFreeChart diffChart = TimeSeriesChart.create(metric, diff, "configuration minus reference", DIFFERENCE_COLOURS);
            charts.put(name + ".difference", diffChart);
            twins.add(chartPanel(diffChart));
        }
        panel.add(new JScrollPane(types), TYPES_CARD);
        panel.add(new JScrollPane(twins), TWIN_CARD);
    }

    private static ChartPanel chartPanel(JFreeChart chart) {
        ChartPanel chartPanel = new ChartPanel(chart);
        chartPanel.setPreferredSize(new Dimension(420, 260));
        chartPanel.setMinimumDrawWidth(120);
        chartPanel.setMinimumDrawHeight(90);
        return chartPanel;
    }

    /** The panel holding all charts, to be put in a frame. */
    public JPanel panel() {
        return panel;
    }

    /** The data behind one metric's chart of a single run (one line per community type). */
    public XYSeriesCollection dataset(String metric) {
        return datasets.get(metric);
    }

    /** Twin run: the configuration and reference lines of one metric. */
    public XYSeriesCollection sides(String metric) {
        return sides.get(metric);
    }

    /** Twin run: this replication's difference and the running mean difference with its interval. */
    public YIntervalSeriesCollection difference(String metric) {
        return differences.get(metric);
    }

    /**
     * Every chart by name: a metric's name for its single-run chart, {@code NAME.twin} for its twin-run
     * sides and {@code NAME.difference} for its difference chart (for snapshots).
     */
    public Map<String, JFreeChart> charts() {
        return charts;
    }

    /** Whether the twin-run charts are shown. */
    public boolean twin() {
        return twin;
    }

    /**
     * Empties every chart of a single run and prepares one line per type present. Callable from any
     * thread: rows of earlier runs still queued are dropped.
     */
    public void reset(List<CommunityType> types) {
        generation++;
        twin = false;
        onSwing(() -> {
            rebuild(types);
            cards.show(panel, TYPES_CARD);
        });
    }

    /**
     * Twin run: empties the configuration, reference and this-replication lines (a new replication);
     * with {@code firstReplication}, the running mean difference too.
     */
    public void resetTwin(boolean firstReplication) {
        generation++;
        twin = true;
        onSwing(() -> {
            for (String name : METRICS) {
                sides.get(name).getSeries(0).clear();
                sides.get(name).getSeries(1).clear();
                differences.get(name).getSeries(1).clear();
                if (firstReplication) {
                    differences.get(name).getSeries(0).clear();
                }
            }
            cards.show(panel, TWIN_CARD);
        });
    }

    private static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }

    private void rebuild(List<CommunityType> types) {
        for (String name : METRICS) {
            XYSeriesCollection data = datasets.get(name);
            data.removeAllSeries();
            Map<CommunityType, XYSeries> lines = series.get(name);
            lines.clear();
            for (CommunityType type : types) {
                XYSeries s = new XYSeries(type.key(), true, false);
                lines.put(type, s);
                data.addSeries(s);
            }
        }
    }

    @Override
    public void accept(List<MetricsRow> dayRows) {
        if (twin) {
            return;
        }
        List<MetricsRow> typeRows = new ArrayList<>();
        for (MetricsRow row : dayRows) {
            if (row.scope() == Scope.TYPE) {
                typeRows.add(row);
            }
        }
        int g = generation;
        SwingUtilities.invokeLater(() -> add(typeRows, g));
    }

    private void add(List<MetricsRow> typeRows, int rowsGeneration) {
        if (rowsGeneration != generation) {
            return;
        }
        for (MetricsRow row : typeRows) {
            CommunityType type = CommunityType.fromKey(row.unit());
            for (String name : METRICS) {
                XYSeries s = series.get(name).get(type);
                if (s != null) {
                    s.add(row.day(), row.get(name));
                }
            }
        }
    }

    /**
     * Twin run: one day of both sides, by metric in {@link #METRICS} order (county values); the difference
     * line gets configuration minus reference.
     */
    public void twinDay(int day, double[] configuration, double[] reference) {
        int g = generation;
        double[] c = configuration.clone();
        double[] r = reference.clone();
        SwingUtilities.invokeLater(() -> {
            if (g != generation) {
                return;
            }
            for (int m = 0; m < METRICS.size(); m++) {
                String name = METRICS.get(m);
                sides.get(name).getSeries(0).add(day, c[m]);
                sides.get(name).getSeries(1).add(day, r[m]);
                double d = c[m] - r[m];
                differences.get(name).getSeries(1).add(day, d, d, d);
            }
        });
    }

    /** Twin run: replaces the running mean difference and its interval, by metric and day. */
    public void twinBands(PairedReplications paired, int days) {
        List<PairedReplications.Interval[]> bands = new ArrayList<>();
        for (int m = 0; m < METRICS.size(); m++) {
            PairedReplications.Interval[] byDay = new PairedReplications.Interval[days + 1];
            for (int d = 1; d <= days; d++) {
                byDay[d] = paired.at(m, d);
            }
            bands.add(byDay);
        }
        SwingUtilities.invokeLater(() -> {
            for (int m = 0; m < METRICS.size(); m++) {
                YIntervalSeries band = differences.get(METRICS.get(m)).getSeries(0);
                band.clear();
                for (int d = 1; d <= days; d++) {
                    PairedReplications.Interval i = bands.get(m)[d];
                    if (Double.isFinite(i.mean())) {
                        boolean ci = Double.isFinite(i.lo());
                        band.add(d, i.mean(), ci ? i.lo() : i.mean(), ci ? i.hi() : i.mean());
                    }
                }
            }
        });
    }
}
