package cogov.output;

import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsRow;
import cogov.metrics.MetricsSink;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams daily metric rows to a tidy CSV ({@link Columns#RUN_DAY}, then every metric: the columns of a
 * sweep's run files) as they arrive, so a run of any length needs no memory for its history.
 */
public final class TimeseriesWriter implements MetricsSink, Closeable {

    /** The columns before the metrics, in order. */
    public static final List<String> KEY_COLUMNS = Columns.RUN_DAY;

    private final CSVPrinter printer;
    private final Object[] record;
    private final String runId;
    private boolean closed;

    /** @param runId the run's id, written in every row's {@link Columns#RUN_ID} */
    public TimeseriesWriter(Path file, String runId) throws IOException {
        this(Files.newBufferedWriter(file, StandardCharsets.UTF_8), runId);
    }

    /** Writes to {@code out}, which this writer closes. */
    public TimeseriesWriter(Writer out, String runId) throws IOException {
        this.runId = runId;
        this.printer = new CSVPrinter(out, format(header()));
        this.record = new Object[KEY_COLUMNS.size() + MetricRegistry.size()];
    }

    /** The header row: key columns, then every metric name in registry order. */
    public static List<String> header() {
        List<String> header = new ArrayList<>(KEY_COLUMNS);
        for (Metric metric : MetricRegistry.all()) {
            header.add(metric.name());
        }
        return header;
    }

    /** cogov's CSV dialect: RFC 4180 quoting, {@code \n} line ends. */
    static CSVFormat format(List<String> header) {
        return CSVFormat.DEFAULT.builder()
                .setRecordSeparator('\n')
                .setHeader(header.toArray(String[]::new))
                .get();
    }

    @Override
    public void accept(List<MetricsRow> dayRows) {
        try {
            for (MetricsRow row : dayRows) {
                write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(MetricsRow row) throws IOException {
        double[] values = row.values();
        if (values.length != MetricRegistry.size()) {
            throw new IllegalArgumentException("row has " + values.length + " values, registry has "
                    + MetricRegistry.size() + " metrics");
        }
        record[0] = runId;
        record[1] = row.scope().key();
        record[2] = row.unit();
        record[3] = row.communityType();
        record[4] = row.day();
        for (int i = 0; i < values.length; i++) {
            record[KEY_COLUMNS.size() + i] = CsvNumbers.format(values[i]);
        }
        printer.printRecord(record);
    }

    /** Flushes and closes the file; later calls do nothing. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            printer.close(true);
        }
    }
}
