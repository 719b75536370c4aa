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

import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Live line charts of the county's key outcomes, one line per community type, fed by the metrics
 * collector's type rows. Rows arrive on the model thread; series change only on the Swing thread.
 */
public final class LiveCharts implements MetricsSink {
    /** The charted metrics (tagged {@link Tag#LIVE_CHART}), in panel order. */
    public static final List<String> METRICS = MetricRegistry.namesTagged(Tag.LIVE_CHART);

    /** Community types keep one colour in every chart: the shared palette, indexed by type. */
    private static final SeriesColours TYPE_COLOURS = SeriesColours.of(
            Arrays.stream(CommunityType.values()).map(CommunityType::key).toList());

    private final Map<String, XYSeriesCollection> datasets = new LinkedHashMap<>();
    private final Map<String, Map<CommunityType, XYSeries>> series = new LinkedHashMap<>();
    private final JPanel panel = new JPanel(new GridLayout(0, 2));
    private volatile int generation;

    public LiveCharts() {
        for (String name : METRICS) {
            Metric metric = MetricRegistry.find(name);
            XYSeriesCollection data = new XYSeriesCollection();
            datasets.put(name, data);
            series.put(name, new EnumMap<>(CommunityType.class));
            JFreeChart chart = TimeSeriesChart.create(metric, data, "live, one line per community type", TYPE_COLOURS);
            ChartPanel chartPanel = new ChartPanel(chart);
            chartPanel.setPreferredSize(new Dimension(420, 260));
            chartPanel.setMinimumDrawWidth(120);
            chartPanel.setMinimumDrawHeight(90);
            panel.add(chartPanel);
        }
    }

    /** The panel holding all charts, to be put in a frame. */
    public JPanel panel() {
        return panel;
    }

    /** The data behind one metric's chart. */
    public XYSeriesCollection dataset(String metric) {
        return datasets.get(metric);
    }

    /**
     * Empties every chart and prepares one line per type present. Callable from any thread: rows of
     * earlier runs still queued are dropped.
     */
    public void reset(List<CommunityType> types) {
        generation++;
        if (SwingUtilities.isEventDispatchThread()) {
            rebuild(types);
        } else {
            SwingUtilities.invokeLater(() -> rebuild(types));
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
}
