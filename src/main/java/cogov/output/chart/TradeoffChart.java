package cogov.output.chart;

import cogov.metrics.Metric;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Cost against outcome gain, one point (with 95% CIs on both axes) per configuration; the Pareto
 * front (no other configuration is both cheaper and better) is joined by a dashed line and its
 * points are ringed.
 */
public final class TradeoffChart {

    /** Series key of the Pareto front line in the second dataset. */
    public static final String FRONT_KEY = "Pareto front";

    private TradeoffChart() {
    }

    /**
     * @param points one series per configuration, keyed by label, one item (cost, gain) with CIs
     * @param front  indices (into {@code points}' series) of the Pareto-optimal configurations
     */
    public static JFreeChart create(Metric cost, Metric outcome, XYIntervalSeriesCollection points, List<Integer> front,
                                    String subtitle, SeriesColours colours) {
        NumberAxis x = new NumberAxis(cost.axisLabel());
        x.setAutoRangeIncludesZero(false);
        String direction = outcome.higherIsBetter() ? "" : ", sign flipped: up is better";
        NumberAxis y = new NumberAxis("Gain in " + outcome.label().toLowerCase(java.util.Locale.ROOT)
                + " vs reference (" + outcome.unit() + direction + ")");
        y.setAutoRangeIncludesZero(true);
        y.setAutoRangeStickyZero(false);
        XYPlot plot = new XYPlot(points, x, y, new KeyedErrorRenderer(colours, 3.0, 0.8f));
        plot.setDataset(1, frontLine(points, front));
        plot.setRenderer(1, frontRenderer());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        ChartStyle.xyPlot(plot);
        plot.addRangeMarker(new ValueMarker(0.0, new Color(0x888888), ChartStyle.THIN));
        for (int s = 0; s < points.getSeriesCount(); s++) {
            if (points.getItemCount(s) == 0) {
                continue;
            }
            boolean onFront = front.contains(s);
            XYTextAnnotation label = new XYTextAnnotation("   " + points.getSeriesKey(s) + (onFront ? " *" : ""),
                    points.getXValue(s, 0), points.getYValue(s, 0));
            label.setFont(ChartStyle.ANNOTATION);
            label.setPaint(ChartStyle.TEXT);
            label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(label);
        }
        return ChartStyle.chart(outcome.label() + " gain against cost", subtitle + "; * and dashed line: Pareto front",
                plot, false);
    }

    /** One series per label with a single item (cost, gain) and their confidence intervals. */
    public static XYIntervalSeriesCollection dataset(List<String> labels, double[] cost, double[] costLow,
                                                     double[] costHigh, double[] gain, double[] gainLow,
                                                     double[] gainHigh) {
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        for (int i = 0; i < labels.size(); i++) {
            XYIntervalSeries s = new XYIntervalSeries(labels.get(i), false, true);
            if (!Double.isNaN(cost[i]) && !Double.isNaN(gain[i])) {
                s.add(cost[i], orSelf(costLow[i], cost[i]), orSelf(costHigh[i], cost[i]),
                        gain[i], orSelf(gainLow[i], gain[i]), orSelf(gainHigh[i], gain[i]));
            }
            dataset.addSeries(s);
        }
        return dataset;
    }

    /**
     * Indices of the points no other point dominates (cost no higher and gain no lower, one of them
     * strictly), ordered by cost. NaN points are never on the front.
     */
    public static List<Integer> paretoFront(double[] cost, double[] gain) {
        List<Integer> front = new ArrayList<>();
        for (int i = 0; i < cost.length; i++) {
            if (Double.isNaN(cost[i]) || Double.isNaN(gain[i])) {
                continue;
            }
            boolean dominated = false;
            for (int j = 0; j < cost.length && !dominated; j++) {
                if (j != i && !Double.isNaN(cost[j]) && !Double.isNaN(gain[j])) {
                    dominated = cost[j] <= cost[i] && gain[j] >= gain[i] && (cost[j] < cost[i] || gain[j] > gain[i]);
                }
            }
            if (!dominated) {
                front.add(i);
            }
        }
        front.sort(Comparator.comparingDouble(i -> cost[i]));
        return front;
    }

    private static double orSelf(double v, double fallback) {
        return Double.isNaN(v) ? fallback : v;
    }

    private static XYSeriesCollection frontLine(XYIntervalSeriesCollection points, List<Integer> front) {
        XYSeries line = new XYSeries(FRONT_KEY, false, true);
        for (int s : front) {
            line.add(points.getXValue(s, 0), points.getYValue(s, 0));
        }
        return new XYSeriesCollection(line);
    }

    private static XYLineAndShapeRenderer frontRenderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        Stroke dashed = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 3f}, 0f);
        r.setSeriesPaint(0, new Color(0x444444));
        r.setSeriesStroke(0, dashed);
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        r.setSeriesShapesFilled(0, false);
        r.setSeriesOutlineStroke(0, new BasicStroke(0.8f));
        return r;
    }

}
