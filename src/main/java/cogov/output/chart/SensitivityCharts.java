package cogov.output.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of a sensitivity analysis, built like the others from plain arrays: Morris's mu*-sigma plane,
 * an index's convergence with the base sample size, and outcome-against-parameter scatter panels.
 * Bar-like index charts (tornado, S1 and ST, PRIM boxes) reuse {@link ForestChart}.
 */
public final class SensitivityCharts {

    private SensitivityCharts() {
    }

    /**
     * Morris's plane: mu* (with its 95% bootstrap interval) across, sigma up, one labelled point per
     * parameter. Points near the sigma = mu* line have effects that change sign or size across the space
     * (non-linear or interacting); points near the axis act linearly and alone.
     */
    public static JFreeChart muStarSigma(String title, String unitLabel, List<String> parameters, double[] muStar,
                                         double[] low, double[] high, double[] sigma, String subtitle) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        double max = 0;
        for (int i = 0; i < parameters.size(); i++) {
            XYIntervalSeries s = new XYIntervalSeries(parameters.get(i), false, true);
            if (Double.isFinite(muStar[i]) && Double.isFinite(sigma[i])) {
                double lo = Double.isFinite(low[i]) ? low[i] : muStar[i];
                double hi = Double.isFinite(high[i]) ? high[i] : muStar[i];
                s.add(muStar[i], lo, hi, sigma[i], sigma[i], sigma[i]);
                max = Math.max(max, Math.max(hi, sigma[i]));
            }
            data.addSeries(s);
        }
        NumberAxis x = new NumberAxis("mu*, mean |elementary effect| (" + unitLabel + " per whole range)");
        NumberAxis y = new NumberAxis("sigma, sd of elementary effects (" + unitLabel + ")");
        double top = max > 0 ? max * 1.1 : 1;
        x.setRange(0, top);
        y.setRange(0, top);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setDefaultLinesVisible(false);
        for (int i = 0; i < parameters.size(); i++) {
            renderer.setSeriesPaint(i, Palette.colour(i));
            renderer.setSeriesShape(i, Palette.shape(i));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ChartStyle.xyPlot(plot);
        XYSeriesCollection diagonal = new XYSeriesCollection();
        XYSeries line = new XYSeries("sigma = mu*");
        line.add(0, 0);
        line.add(top, top);
        diagonal.addSeries(line);
        XYLineAndShapeRenderer dashed = new XYLineAndShapeRenderer(true, false);
        dashed.setSeriesPaint(0, new Color(0x888888));
        dashed.setSeriesStroke(0, new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {3f, 2f}, 0f));
        dashed.setSeriesVisibleInLegend(0, false);
        plot.setDataset(1, diagonal);
        plot.setRenderer(1, dashed);
        for (int i = 0; i < parameters.size(); i++) {
            if (Double.isFinite(muStar[i]) && Double.isFinite(sigma[i])) {
                XYTextAnnotation label = new XYTextAnnotation(" " + parameters.get(i), muStar[i], sigma[i]);
                label.setFont(ChartStyle.ANNOTATION);
                label.setPaint(ChartStyle.TEXT);
                label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
                plot.addAnnotation(label);
            }
        }
        return ChartStyle.chart(title, subtitle, plot, false);
    }

    /**
     * An index against the base sample size (log 2 axis), one line per series with its 95% interval:
     * an index whose interval still shrinks or whose estimate still moves has not converged.
     *
     * @param n per series, the sample sizes; est/low/high the index at each
     */
    public static JFreeChart convergence(String title, String indexLabel, String sizeLabel, List<String> series,
                                         List<double[]> n, List<double[]> est, List<double[]> low, List<double[]> high,
                                         String subtitle) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        double minN = Double.POSITIVE_INFINITY;
        double maxN = 0;
        for (int s = 0; s < series.size(); s++) {
            XYIntervalSeries line = new XYIntervalSeries(series.get(s), true, true);
            double offset = Math.pow(2, (s - (series.size() - 1) / 2.0) * 0.04);
            for (int i = 0; i < n.get(s).length; i++) {
                double e = est.get(s)[i];
                if (Double.isFinite(e)) {
                    double x = n.get(s)[i] * offset;
                    double lo = Double.isFinite(low.get(s)[i]) ? low.get(s)[i] : e;
                    double hi = Double.isFinite(high.get(s)[i]) ? high.get(s)[i] : e;
                    line.add(x, x, x, e, lo, hi);
                    minN = Math.min(minN, n.get(s)[i]);
                    maxN = Math.max(maxN, n.get(s)[i]);
                }
            }
            data.addSeries(line);
        }
        LogAxis x = new LogAxis(sizeLabel + " (log scale)");
        x.setBase(2);
        x.setTickUnit(new NumberTickUnit(1));
        x.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        if (maxN > 0) {
            x.setRange(minN / 1.3, maxN * 1.3);
        }
        NumberAxis y = new NumberAxis(indexLabel);
        y.setAutoRangeIncludesZero(true);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, Palette.colour(s));
            renderer.setSeriesShape(s, Palette.shape(s));
            renderer.setSeriesStroke(s, ChartStyle.LINE);
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ChartStyle.xyPlot(plot);
        return ChartStyle.chart(title, subtitle, plot, true);
    }

    /**
     * The outcome (seed mean of each design point) against each parameter, one panel per parameter
     * sharing the outcome axis: the shape a single index summarises.
     */
    public static JFreeChart scatter(String title, String outcomeLabel, List<String> parameters, double[][] x,
                                     double[] y, String subtitle) {
        NumberAxis outcome = new NumberAxis(outcomeLabel);
        outcome.setAutoRangeIncludesZero(false);
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(outcome);
        combined.setGap(6);
        for (int i = 0; i < parameters.size(); i++) {
            XYSeries points = new XYSeries(parameters.get(i), false, true);
            for (int p = 0; p < y.length; p++) {
                if (Double.isFinite(x[p][i]) && Double.isFinite(y[p])) {
                    points.add(x[p][i], y[p]);
                }
            }
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
            r.setSeriesPaint(0, Palette.translucent(i, 150));
            r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-1.5, -1.5, 3, 3));
            NumberAxis axis = new NumberAxis(parameters.get(i));
            axis.setLabelFont(ChartStyle.ANNOTATION);
            axis.setAutoRangeIncludesZero(false);
            XYPlot plot = new XYPlot(new XYSeriesCollection(points), axis, null, r);
            ChartStyle.xyPlot(plot);
            combined.add(plot, 1);
        }
        ChartStyle.axis(outcome);
        return ChartStyle.chart(title, subtitle, combined, false);
    }
}
