package cogov.output.chart;

import cogov.metrics.Metric;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBoxAndWhiskerRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.BoxAndWhiskerXYDataset;
import org.jfree.data.statistics.DefaultBoxAndWhiskerXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Distribution of a run-level outcome per configuration: a box (quartiles, median, mean, whiskers)
 * at x = position, with every run drawn on top as a jittered point so small samples are not hidden
 * behind a box.
 */
public final class DistributionChart {

    /** Half the horizontal spread of the jittered points, in slot widths. */
    private static final double JITTER = 0.14;
    private static final double GOLDEN = 0.6180339887498949;

    private DistributionChart() {
    }

    /**
     * @param labels configuration labels; box item {@code i} and point series {@code i} sit at x = i
     * @param boxes  one series, item i at x = i (see {@link #boxes})
     * @param points one series per configuration, keyed by label (see {@link #jitteredPoints})
     */
    public static JFreeChart create(Metric metric, List<String> labels, BoxAndWhiskerXYDataset boxes, XYDataset points,
                                    String subtitle, SeriesColours colours) {
        SymbolAxis x = new SymbolAxis("Configuration", labels.toArray(new String[0]));
        x.setGridBandsVisible(false);
        x.setAutoRange(false);
        x.setRange(-0.5, labels.size() - 0.5);
        NumberAxis y = new NumberAxis(metric.axisLabel());
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(points, x, y, new PointRenderer(colours));
        plot.setDataset(1, boxes);
        plot.setRenderer(1, new BoxRenderer(labels, colours));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        ChartStyle.xyPlot(plot);
        plot.setDomainGridlinesVisible(false);
        x.setVerticalTickLabels(labels.size() > 6);
        return ChartStyle.chart(metric.label() + ": distribution over runs", subtitle, plot, false);
    }

    /** Box statistics in label order; item i is placed at x = i. */
    public static DefaultBoxAndWhiskerXYDataset boxes(List<BoxAndWhiskerItem> items) {
        DefaultBoxAndWhiskerXYDataset dataset = new DefaultBoxAndWhiskerXYDataset("runs");
        for (int i = 0; i < items.size(); i++) {
            dataset.add(new Date(i), items.get(i));
        }
        return dataset;
    }

    /**
     * One series per configuration (key = label) holding its runs at x = position plus a
     * deterministic jitter, so the same data always gives the same picture.
     */
    public static XYSeriesCollection jitteredPoints(List<String> labels, List<double[]> values) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (int i = 0; i < labels.size(); i++) {
            XYSeries series = new XYSeries(labels.get(i), false, true);
            double[] v = values.get(i);
            for (int k = 0; k < v.length; k++) {
                if (!Double.isNaN(v[k])) {
                    double offset = ((k * GOLDEN) % 1.0 - 0.5) * 2 * JITTER;
                    series.add(i + offset, v[k]);
                }
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    /**
     * Box statistics with Tukey whiskers (the most extreme runs within 1.5 IQR of the quartiles).
     * The mean is left out: the renderer would draw it as a disc as wide as the box, hiding the runs.
     */
    public static BoxAndWhiskerItem item(double median, double q1, double q3, double[] runs) {
        double iqr = q3 - q1;
        double lowFence = q1 - 1.5 * iqr;
        double highFence = q3 + 1.5 * iqr;
        double min = Double.NaN;
        double max = Double.NaN;
        for (double v : runs) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (v >= lowFence && (Double.isNaN(min) || v < min)) {
                min = v;
            }
            if (v <= highFence && (Double.isNaN(max) || v > max)) {
                max = v;
            }
        }
        min = Double.isNaN(min) ? q1 : Math.min(min, q1);
        max = Double.isNaN(max) ? q3 : Math.max(max, q3);
        return new BoxAndWhiskerItem(null, median, q1, q3, min, max, min, max, new ArrayList<>());
    }

    private static final class PointRenderer extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final transient SeriesColours colours;

        PointRenderer(SeriesColours colours) {
            super(false, true);
            this.colours = colours;
            setDrawOutlines(true);
            setUseOutlinePaint(true);
            setDefaultOutlinePaint(Color.WHITE);
            setDefaultOutlineStroke(new java.awt.BasicStroke(0.3f));
        }

        @Override
        public Paint lookupSeriesPaint(int series) {
            return ChartStyle.colour(this, series, colours);
        }

        @Override
        public Shape lookupSeriesShape(int series) {
            return ChartStyle.shape(this, series, colours);
        }
    }

    private static final class BoxRenderer extends XYBoxAndWhiskerRenderer {
        private static final long serialVersionUID = 1L;
        private final List<String> labels;
        private final transient SeriesColours colours;

        BoxRenderer(List<String> labels, SeriesColours colours) {
            this.labels = List.copyOf(labels);
            this.colours = colours;
            setFillBox(true);
            setArtifactPaint(new Color(0x555555));
            setSeriesPaint(0, new Color(0x555555));
            setDefaultStroke(ChartStyle.THIN);
            setSeriesStroke(0, ChartStyle.THIN);
            setSeriesOutlineStroke(0, ChartStyle.THIN);
        }

        @Override
        protected Paint lookupBoxPaint(int series, int item) {
            int index = item < labels.size() ? colours.indexOf(labels.get(item)) : -1;
            Color c = Palette.colour(index >= 0 ? index : item);
            return new Color(c.getRed(), c.getGreen(), c.getBlue(), 60);
        }
    }
}
