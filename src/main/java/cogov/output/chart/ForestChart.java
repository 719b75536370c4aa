package cogov.output.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Point estimates with 95% confidence intervals, one row per item, and the zero line marked: used
 * for each configuration's paired difference from the reference and for factorial main effects.
 */
public final class ForestChart {

    private ForestChart() {
    }

    /**
     * @param rowLabels  the rows from top to bottom; series {@code i} of the dataset sits on row i
     * @param dataset    one series per row, keyed by the row label, one item at x = row index
     *                   (see {@link #dataset})
     * @param valueLabel label of the value axis (difference or effect, with unit)
     */
    public static JFreeChart create(String title, String valueLabel, List<String> rowLabels,
                                    YIntervalSeriesCollection dataset, String subtitle, SeriesColours colours) {
        SymbolAxis rows = new SymbolAxis(null, rowLabels.toArray(new String[0]));
        rows.setGridBandsVisible(false);
        rows.setAutoRange(false);
        rows.setRange(-0.6, rowLabels.size() - 0.4);
        rows.setInverted(true);
        NumberAxis values = new NumberAxis(valueLabel);
        values.setAutoRangeIncludesZero(true);
        values.setAutoRangeStickyZero(false);
        XYPlot plot = new XYPlot(dataset, rows, values, forestRenderer(colours));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ChartStyle.xyPlot(plot);
        plot.setDomainGridlinesVisible(false);
        ValueMarker zero = new ValueMarker(0.0, new Color(0x444444), new BasicStroke(0.8f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
        plot.addRangeMarker(zero);
        return ChartStyle.chart(title, subtitle, plot, false);
    }

    /** Builds the dataset: row i gets a series keyed by its label with one item (i, mean, low, high). */
    public static YIntervalSeriesCollection dataset(List<String> rowLabels, double[] mean, double[] low, double[] high) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        for (int i = 0; i < rowLabels.size(); i++) {
            YIntervalSeries s = new YIntervalSeries(rowLabels.get(i), false, true);
            if (!Double.isNaN(mean[i])) {
                double lo = Double.isNaN(low[i]) ? mean[i] : low[i];
                double hi = Double.isNaN(high[i]) ? mean[i] : high[i];
                s.add(i, mean[i], lo, hi);
            }
            dataset.addSeries(s);
        }
        return dataset;
    }

    private static KeyedErrorRenderer forestRenderer(SeriesColours colours) {
        KeyedErrorRenderer r = new KeyedErrorRenderer(colours, 5.0, 1.2f);
        r.setDrawXError(false);
        r.setDrawYError(true);
        return r;
    }
}
