package cogov.output.chart;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * A square matrix of effects between factors (two-way interactions off the diagonal, main effects on
 * it), coloured on a diverging blue-white-vermillion scale symmetric around zero, each cell labelled
 * with its value.
 */
public final class HeatMapChart {

    private static final Color NEGATIVE = Palette.colour(4);
    private static final Color POSITIVE = Palette.colour(5);

    private HeatMapChart() {
    }

    /**
     * @param labels  the factor names; cell (x = j, y = i) holds the effect of factors i and j
     * @param dataset one series; see {@link #dataset}
     */
    public static JFreeChart create(String title, String valueLabel, List<String> labels, XYZDataset dataset,
                                    String subtitle) {
        double max = 0;
        for (int i = 0; i < dataset.getItemCount(0); i++) {
            double z = dataset.getZValue(0, i);
            if (!Double.isNaN(z)) {
                max = Math.max(max, Math.abs(z));
            }
        }
        max = max > 0 ? max : 1;
        String[] names = labels.toArray(new String[0]);
        SymbolAxis x = symbolAxis(names);
        SymbolAxis y = symbolAxis(names);
        y.setInverted(true);
        XYBlockRenderer renderer = new XYBlockRenderer();
        Diverging scale = new Diverging(max);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        ChartStyle.xyPlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (int i = 0; i < dataset.getItemCount(0); i++) {
            double z = dataset.getZValue(0, i);
            if (!Double.isNaN(z)) {
                XYTextAnnotation text = new XYTextAnnotation(String.format(Locale.ROOT, "%.3g", z),
                        dataset.getXValue(0, i), dataset.getYValue(0, i));
                text.setFont(ChartStyle.LABEL);
                text.setPaint(Math.abs(z) > 0.6 * max ? Color.WHITE : ChartStyle.TEXT);
                plot.addAnnotation(text);
            }
        }
        JFreeChart chart = ChartStyle.chart(title, subtitle, plot, false);
        NumberAxis legendAxis = new NumberAxis(valueLabel);
        ChartStyle.axis(legendAxis);
        legendAxis.setRange(-max, max);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(4, 8, 4, 4));
        legend.setStripWidth(10);
        legend.setSubdivisionCount(64);
        chart.addSubtitle(legend);
        return chart;
    }

    /** Cell (j, i) = values[i][j] for every non-NaN entry. */
    public static DefaultXYZDataset dataset(double[][] values) {
        int count = 0;
        for (double[] row : values) {
            for (double v : row) {
                count += Double.isNaN(v) ? 0 : 1;
            }
        }
        double[][] data = new double[3][count];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values[i].length; j++) {
                if (!Double.isNaN(values[i][j])) {
                    data[0][k] = j;
                    data[1][k] = i;
                    data[2][k] = values[i][j];
                    k++;
                }
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("effects", data);
        return dataset;
    }

    private static SymbolAxis symbolAxis(String[] names) {
        SymbolAxis axis = new SymbolAxis(null, names);
        axis.setGridBandsVisible(false);
        axis.setAutoRange(false);
        axis.setRange(-0.5, names.length - 0.5);
        ChartStyle.axis(axis);
        return axis;
    }

    /** Blue below zero, white at zero, vermillion above; symmetric so zero is always white. */
    private static final class Diverging implements PaintScale, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final double max;

        Diverging(double max) {
            this.max = max;
        }

        @Override
        public double getLowerBound() {
            return -max;
        }

        @Override
        public double getUpperBound() {
            return max;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(-1, Math.min(1, value / max));
            Color end = t < 0 ? NEGATIVE : POSITIVE;
            double a = Math.abs(t);
            return new Color(mix(255, end.getRed(), a), mix(255, end.getGreen(), a), mix(255, end.getBlue(), a));
        }

        private static int mix(int from, int to, double a) {
            return (int) Math.round(from + (to - from) * a);
        }
    }
}
