package cogov.output.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * Adjusts a finished chart to a journal's figure rules: every font scaled by one factor, and title and
 * subtitles removed (journals set them in the caption; the legend stays).
 */
public final class ChartTuning {

    private ChartTuning() {
    }

    /** Removes the title and every text subtitle, keeping legends and colour scales. */
    public static void withoutTitles(JFreeChart chart) {
        chart.setTitle((TextTitle) null);
        List<Title> keep = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (!(t instanceof TextTitle)) {
                keep.add(t);
            }
        }
        chart.clearSubtitles();
        keep.forEach(chart::addSubtitle);
    }

    /** Multiplies the size of every font the chart draws with by {@code factor}. */
    public static void scaleFonts(JFreeChart chart, double factor) {
        if (factor == 1.0) {
            return;
        }
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(scaled(chart.getTitle().getFont(), factor));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle text) {
                text.setFont(scaled(text.getFont(), factor));
            } else if (t instanceof LegendTitle legend) {
                legend.setItemFont(scaled(legend.getItemFont(), factor));
            } else if (t instanceof PaintScaleLegend scale) {
                axis(scale.getAxis(), factor);
            }
        }
        plot(chart.getPlot(), factor);
    }

    private static void plot(Plot plot, double factor) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            axis(combined.getDomainAxis(), factor);
            for (XYPlot sub : combined.getSubplots()) {
                plot(sub, factor);
            }
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i), factor);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i), factor);
            }
            for (var annotation : xy.getAnnotations()) {
                if (annotation instanceof org.jfree.chart.annotations.XYTextAnnotation text) {
                    text.setFont(scaled(text.getFont(), factor));
                }
            }
        } else if (plot instanceof CategoryPlot category) {
            for (int i = 0; i < category.getDomainAxisCount(); i++) {
                axis(category.getDomainAxis(i), factor);
            }
            for (int i = 0; i < category.getRangeAxisCount(); i++) {
                axis(category.getRangeAxis(i), factor);
            }
        }
    }

    private static void axis(Axis axis, double factor) {
        if (axis != null) {
            axis.setLabelFont(scaled(axis.getLabelFont(), factor));
            axis.setTickLabelFont(scaled(axis.getTickLabelFont(), factor));
        }
    }

    private static Font scaled(Font font, double factor) {
        return font == null ? null : font.deriveFont((float) (font.getSize2D() * factor));
    }
}
