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
        String s = text(r, column).trim();
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
