package cogov.experiment;

import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsRow;
import cogov.metrics.MetricsSink;
import cogov.metrics.Scope;
import cogov.output.AtomicFiles;
import cogov.output.FolderLayout;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The file of one finished run, {@code runs/<run_id>.csv}: its county and type daily rows (for the
 * aggregated time series) followed by one summary row per unit (mean over the summary window, NaN
 * days skipped). Columns: {@code row,scope,unit,day,<metrics...>} with {@code row} = day or summary.
 * Written while the run goes, to a temporary file renamed at the end: its existence means the run is complete.
 */
public final class RunFile {


    static final String DAY = "day";
    static final String SUMMARY = "summary";

    /** One row of a run file. {@code day} is 0 for summary rows. */
    public record Row(Scope scope, String unit, int day, double[] values) {
    }

    /** A run file read back. */
    public record Data(List<Row> daily, List<Row> summary) {
    }

    private RunFile() {
    }

    static String[] header() {
        List<String> h = new ArrayList<>(List.of("row", "scope", "unit", "day"));
        MetricRegistry.all().forEach(m -> h.add(m.name()));
        return h.toArray(String[]::new);
    }

    static CSVFormat format() {
        return CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    }

    /**
     * A sink writing one run's county and type rows to a temporary file; {@link #finish()} appends the
     * summary and renames the file into place.
     */
    public static final class Writer implements MetricsSink, AutoCloseable {
        private final Path target;
        private final Path tmp;
        private final int firstSummaryDay;
        private final CSVPrinter printer;
        private final Map<String, double[]> sums = new LinkedHashMap<>();
        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private final boolean daily;
        private boolean finished;

        /**
         * @param days       the run's length
         * @param windowDays the summary window: days {@code days - windowDays + 1 .. days}
         */
        public Writer(Path target, int days, int windowDays) throws IOException {
            this(target, days, windowDays, true);
        }

        /**
         * @param daily whether to keep the daily rows; without them (summary-only sweeps) a run file holds its
         *              summary rows only, a few hundred bytes, and the sweep's timeseries.csv stays empty
         */
        public Writer(Path target, int days, int windowDays, boolean daily) throws IOException {
            this.daily = daily;
            this.target = target;
            this.tmp = AtomicFiles.tempFor(target);
            this.firstSummaryDay = days - windowDays + 1;
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
            this.printer = new CSVPrinter(out, format());
            printer.printRecord((Object[]) header());
        }

        @Override
        public void accept(List<MetricsRow> dayRows) {
            try {
                for (MetricsRow row : dayRows) {
                    if (row.scope() == Scope.COMMUNITY) {
                        continue;
                    }
                    if (daily) {
                        printer.printRecord(record(DAY, row.scope(), row.unit(), Integer.toString(row.day()), row.values()));
                    }
                    if (row.day() >= firstSummaryDay) {
                        addToSummary(row);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void addToSummary(MetricsRow row) {
            String key = row.scope().key() + "\u0000" + row.unit();
            double[] sum = sums.computeIfAbsent(key, k -> new double[row.values().length]);
            int[] count = counts.computeIfAbsent(key, k -> new int[row.values().length]);
            for (int i = 0; i < sum.length; i++) {
                double v = row.values()[i];
                if (!Double.isNaN(v)) {
                    sum[i] += v;
                    count[i]++;
                }
            }
        }

        /** Writes the summary rows and moves the file into place. */
        public void finish() throws IOException {
            for (Map.Entry<String, double[]> e : sums.entrySet()) {
                String[] key = e.getKey().split("\u0000", 2);
                double[] sum = e.getValue();
                int[] count = counts.get(e.getKey());
                double[] mean = new double[sum.length];
                for (int i = 0; i < sum.length; i++) {
                    mean[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
                }
                printer.printRecord(record(SUMMARY, Scope.fromKey(key[0]), key[1], "", mean));
            }
            printer.close();
            AtomicFiles.commit(tmp, target);
            finished = true;
        }

        /** Abandons an unfinished file (the run failed). */
        @Override
        public void close() throws IOException {
            if (!finished) {
                printer.close();
                Files.deleteIfExists(tmp);
            }
        }

        private static List<String> record(String kind, Scope scope, String unit, String day, double[] values) {
            List<String> r = new ArrayList<>(4 + values.length);
            r.add(kind);
            r.add(scope.key());
            r.add(unit);
            r.add(day);
            for (double v : values) {
                r.add(Num.format(v));
            }
            return r;
        }
    }

    /** Reads a run file; metric columns are matched by name, so files stay readable if the registry grows. */
    public static Data read(Path file) throws IOException {
        List<Metric> metrics = MetricRegistry.all();
        List<Row> daily = new ArrayList<>();
        List<Row> summary = new ArrayList<>();
        try (Reader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            CSVFormat fmt = format().builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord rec : fmt.parse(in)) {
                double[] values = new double[metrics.size()];
                for (int i = 0; i < values.length; i++) {
                    String name = metrics.get(i).name();
                    values[i] = rec.isMapped(name) ? Num.parse(rec.get(name)) : Double.NaN;
                }
                Scope scope = Scope.fromKey(rec.get("scope"));
                if (SUMMARY.equals(rec.get("row"))) {
                    summary.add(new Row(scope, rec.get("unit"), 0, values));
                } else {
                    daily.add(new Row(scope, rec.get("unit"), Integer.parseInt(rec.get("day")), values));
                }
            }
        }
        return new Data(daily, summary);
    }
}
