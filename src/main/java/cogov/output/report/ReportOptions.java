package cogov.output.report;

import cogov.output.ChartSize;
import java.util.List;

/**
 * How the report draws its charts, for a journal's figure rules: which configurations the time series
 * and distributions show (empty: a selection made for the design), a chart width and height in inches
 * (null: each chart's own size; a width alone keeps the chart's proportions), a font scale, and whether
 * charts carry their title and subtitle (a journal sets those in the caption).
 */
public record ReportOptions(List<String> configs, Double widthInches, Double heightInches, double fontScale,
                            boolean titles) {

    /** Every chart at its own size, fonts as designed, titles on, configurations chosen by the report. */
    public static final ReportOptions DEFAULT = new ReportOptions(List.of(), null, null, 1.0, true);

    public ReportOptions {
        configs = List.copyOf(configs);
        if (!(fontScale > 0.2 && fontScale < 5)) {
            throw new IllegalArgumentException("font scale must be between 0.2 and 5 (got " + fontScale + ")");
        }
        for (Double inches : new Double[] {widthInches, heightInches}) {
            if (inches != null && !(inches >= 1 && inches <= 40)) {
                throw new IllegalArgumentException("chart width and height must be 1 to 40 inches (got " + inches + ")");
            }
        }
    }

    /** The size a chart gets: its own, or the one asked for (a width alone keeps its proportions). */
    ChartSize size(ChartSize own) {
        if (widthInches == null && heightInches == null) {
            return own;
        }
        double w = widthInches != null ? widthInches : own.widthInches() * heightInches / own.heightInches();
        double h = heightInches != null ? heightInches : own.heightInches() * widthInches / own.widthInches();
        return new ChartSize(w, h);
    }
}
