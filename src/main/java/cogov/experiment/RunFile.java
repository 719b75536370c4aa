package cogov.experiment;

import cogov.config.Scenario;
import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsRow;
import cogov.metrics.MetricsSink;
import cogov.metrics.Scope;
import cogov.output.AtomicFiles;
import cogov.output.Columns;
import cogov.output.FolderLayout;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The file of one finished run, {@code runs/<run_id>.csv.gz}: its county and type daily rows, then one
 * window-mean row per unit (the mean over the summary window, NaN days skipped; its {@code day} is empty).
 * Columns {@link Columns#RUN_DAY} then every metric: the columns of a run folder's {@code timeseries.csv}.
 * The daily rows are the days the sweep's {@code timeseries.csv} shows (every {@code every}-th day and the
 * last), at the aggregates' precision; the window means keep full precision, as every statistic across
 * runs is computed from them. Written while the run goes, to a temporary file renamed at the end: its
 * existence means the run is complete.
 */
public final class RunFile {
    /**
     * Version of the run-file format (columns {@code run_id,scope,unit,community_type,day,<metrics>}, gzip;
     * version 1 had {@code row,scope,unit,day,<metrics>} and every day at full precision), written with the
     * SHA-256 and the length of the run file's bytes in the checksum file beside it
     * ({@link FolderLayout#RUN_CHECKSUM}) before the run file is renamed into place. A run file without
     * it, or whose bytes do not match it, is not trusted: {@code --resume} re-runs it and merge refuses it.
     */
    public static final int SCHEMA_VERSION = 2;
    private static final String CHECKSUM_HEADER = "cogov run file, schema ";


    /** One row of a run file. {@code day} is 0 for summary rows. */
    public record Row(Scope scope, String unit, int day, double[] values) {
    }

    /** A run file read back. */
    public record Data(List<Row> daily, List<Row> summary) {
    }

    private RunFile() {
    }

    /** A run file that exists but cannot be used; the message names the file and why. */
    public static final class CorruptRunFileException extends IOException {
        private static final long serialVersionUID = 1L;

        CorruptRunFileException(Path file, String reason) {
            super("run file " + file + " is corrupt: " + reason);
        }
    }

    static String[] header() {
        List<String> h = new ArrayList<>(Columns.RUN_DAY);
        MetricRegistry.all().forEach(m -> h.add(m.name()));
        return h.toArray(String[]::new);
    }

    static CSVFormat format() {
        return CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    }

    /** What a run file keeps of the daily rows: every {@code everyDays}-th day and the last, to {@code digits}. */
    public record Days(boolean daily, int everyDays, int significantDigits) {
        /** Every day at full precision. */
        public static final Days ALL = new Days(true, 1, 0);
        /** No daily rows (summary-only sweeps). */
        public static final Days NONE = new Days(false, 1, 0);

        public Days {
            if (everyDays < 1) {
                throw new IllegalArgumentException("everyDays must be at least 1 (got " + everyDays + ")");
            }
        }

        /** The days a sweep's aggregates show, for run files that keep exactly those. */
        public static Days of(boolean daily, Aggregator.Output output) {
            return new Days(daily, output.everyDays(), output.significantDigits());
        }

        boolean keeps(int day, int lastDay) {
            return daily && (day % everyDays == 0 || day == lastDay);
        }
    }

    /**
     * A sink writing one run's county and type rows to a temporary file; {@link #finish()} appends the
     * window means and renames the file into place.
     */
    public static final class Writer implements MetricsSink, AutoCloseable {
        private final Path target;
        private final Path tmp;
        private final String runId;
        private final int days;
        private final int firstSummaryDay;
        private final CSVPrinter printer;
        private final Map<String, double[]> sums = new LinkedHashMap<>();
        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private final CountingDigestStream bytes;
        private final Days kept;
        /** The rows as written, for a sweep that aggregates while it runs; null when not kept. */
        private final List<Row> keptDaily;
        private final List<Row> keptSummary;
        private boolean finished;

        /**
         * Every day at full precision.
         *
         * @param days       the run's length
         * @param windowDays the summary window: days {@code days - windowDays + 1 .. days}
         */
        public Writer(Path target, int days, int windowDays) throws IOException {
            this(target, days, windowDays, Days.ALL, false);
        }

        /**
         * @param kept which days to write, and their precision
         * @param keep whether to keep the rows in memory as well, for {@link #data()} after {@link #finish()}:
         *             exactly what {@link RunFile#read} gives back from the file
         */
        public Writer(Path target, int days, int windowDays, Days kept, boolean keep) throws IOException {
            this.kept = kept;
            this.keptDaily = keep ? new ArrayList<>() : null;
            this.keptSummary = keep ? new ArrayList<>() : null;
            this.target = target;
            String name = target.getFileName().toString();
            this.runId = name.endsWith(FolderLayout.RUN_FILE)
                    ? name.substring(0, name.length() - FolderLayout.RUN_FILE.length()) : name;
            this.tmp = AtomicFiles.tempFor(target);
            this.days = days;
            this.firstSummaryDay = days - windowDays + 1;
            this.bytes = new CountingDigestStream(Files.newOutputStream(tmp));
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(bytes, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
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
                    if (kept.keeps(row.day(), days)) {
                        double[] values = row.values();
                        List<String> text = record(row.scope(), row.unit(), Integer.toString(row.day()), values,
                                kept.significantDigits());
                        printer.printRecord(text);
                        if (keptDaily != null) {
                            double[] read = new double[values.length];
                            for (int i = 0; i < read.length; i++) {
                                read[i] = Num.parse(text.get(KEYS + i));
                            }
                            keptDaily.add(new Row(row.scope(), row.unit(), row.day(), read));
                        }
                    }
                    if (row.day() >= firstSummaryDay) {
                        addToSummary(row);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Community rows are not kept in run files (see {@link #accept}). */
        @Override
        public boolean wantsCommunityRows() {
            return false;
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

        /** Writes the window means and moves the file into place. */
        public void finish() throws IOException {
            for (Map.Entry<String, double[]> e : sums.entrySet()) {
                String[] key = e.getKey().split("\u0000", 2);
                double[] sum = e.getValue();
                int[] count = counts.get(e.getKey());
                double[] mean = new double[sum.length];
                for (int i = 0; i < sum.length; i++) {
                    mean[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
                }
                printer.printRecord(record(Scope.fromKey(key[0]), key[1], "", mean, 0));
                if (keptSummary != null) {
                    keptSummary.add(new Row(Scope.fromKey(key[0]), key[1], 0, mean));
                }
            }
            printer.close();
            AtomicFiles.writeString(checksumFile(target), checksumText(bytes.hex(), bytes.count()));
            AtomicFiles.commit(tmp, target);
            finished = true;
        }

        /** The rows of the finished file, as {@link RunFile#read} would read them; only when kept. */
        public Data data() {
            if (!finished || keptDaily == null) {
                throw new IllegalStateException("the run file's rows were not kept, or it is not finished");
            }
            return new Data(List.copyOf(keptDaily), List.copyOf(keptSummary));
        }

        /** Abandons an unfinished file (the run failed). */
        @Override
        public void close() throws IOException {
            if (!finished) {
                printer.close();
                Files.deleteIfExists(tmp);
            }
        }

        private List<String> record(Scope scope, String unit, String day, double[] values, int digits) {
            List<String> r = new ArrayList<>(KEYS + values.length);
            r.add(runId);
            r.add(scope.key());
            r.add(unit);
            r.add(Columns.communityType(scope, unit));
            r.add(day);
            for (double v : values) {
                r.add(Num.format(v, digits));
            }
            return r;
        }
    }

    /** Key columns before the metrics. */
    private static final int KEYS = Columns.RUN_DAY.size();

    /** The checksum file beside {@code runFile}. */
    public static Path checksumFile(Path runFile) {
        return runFile.resolveSibling(runFile.getFileName() + FolderLayout.CHECKSUM);
    }

    private static String checksumText(String sha256, long length) {
        return CHECKSUM_HEADER + SCHEMA_VERSION + "\nsha256 " + sha256 + "\nbytes " + length + "\n";
    }

    /**
     * Why {@code runFile} cannot be trusted, or null when its checksum file is present, of this schema
     * version, and matches its bytes.
     */
    public static String verify(Path runFile) throws IOException {
        Path sums = checksumFile(runFile);
        if (!Files.isRegularFile(sums)) {
            return "it has no checksum (" + sums.getFileName() + " is missing: written by an older cogov, or copied"
                    + " without it)";
        }
        List<String> lines = Files.readAllLines(sums, StandardCharsets.UTF_8);
        if (lines.size() != 3 || !lines.get(0).startsWith(CHECKSUM_HEADER) || !lines.get(1).startsWith("sha256 ")
                || !lines.get(2).startsWith("bytes ")) {
            return "its checksum file " + sums.getFileName() + " is unreadable";
        }
        String version = lines.get(0).substring(CHECKSUM_HEADER.length());
        if (!version.equals(Integer.toString(SCHEMA_VERSION))) {
            return "it has run-file schema " + version + ", this cogov reads schema " + SCHEMA_VERSION;
        }
        CountingDigestStream digest = new CountingDigestStream(OutputStream.nullOutputStream());
        try (InputStream in = Files.newInputStream(runFile)) {
            in.transferTo(digest);
        }
        if (!lines.get(2).equals("bytes " + digest.count())) {
            return "its length (" + digest.count() + " bytes) differs from its checksum file's (" + lines.get(2)
                    .substring(6) + ")";
        }
        if (!lines.get(1).equals("sha256 " + digest.hex())) {
            return "its content does not match its checksum (the file was changed or damaged)";
        }
        return null;
    }

    /** Counts and hashes (SHA-256) the bytes written through it. */
    private static final class CountingDigestStream extends FilterOutputStream {
        private final MessageDigest digest;
        private long count;

        CountingDigestStream(OutputStream out) {
            super(out);
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by every Java platform", e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }

        long count() {
            return count;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    /**
     * Reads a run file, checking its structure: the exact columns of this schema, day rows increasing up to
     * {@link Scenario#MAX_DAYS} per unit, then a window-mean row per unit. A file that parses but is wrong
     * is refused with the reason, never read as NaN.
     *
     * @throws CorruptRunFileException naming the file and what is wrong with it
     */
    public static Data read(Path file) throws IOException {
        List<Metric> metrics = MetricRegistry.all();
        List<Row> daily = new ArrayList<>();
        List<Row> summary = new ArrayList<>();
        Map<String, Integer> lastDay = new HashMap<>();
        try (Reader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            CSVParser parser = format().builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            if (!parser.getHeaderNames().equals(List.of(header()))) {
                throw new CorruptRunFileException(file, "its columns are not those of run-file schema " + SCHEMA_VERSION);
            }
            for (CSVRecord rec : parser) {
                if (rec.size() != metrics.size() + KEYS) {
                    throw new CorruptRunFileException(file, "line " + rec.getRecordNumber() + " has " + rec.size()
                            + " fields instead of " + (metrics.size() + KEYS));
                }
                double[] values = new double[metrics.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = Num.parse(rec.get(i + KEYS));
                }
                Scope scope = Scope.fromKey(rec.get(1));
                String unit = rec.get(2);
                String dayText = rec.get(4);
                if (dayText.isEmpty()) {
                    summary.add(new Row(scope, unit, 0, values));
                } else {
                    int day = Integer.parseInt(dayText);
                    Integer previous = lastDay.put(rec.get(1) + "\u0000" + unit, day);
                    if (day > Scenario.MAX_DAYS || day <= (previous == null ? 0 : previous) || !summary.isEmpty()) {
                        throw new CorruptRunFileException(file, "line " + rec.getRecordNumber() + " has day " + day
                                + " after day " + (previous == null ? 0 : previous)
                                + (summary.isEmpty() ? "" : " and after the window means"));
                    }
                    daily.add(new Row(scope, unit, day, values));
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new CorruptRunFileException(file, "it is not a readable run file ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        } catch (ZipException | EOFException e) {
            throw new CorruptRunFileException(file, "it is not a complete gzip file");
        }
        boolean summaryOnly = daily.isEmpty();
        if (summary.isEmpty() || (!summaryOnly && summary.size() != lastDay.size())) {
            throw new CorruptRunFileException(file, "it has " + summary.size() + " summary rows for " + lastDay.size()
                    + " units");
        }
        return new Data(daily, summary);
    }
}
