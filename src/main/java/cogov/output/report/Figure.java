package cogov.output.report;

import cogov.output.ChartSize;
import org.jfree.chart.JFreeChart;

/**
 * One chart of the report: a file-name stem, the section it belongs to, a caption and its size.
 *
 * @param id      file-name stem, unique in a report (e.g. "timeseries-participation_rate")
 * @param section report section heading
 */
public record Figure(String id, String section, String caption, JFreeChart chart, ChartSize size) {
}
