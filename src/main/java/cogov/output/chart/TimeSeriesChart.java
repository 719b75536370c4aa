package cogov.output.chart;

import cogov.metrics.Metric;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Metric over simulated days, one line per series (configuration, or community type in a single
 * run). When the dataset carries y intervals (a {@code YIntervalSeriesCollection} of mean and 95%
 * CI) each line gets a translucent band. The builder only reads the dataset it is given, so the
 * live GUI can pass a collection it keeps appending to.
 */
public final class TimeSeriesChart {

    /** More lines than this in one panel become unreadable: use {@link #smallMultiples}. */
    public static final int MAX_LINES_PER_PANEL = 8;

    private static final float BAND_ALPHA = 0.18f;

    private TimeSeriesChart() {
    }

    /** One panel, all series. */
    public static JFreeChart create(Metric metric, XYDataset dataset, String subtitle, SeriesColours colours) {
        XYPlot plot = new XYPlot(dataset, dayAxis(), valueAxis(metric.axisLabel()), renderer(dataset, colours, -1, -1));
        ChartStyle.xyPlot(plot);
        return ChartStyle.chart(metric.label(), subtitle, plot, true);
    }

    /**
     * One panel per series other than the reference, stacked on a shared day axis and a shared value
     * range; each panel also draws the reference series thinly for comparison.
     *
     * @param referenceKey key of the reference series, or null for none
     */
    public static JFreeChart smallMultiples(Metric metric, XYDataset dataset, String subtitle, SeriesColours colours,
                                            Comparable<?> referenceKey) {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(dayAxis());
        combined.setGap(6);
        int reference = referenceKey == null ? -1 : dataset.indexOf(referenceKey);
        Range range = DatasetUtils.findRangeBounds(dataset, true);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            if (s == reference) {
                continue;
            }
            NumberAxis y = valueAxis(metric.unit());
            if (range != null) {
                y.setAutoRange(false);
                y.setRange(Range.expand(range, 0.05, 0.05));
            }
            XYPlot panel = new XYPlot(dataset, null, y, renderer(dataset, colours, s, reference));
            ChartStyle.xyPlot(panel);
            TextTitle label = new TextTitle(String.valueOf(dataset.getSeriesKey(s)), ChartStyle.LABEL);
            label.setBackgroundPaint(new Color(255, 255, 255, 200));
            label.setPadding(new RectangleInsets(1, 3, 1, 3));
            panel.addAnnotation(new XYTitleAnnotation(0.01, 0.98, label, RectangleAnchor.TOP_LEFT));
            combined.add(panel, 1);
        }
        ChartStyle.xyPlot(combined);
        String note = reference >= 0 ? "; thin line: " + dataset.getSeriesKey(reference) : "";
        return ChartStyle.chart(metric.axisLabel(), subtitle + note, combined, false);
    }

    /** {@link #create} for up to {@link #MAX_LINES_PER_PANEL} series, {@link #smallMultiples} beyond. */
    public static JFreeChart auto(Metric metric, XYDataset dataset, String subtitle, SeriesColours colours,
                                  Comparable<?> referenceKey) {
        return dataset.getSeriesCount() > MAX_LINES_PER_PANEL
                ? smallMultiples(metric, dataset, subtitle, colours, referenceKey)
                : create(metric, dataset, subtitle, colours);
    }

    private static NumberAxis dayAxis() {
        NumberAxis x = new NumberAxis("Day");
        x.setAutoRangeIncludesZero(false);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setLowerMargin(0.0);
        x.setUpperMargin(0.0);
        ChartStyle.axis(x);
        return x;
    }

    private static NumberAxis valueAxis(String label) {
        NumberAxis y = new NumberAxis(label);
        y.setAutoRangeIncludesZero(false);
        ChartStyle.axis(y);
        return y;
    }

    /**
     * A renderer whose colours are looked up from the series key each time it paints.
     *
     * @param only      series to show (with {@code reference}), or -1 for all
     * @param reference series drawn thin in every panel, or -1
     */
    private static XYLineAndShapeRenderer renderer(XYDataset dataset, SeriesColours colours, int only, int reference) {
        XYLineAndShapeRenderer r = dataset instanceof IntervalXYDataset
                ? new KeyedDeviationRenderer(colours, reference)
                : new KeyedLineRenderer(colours, reference);
        if (only >= 0) {
            for (int s = 0; s < dataset.getSeriesCount(); s++) {
                r.setSeriesVisible(s, s == only || s == reference);
            }
        }
        return r;
    }

    /** Line and CI band, coloured by design index. */
    private static final class KeyedDeviationRenderer extends DeviationRenderer {
        private static final long serialVersionUID = 1L;
        private final transient SeriesColours colours;
        private final int reference;

        KeyedDeviationRenderer(SeriesColours colours, int reference) {
            super(true, false);
            this.colours = colours;
            this.reference = reference;
            setAlpha(BAND_ALPHA);
            setDrawSeriesLineAsPath(true);
        }

        @Override
        public Paint lookupSeriesPaint(int series) {
            return ChartStyle.colour(this, series, colours);
        }

        @Override
        public Paint lookupSeriesFillPaint(int series) {
            return ChartStyle.colour(this, series, colours);
        }

        @Override
        public Stroke lookupSeriesStroke(int series) {
            return series == reference ? ChartStyle.THIN : ChartStyle.line(ChartStyle.designIndex(this, series, colours));
        }

        @Override
        public Shape lookupLegendShape(int series) {
            return ChartStyle.shape(this, series, colours);
        }
    }

    /** Plain lines (no interval data), coloured by design index. */
    private static final class KeyedLineRenderer extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final transient SeriesColours colours;
        private final int reference;

        KeyedLineRenderer(SeriesColours colours, int reference) {
            super(true, false);
            this.colours = colours;
            this.reference = reference;
            setDrawSeriesLineAsPath(true);
        }

        @Override
        public Paint lookupSeriesPaint(int series) {
            return ChartStyle.colour(this, series, colours);
        }

        @Override
        public Stroke lookupSeriesStroke(int series) {
            return series == reference ? ChartStyle.THIN : ChartStyle.line(ChartStyle.designIndex(this, series, colours));
        }

        @Override
        public Shape lookupLegendShape(int series) {
            return ChartStyle.shape(this, series, colours);
        }
    }
}
