package cogov.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The row reader of large files reads what the CSV parser reads, quoted fields and line breaks included. */
class CsvRowsTest {

    @TempDir
    Path tmp;

    @Test
    void unquotedAndQuotedRowsReadAsTheParserReadsThem() throws Exception {
        Path file = tmp.resolve("t.csv");
        Files.writeString(file, "config_id,scope,unit,day,x_mean\n"
                + "a,county,county,1,0.5\n"
                + "a,type,old-urban,1,0.25\n"
                + "\"b,1\",county,county,2,\"1.5\"\n"
                + "\"c\nd\",county,county,3,\n"
                + "e,county,county,4\n");
        List<List<String>> kept = new ArrayList<>();
        Csv.forEachRow(file, f -> "county".equals(f.get(1)), f -> {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < 5; c++) {
                row.add(f.get(c));
            }
            kept.add(row);
        });
        assertEquals(List.of(List.of("a", "county", "county", "1", "0.5"),
                List.of("b,1", "county", "county", "2", "1.5"),
                List.of("c\nd", "county", "county", "3", ""),
                List.of("e", "county", "county", "4", "")), kept);
        assertEquals(1.5, Csv.number(c -> "1.5", 0));
        assertEquals(Double.NaN, Csv.number(c -> "", 0));
        assertEquals(Double.NaN, Csv.number(c -> "x", -1));
    }
}
