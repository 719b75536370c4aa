package cogov.output.chart;

import org.jfree.chart.renderer.xy.XYErrorRenderer;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.awt.Shape;

/**
 * Points with error bars (forest plots, the trade-off chart), each series coloured and shaped by its
 * index in the design rather than its plotting position.
 */
final class KeyedErrorRenderer extends XYErrorRenderer {
    private static final long serialVersionUID = 1L;
    private final transient SeriesColours colours;

    KeyedErrorRenderer(SeriesColours colours, double capLength, float errorWidth) {
        this.colours = colours;
        setDefaultLinesVisible(false);
        setDefaultShapesVisible(true);
        setCapLength(capLength);
        setErrorStroke(new BasicStroke(errorWidth));
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
