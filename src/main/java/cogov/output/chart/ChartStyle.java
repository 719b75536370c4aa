package cogov.output.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;

/** The one look shared by every chart: fonts sized for print, white background, light grid. */
final class ChartStyle {

    static final Font TITLE = ChartFonts.font(Font.BOLD, 12);
    static final Font SUBTITLE = ChartFonts.font(Font.PLAIN, 8);
    static final Font LABEL = ChartFonts.font(Font.PLAIN, 9);
    static final Font TICK = ChartFonts.font(Font.PLAIN, 8);
    static final Font ANNOTATION = ChartFonts.font(Font.PLAIN, 7);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color TEXT = new Color(0x222222);
    static final BasicStroke LINE = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke THIN = new BasicStroke(0.6f);
    /** Dash patterns that, with the colours, keep up to 32 lines apart (and apart in greyscale). */
    private static final float[][] DASHES = {null, {6f, 2.5f}, {1.5f, 2f}, {6f, 2f, 1.5f, 2f}};

    /** The line of the series at this design index: solid for the first eight, then dashed, dotted, dash-dot. */
    static BasicStroke line(int designIndex) {
        float[] dash = DASHES[Math.floorMod(designIndex / Palette.OKABE_ITO.size(), DASHES.length)];
        return dash == null ? LINE : new BasicStroke(LINE.getLineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                10f, dash, 0f);
    }

    private ChartStyle() {
    }

    /** Wraps a plot in a chart with title, subtitle (the n and CI statement) and a bottom legend. */
    static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        chart.getTitle().setPaint(TEXT);
        if (subtitle != null && !subtitle.isBlank()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(TEXT);
            sub.setPadding(new RectangleInsets(2, 0, 4, 0));
            chart.addSubtitle(0, sub);
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(LABEL);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    static void xyPlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(THIN);
        plot.setRangeGridlineStroke(THIN);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (plot.getDomainAxis() != null) {
            axis(plot.getDomainAxis());
        }
        if (plot.getRangeAxis() != null) {
            axis(plot.getRangeAxis());
        }
    }

    static void axis(Axis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelPaint(TEXT);
    }

    /** The key of a renderer's series, read from the dataset the renderer draws (live datasets included). */
    static Comparable<?> seriesKey(XYItemRenderer renderer, int series) {
        XYPlot plot = renderer.getPlot();
        if (plot == null) {
            return null;
        }
        int index = plot.getIndexOf(renderer);
        XYDataset dataset = index >= 0 ? plot.getDataset(index) : null;
        if (dataset == null || series >= dataset.getSeriesCount()) {
            return null;
        }
        return dataset.getSeriesKey(series);
    }

    /** Design-ordered colour of a renderer's series; falls back to the series index for unknown keys. */
    static Paint colour(XYItemRenderer renderer, int series, SeriesColours colours) {
        return Palette.colour(designIndex(renderer, series, colours));
    }

    static Shape shape(XYItemRenderer renderer, int series, SeriesColours colours) {
        return Palette.shape(designIndex(renderer, series, colours));
    }

    static int designIndex(XYItemRenderer renderer, int series, SeriesColours colours) {
        Comparable<?> key = seriesKey(renderer, series);
        int index = key == null ? -1 : colours.indexOf(key);
        return index >= 0 ? index : series;
    }
}
