package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.output.Columns;
import cogov.output.FolderLayout;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One schema for every results file: a run repeated from a sweep ({@code cogov run --from SWEEP --run ID})
 * writes a folder whose time series has the columns of the sweep's run file and, for the county and the
 * community types, the same values; its window means are the run file's; every sweep file's key columns
 * follow {@link Columns#ORDER}; seeds are also written as text.
 */
class OneSchemaTest {

    private static final String TINY = """
            name: tiny
            days: 21
            seed: 5
            communities:
              - {name: a, type: old-urban, households: 60, grids: 1, staff: 2}
              - {name: b, type: relocated, households: 40, grids: 1, staff: 1}
            """;

    private static final String EXPERIMENT = """
            name: tiny-exp
            base: tiny.yaml
            factors:
              mechanisms.joint_building.enabled: [false, true]
            replications: 2
            seed: 9
            summary: {window_days: 90}
            reference:
              mechanisms.joint_building.enabled: false
            """;

    @TempDir
    Path tmp;

    private CliHarness.Result cogov(String... args) {
        return CliHarness.real(new Main(Engine.DEFAULT, tmp.resolve("results")), args);
    }

    private record Table(List<String> header, List<CSVRecord> rows) {
    }

    private static Table read(Reader in) throws IOException {
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return new Table(p.getHeaderNames(), p.getRecords());
        }
    }

    private static Table csv(Path file) throws IOException {
        return read(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }

    private static Table gz(Path file) throws IOException {
        return read(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8));
    }

    @Test
    void aRunFolderAndTheSweepsRunFileAgree() throws Exception {
        Files.writeString(tmp.resolve("tiny.yaml"), TINY);
        Path exp = Files.writeString(tmp.resolve("exp.yaml"), EXPERIMENT);
        Path sweep = tmp.resolve("sweep");
        CliHarness.Result swept = cogov("sweep", exp.toString(), "--out", sweep.toString(), "--no-report",
                "--full-precision", "--every", "1");
        assertEquals(0, swept.exit(), swept::toString);
        Table runs = csv(sweep.resolve(FolderLayout.RUNS));
        CSVRecord first = runs.rows().get(0);
        String runId = first.get(Columns.RUN_ID);
        assertEquals(Columns.seedText(Long.parseLong(first.get(Columns.SEED))), first.get(Columns.SEED_TEXT));

        Path folder = tmp.resolve("again");
        CliHarness.Result run = cogov("run", "--from", sweep.toString(), "--run", runId, "--out", folder.toString());
        assertEquals(0, run.exit(), run::toString);
        Table runFile = gz(sweep.resolve(FolderLayout.RUNS_DIR).resolve(runId + FolderLayout.RUN_FILE));
        Table series = csv(folder.resolve(FolderLayout.TIMESERIES));
        assertEquals(series.header(), runFile.header(), "a run file has the columns of a run folder's time series");
        assertEquals(Columns.RUN_DAY, series.header().subList(0, Columns.RUN_DAY.size()));

        Map<String, CSVRecord> byKey = new HashMap<>();
        for (CSVRecord r : series.rows()) {
            byKey.put(r.get(Columns.SCOPE) + "/" + r.get(Columns.UNIT) + "/" + r.get(Columns.DAY), r);
        }
        int compared = 0;
        Map<String, CSVRecord> windowMeans = new HashMap<>();
        for (CSVRecord r : runFile.rows()) {
            String unit = r.get(Columns.SCOPE) + "/" + r.get(Columns.UNIT);
            if (r.get(Columns.DAY).isEmpty()) {
                windowMeans.put(unit, r);
                continue;
            }
            CSVRecord same = byKey.get(unit + "/" + r.get(Columns.DAY));
            for (int c = Columns.RUN_DAY.indexOf(Columns.UNIT); c < r.size(); c++) {
                assertEquals(same.get(c), r.get(c), runFile.header().get(c) + " of " + unit + " day " + r.get(Columns.DAY));
            }
            compared++;
        }
        assertEquals(21 * 3, compared, "every day of the county and the two community types");
        assertEquals(3, windowMeans.size());
        for (CSVRecord s : csv(folder.resolve(FolderLayout.SUMMARY)).rows()) {
            CSVRecord mean = windowMeans.get(s.get(Columns.SCOPE) + "/" + s.get(Columns.UNIT));
            if (mean != null) {
                assertEquals(Double.parseDouble(s.get("window_mean").isEmpty() ? "NaN" : s.get("window_mean")),
                        Double.parseDouble(mean.get(s.get(Columns.METRIC)).isEmpty() ? "NaN" : mean.get(s.get(Columns.METRIC))),
                        1e-12, s.get(Columns.METRIC) + " of " + s.get(Columns.UNIT));
            }
        }

        List<String> factors = List.of("mechanisms.joint_building.enabled");
        for (String name : List.of(FolderLayout.RUNS, FolderLayout.TIMESERIES, FolderLayout.SUMMARY,
                FolderLayout.COMPARISON)) {
            List<String> header = csv(sweep.resolve(name)).header();
            assertTrue(Columns.keysInOrder(header, factors), name + ": " + header.subList(0, 8));
            assertTrue(header.contains(Columns.LABEL), name + " has no label column");
        }
        for (Path f : List.of(folder.resolve(FolderLayout.TIMESERIES), folder.resolve(FolderLayout.SUMMARY))) {
            assertTrue(Columns.keysInOrder(csv(f).header(), List.of()), f.toString());
        }
        assertTrue(csv(sweep.resolve(FolderLayout.SUMMARY)).header().contains(Columns.COMMUNITY_TYPE));
        assertFalse(Columns.keysInOrder(List.of("day", "scope"), List.of()), "the order check itself can fail");
        List<String> types = new ArrayList<>();
        csv(sweep.resolve(FolderLayout.TIMESERIES)).rows().forEach(r -> types.add(r.get(Columns.COMMUNITY_TYPE)));
        assertTrue(types.contains(Columns.ALL_TYPES) && types.contains("relocated"), types.toString());
    }
}
