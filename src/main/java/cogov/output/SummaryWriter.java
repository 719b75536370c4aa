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
    /** The county's last two windows of days, for the drift diagnostic (null until the first county row). */
    private UnitWindow countyHistory;

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
            if (row.scope().key().equals("county")) {
                if (countyHistory == null) {
                    countyHistory = new UnitWindow(2 * window, row.values().length);
                }
                countyHistory.add(row.values());
            }
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

    /** Relative change between consecutive windows above which an outcome counts as not settled. */
    public static final double DRIFT_TOLERANCE = 0.05;
    /** Changes smaller than this (in the metric's unit) never count as drift. */
    private static final double DRIFT_FLOOR = 0.005;
    /**
     * Changes smaller than this in an outcome measured in days never count as drift: the model's clock is a day
     * (arrival times within the day are drawn), so sub-day moves of a time outcome are below its resolution.
     */
    private static final double DRIFT_FLOOR_DAYS = 0.5;
    /** A change must exceed this many standard errors of the month-to-month noise to count as drift. */
    private static final double DRIFT_NOISE_SE = 2.0;
    /** Blocks per window in the noise estimate (a 90-day window: three 30-day committee months). */
    private static final int BLOCKS_PER_WINDOW = 3;
    /**
     * A gap between community types is judged against the level of the rate it differences: a relative
     * threshold on a difference near zero would call every wobble drift.
     */
    static final Map<String, String> GAP_LEVELS = Map.of(
            "equity_participation_gap", "participation_rate",
            "equity_participation_12m_gap", "participation_12m",
            "equity_trust_gap", "trust_mean",
            "equity_satisfaction_gap", "satisfaction_mean",
            "equity_resolution_gap", "resolution_rate");

    /**
     * The drift diagnostic of the summary window: for the county's key outcomes, the summary window's mean
     * minus the mean of the window of the same length just before it, reported when it exceeds
     * {@link #DRIFT_TOLERANCE} of the outcome's level (for a gap, the level of the rate it differences), a
     * floor in the metric's unit (0.005; half a day for outcomes in days), and {@link #DRIFT_NOISE_SE}
     * standard errors of the month-to-month noise (from the successive differences of the six block means
     * of the two windows, which a steady trend does not hide). Whole windows of whole committee months
     * are compared, not the window's halves: the activity calendar's 30-day months and 7-day weeks make a
     * 210-day cycle that moves a half's mean while leaving the window's mean in place. An outcome listed here
     * is still moving, so its window mean is not a steady state: lengthen the run or the warm-up. A run
     * shorter than two windows gets no diagnostic ({@link #driftDiagnosable()}).
     */
    public List<String> driftWarnings() {
        List<String> warnings = new ArrayList<>();
        if (!driftDiagnosable()) {
            return warnings;
        }
        List<String> names = MetricRegistry.namesTagged(Tag.KEY_OUTCOME);
        for (String name : names) {
            if (MetricRegistry.find(name) == null) {
                continue;
            }
            int m = MetricRegistry.indexOf(name);
            double[] blocks = countyHistory.blockMeans(m, 2 * BLOCKS_PER_WINDOW);
            double before = mean(blocks, 0, BLOCKS_PER_WINDOW);
            double after = mean(blocks, BLOCKS_PER_WINDOW, 2 * BLOCKS_PER_WINDOW);
            double change = after - before;
            if (Double.isNaN(change)) {
                continue;
            }
            String levelName = GAP_LEVELS.getOrDefault(name, name);
            double[] levelBlocks = countyHistory.blockMeans(MetricRegistry.indexOf(levelName), 2 * BLOCKS_PER_WINDOW);
            double level = Math.abs(mean(levelBlocks, 0, 2 * BLOCKS_PER_WINDOW));
            double floor = "days".equals(MetricRegistry.find(name).unit()) ? DRIFT_FLOOR_DAYS : DRIFT_FLOOR;
            if (Math.abs(change) > floor && Math.abs(change) > DRIFT_TOLERANCE * level
                    && Math.abs(change) > DRIFT_NOISE_SE * noiseStandardError(blocks)) {
                warnings.add(String.format(java.util.Locale.ROOT, "%s moved from %.4g to %.4g between the %d days"
                        + " before the summary window and the window", name, before, after, window));
            }
        }
        return warnings;
    }

    /** Whether the run kept two whole windows of county rows, which the drift diagnostic compares. */
    public boolean driftDiagnosable() {
        return countyHistory != null && countyHistory.filled() == 2 * window && window >= BLOCKS_PER_WINDOW;
    }

    /**
     * Standard error of the difference between two windows' means from the month-to-month noise: the
     * variance of a block mean estimated by half the mean squared successive difference (von Neumann 1941),
     * which a linear trend inflates only by half a block's rise, over the three blocks of each window.
     */
    static double noiseStandardError(double[] blocks) {
        double squares = 0;
        int n = 0;
        for (int k = 1; k < blocks.length; k++) {
            if (!Double.isNaN(blocks[k]) && !Double.isNaN(blocks[k - 1])) {
                double d = blocks[k] - blocks[k - 1];
                squares += d * d;
                n++;
            }
        }
        if (n == 0) {
            return 0;
        }
        double blockVariance = squares / (2.0 * n);
        return Math.sqrt(blockVariance * 2.0 / BLOCKS_PER_WINDOW);
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int k = from; k < to; k++) {
            if (!Double.isNaN(values[k])) {
                sum += values[k];
                n++;
            }
        }
        return n > 0 ? sum / n : Double.NaN;
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

        /**
         * Means of the non-NaN values in {@code blocks} equal consecutive stretches of the kept days, oldest
         * first (NaN for a stretch with none); days beyond a whole number of blocks are left out at the old end.
         */
        double[] blockMeans(int metric, int blocks) {
            double[] means = new double[blocks];
            int length = filled / blocks;
            int skip = filled - length * blocks;
            for (int b = 0; b < blocks; b++) {
                double sum = 0;
                int count = 0;
                for (int i = skip + b * length; i < skip + (b + 1) * length; i++) {
                    double v = days[(next - filled + i + days.length) % days.length][metric];
                    if (!Double.isNaN(v)) {
                        sum += v;
                        count++;
                    }
                }
                means[b] = count > 0 ? sum / count : Double.NaN;
            }
            return means;
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
