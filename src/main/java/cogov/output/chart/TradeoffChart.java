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
        labels(plot, points, front);
        String labelled = points.getSeriesCount() > MAX_LABELLED ? "; labelled: the first configuration and the front"
                : "";
        return ChartStyle.chart(outcome.label() + " gain against cost", subtitle + "; * and dashed line: Pareto front"
                + labelled, plot, false);
    }

    /** With more points than this, only the first (the reference) and the Pareto front are labelled. */
    public static final int MAX_LABELLED = 10;
    /** Size of the plot area the label boxes are estimated against (points), for a standard chart. */
    private static final double PLOT_WIDTH = 430;
    private static final double PLOT_HEIGHT = 240;

    /**
     * Labels the points, skipping any label whose estimated box would overlap one already placed: first
     * the first series (the reference), then the front from its cheap end, then (when few) the rest. A
     * label goes right of its point, or left when the right is taken.
     */
    private static void labels(XYPlot plot, XYIntervalSeriesCollection points, List<Integer> front) {
        List<Integer> order = new java.util.ArrayList<>();
        order.add(0);
        front.stream().filter(i -> i != 0).forEach(order::add);
        if (points.getSeriesCount() <= MAX_LABELLED) {
            for (int s = 1; s < points.getSeriesCount(); s++) {
                if (!order.contains(s)) {
                    order.add(s);
                }
            }
        }
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int s = 0; s < points.getSeriesCount(); s++) {
            if (points.getItemCount(s) > 0) {
                minX = Math.min(minX, points.getXValue(s, 0));
                maxX = Math.max(maxX, points.getXValue(s, 0));
                minY = Math.min(minY, Math.min(0, points.getYValue(s, 0)));
                maxY = Math.max(maxY, points.getYValue(s, 0));
            }
        }
        double perPointX = Math.max(maxX - minX, 1e-12) / PLOT_WIDTH;
        double perPointY = Math.max(maxY - minY, 1e-12) / PLOT_HEIGHT;
        double fontSize = ChartStyle.ANNOTATION.getSize2D();
        List<double[]> placed = new java.util.ArrayList<>();
        for (int s : order) {
            if (s >= points.getSeriesCount() || points.getItemCount(s) == 0) {
                continue;
            }
            String text = points.getSeriesKey(s) + (front.contains(s) ? " *" : "");
            double x = points.getXValue(s, 0);
            double y = points.getYValue(s, 0);
            double w = (0.6 * fontSize * text.length() + 6) * perPointX;
            double h = (fontSize + 2) * perPointY;
            double[] right = {x + 3 * perPointX, y, x + 3 * perPointX + w, y + h};
            double[] left = {x - 3 * perPointX - w, y, x - 3 * perPointX, y + h};
            double[] box = free(right, placed) ? right : free(left, placed) ? left : null;
            if (box == null) {
                continue;
            }
            placed.add(box);
            boolean toRight = box == right;
            XYTextAnnotation label = new XYTextAnnotation(toRight ? "  " + text : text + "  ", x, y);
            label.setFont(ChartStyle.ANNOTATION);
            label.setPaint(ChartStyle.TEXT);
            label.setTextAnchor(toRight ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
            plot.addAnnotation(label);
        }
    }

    private static boolean free(double[] box, List<double[]> placed) {
        for (double[] p : placed) {
            if (box[0] < p[2] && p[0] < box[2] && box[1] < p[3] && p[1] < box[3]) {
                return false;
            }
        }
        return true;
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
