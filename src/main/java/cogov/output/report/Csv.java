package cogov.output.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the simulator's CSV files by header name; extra columns are ignored, an empty cell is NaN. */
final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get();

    private Csv() {
    }

    /** A file's header and records. */
    record Table(Path file, List<String> header, List<CSVRecord> records) {

        boolean has(String column) {
            return header.contains(column);
        }

        void require(String... columns) throws ResultsFormatException {
            for (String c : columns) {
                if (!has(c)) {
                    throw new ResultsFormatException(file + ": required column '" + c + "' is missing");
                }
            }
        }
    }

    static Table read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            return new Table(file, List.copyOf(parser.getHeaderNames()), parser.getRecords());
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ResultsFormatException(file + ": not a readable CSV file (" + e.getMessage() + ")");
        }
    }

    /** Fields of one row, by column index; a missing trailing field is empty. */
    interface Fields {
        String get(int column);
    }

    /** Receives the rows a filter kept. */
    @FunctionalInterface
    interface RowAction {
        void accept(Fields fields) throws IOException;
    }

    /**
     * Reads a large file (a sweep's timeseries.csv holds about 100,000 rows of 200 columns) row by row
     * without keeping it: {@code keep} sees each row's fields first and only the rows it keeps are passed on.
     * Rows without quotes, which is every row cogov writes, are split at commas in place; a row with a quote
     * goes through the CSV parser, so any valid CSV is read correctly.
     */
    static void forEachRow(Path file, java.util.function.Predicate<Fields> keep, RowAction action) throws IOException {
        try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = in.readLine();
            if (headerLine == null) {
                return;
            }
            StringBuilder pending = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (pending != null || line.indexOf('"') >= 0) {
                    pending = pending == null ? new StringBuilder(line) : pending.append('\n').append(line);
                    if (quoteCount(pending) % 2 != 0) {
                        continue;
                    }
                    try (CSVParser one = CSVParser.builder().setReader(new java.io.StringReader(pending.toString()))
                            .setFormat(CSVFormat.DEFAULT).get()) {
                        CSVRecord r = one.iterator().next();
                        Fields f = c -> c < r.size() ? r.get(c).trim() : "";
                        if (keep.test(f)) {
                            action.accept(f);
                        }
                    }
                    pending = null;
                    continue;
                }
                int[] starts = commas(line);
                String row = line;
                Fields f = c -> c + 1 < starts.length ? row.substring(starts[c], starts[c + 1] - 1).trim() : "";
                if (keep.test(f)) {
                    action.accept(f);
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException | java.util.NoSuchElementException e) {
            throw new ResultsFormatException(file + ": not a readable CSV file (" + e.getMessage() + ")");
        }
    }

    /** Start offsets of every field of an unquoted line, plus one past its end (as if a comma followed). */
    private static int[] commas(String line) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                count++;
            }
        }
        int[] starts = new int[count + 1];
        int k = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                starts[k++] = i + 1;
            }
        }
        starts[count] = line.length() + 1;
        return starts;
    }

    private static int quoteCount(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }

    /** A field as a number; empty, "nan" or unreadable text is NaN. */
    static double number(Fields f, int column) {
        return column < 0 ? Double.NaN : number(f.get(column));
    }

    /** The header of a file without reading its rows; empty when the file is empty. */
    static List<String> header(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            return List.copyOf(parser.getHeaderNames());
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    static String text(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
    }

    static double number(CSVRecord r, String column) {
        return number(text(r, column));
    }

    private static double number(String text) {
        String s = text.trim();
        if (s.isEmpty() || s.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
