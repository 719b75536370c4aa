package cogov.output;

import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsRow;
import cogov.metrics.MetricsSink;
import cogov.metrics.Tag;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * Condenses a run into one row per scope unit and metric:
 * {@code scope,unit,community_type,metric,final,window_mean,window_days}. {@code final} is the last
 * day's value; {@code window_mean} the mean over the last {@code min(window, days)} days ignoring
 * NaN, and {@code window_days} how many days entered it (empty mean when none). Only a ring buffer
 * of the last {@code window} days is kept per unit, never the whole run.
 */
public final class SummaryWriter implements MetricsSink {

    /** The default averaging window in days. */
    public static final int DEFAULT_WINDOW_DAYS = 90;

    public static final List<String> HEADER =
            List.of("scope", "unit", "community_type", "metric", "final", "window_mean", "window_days");

    private final int window;
    private final Map<UnitKey, UnitWindow> units = new LinkedHashMap<>();

    public SummaryWriter() {
        this(DEFAULT_WINDOW_DAYS);
    }

    public SummaryWriter(int windowDays) {
        if (windowDays < 1) {
            throw new IllegalArgumentException("window must be at least 1 day, got " + windowDays);
        }
        this.window = windowDays;
    }

    @Override
    public void accept(List<MetricsRow> dayRows) {
        for (MetricsRow row : dayRows) {
            UnitKey key = new UnitKey(row.scope().key(), row.unit(), row.communityType());
            units.computeIfAbsent(key, k -> new UnitWindow(window, row.values().length)).add(row.values());
        }
    }

    /** Writes the summary of everything accepted so far. */
    public void writeTo(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeTo(out);
        }
    }

    /** Writes the summary to {@code out} (flushed, not closed). */
    public void writeTo(Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, TimeseriesWriter.format(HEADER));
        List<Metric> metrics = MetricRegistry.all();
        for (Map.Entry<UnitKey, UnitWindow> entry : units.entrySet()) {
            UnitKey key = entry.getKey();
            UnitWindow unit = entry.getValue();
            for (int m = 0; m < metrics.size(); m++) {
                int n = unit.count(m);
                printer.printRecord(key.scope(), key.unit(), key.communityType(), metrics.get(m).name(),
                        CsvNumbers.format(unit.last(m)),
                        CsvNumbers.format(n == 0 ? Double.NaN : unit.sum(m) / n),
                        n);
            }
        }
        printer.flush();
    }

    /** Relative change between the window's halves above which an outcome counts as not settled. */
    public static final double DRIFT_TOLERANCE = 0.05;
    /** Changes smaller than this (in the metric's unit) never count as drift. */
    private static final double DRIFT_FLOOR = 0.005;

    /**
     * The drift diagnostic of the summary window: for the county's key outcomes,
     * the mean of the window's second half minus that of its first half, reported when it exceeds
     * {@link #DRIFT_TOLERANCE} of the window mean (and {@code 0.005} in the metric's unit). An outcome listed
     * here is still moving, so its window mean is not a steady state: lengthen the run or the warm-up.
     */
    public List<String> driftWarnings() {
        List<String> warnings = new ArrayList<>();
        List<String> names = MetricRegistry.namesTagged(Tag.KEY_OUTCOME);
        for (Map.Entry<UnitKey, UnitWindow> entry : units.entrySet()) {
            if (!entry.getKey().scope().equals("county")) {
                continue;
            }
            UnitWindow unit = entry.getValue();
            for (String name : names) {
                if (MetricRegistry.find(name) == null) {
                    continue;
                }
                int m = MetricRegistry.indexOf(name);
                double[] halves = unit.halves(m);
                double change = halves[1] - halves[0];
                double mean = (halves[0] + halves[1]) / 2;
                if (!Double.isNaN(change) && Math.abs(change) > DRIFT_FLOOR
                        && Math.abs(change) > DRIFT_TOLERANCE * Math.abs(mean)) {
                    warnings.add(String.format(java.util.Locale.ROOT, "%s moved from %.4g to %.4g between the halves"
                            + " of the %d-day summary window", name, halves[0], halves[1], unit.filled()));
                }
            }
        }
        return warnings;
    }

    private record UnitKey(String scope, String unit, String communityType) {
    }

    /** The last {@code window} days of one unit, oldest overwritten first. */
    private static final class UnitWindow {
        private final double[][] days;
        private int next;
        private int filled;

        UnitWindow(int window, int metrics) {
            days = new double[window][metrics];
        }

        void add(double[] values) {
            System.arraycopy(values, 0, days[next], 0, values.length);
            next = (next + 1) % days.length;
            filled = Math.min(filled + 1, days.length);
        }

        int filled() {
            return filled;
        }

        /** Means of the non-NaN values in the older and the newer half of the window (NaN when a half has none). */
        double[] halves(int metric) {
            double[] sum = new double[2];
            int[] count = new int[2];
            for (int i = 0; i < filled; i++) {
                double v = days[(next - filled + i + days.length) % days.length][metric];
                int half = i < filled / 2 ? 0 : 1;
                if (!Double.isNaN(v)) {
                    sum[half] += v;
                    count[half]++;
                }
            }
            return new double[] {count[0] > 0 ? sum[0] / count[0] : Double.NaN,
                count[1] > 0 ? sum[1] / count[1] : Double.NaN};
        }

        double last(int metric) {
            return days[(next - 1 + days.length) % days.length][metric];
        }

        /** Sum of the non-NaN values in the window, oldest first so the result does not depend on where the ring starts. */
        double sum(int metric) {
            double sum = 0;
            for (int i = 0; i < filled; i++) {
                double v = days[(next - filled + i + days.length) % days.length][metric];
                if (!Double.isNaN(v)) {
                    sum += v;
                }
            }
            return sum;
        }

        int count(int metric) {
            int n = 0;
            for (int i = 0; i < filled; i++) {
                if (!Double.isNaN(days[i][metric])) {
                    n++;
                }
            }
            return n;
        }
    }
}
