package cogov.output.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of a weighted posterior sample: the pairwise scatter of two parameters (each particle a dot
 * whose darkness grows with its weight) and the weighted histogram of one parameter.
 */
public final class PosteriorChart {

    private PosteriorChart() {
    }

    /** Particles in the plane of two parameters; weights shade the dots (heaviest darkest). */
    public static JFreeChart pair(String title, String xLabel, double[] x, String yLabel, double[] y, double[] weights,
                                  String subtitle) {
        double max = 0;
        for (double w : weights) {
            max = Math.max(max, w);
        }
        double[] shade = new double[weights.length];
        for (int i = 0; i < shade.length; i++) {
            shade[i] = max > 0 ? weights[i] / max : 1;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("particles", new double[][] {x.clone(), y.clone(), shade});
        XYShapeRenderer renderer = new XYShapeRenderer();
        renderer.setDefaultShape(new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setPaintScale(new WeightShade());
        renderer.setDrawOutlines(false);
        NumberAxis xAxis = new NumberAxis(xLabel);
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis yAxis = new NumberAxis(yLabel);
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        ChartStyle.xyPlot(plot);
        return ChartStyle.chart(title, subtitle, plot, false);
    }

    /** Blue dots whose opacity grows with the particle's weight relative to the heaviest. */
    private static final class WeightShade implements PaintScale, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public Paint getPaint(double value) {
            int alpha = (int) Math.round(40 + 215 * Math.max(0, Math.min(1, value)));
            return new Color(0x00, 0x72, 0xB2, alpha);
        }
    }

    /** Weighted histogram of one parameter over {@code bins} equal bins between its smallest and largest value. */
    public static JFreeChart marginal(String title, String label, double[] x, double[] weights, int bins,
                                      String subtitle) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double width = hi > lo ? (hi - lo) / bins : 1;
        double[] mass = new double[bins];
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            int b = Math.min(bins - 1, (int) ((x[i] - lo) / width));
            mass[b] += weights[i];
            total += weights[i];
        }
        XYSeries s = new XYSeries("posterior");
        for (int b = 0; b < bins; b++) {
            s.add(lo + (b + 0.5) * width, total > 0 ? mass[b] / total / width : 0);
        }
        XYSeriesCollection data = new XYSeriesCollection(s);
        data.setIntervalWidth(width);
        XYBarRenderer renderer = new XYBarRenderer(0.05);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x0072B2));
        NumberAxis xAxis = new NumberAxis(label);
        xAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xAxis, new NumberAxis("posterior density"), renderer);
        ChartStyle.xyPlot(plot);
        return ChartStyle.chart(title, subtitle, plot, false);
    }
}
