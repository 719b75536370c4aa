package cogov.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsRow;
import cogov.metrics.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

    @TempDir
    Path tmp;

    private static List<MetricsRow> day(int d) {
        double[] values = new double[MetricRegistry.size()];
        Arrays.fill(values, 0.25 * d);
        values[0] = Double.NaN;
        return List.of(new MetricsRow(d, Scope.COUNTY, "county", "all", values),
                new MetricsRow(d, Scope.COMMUNITY, "A, \"quoted\"", "old-urban", values.clone()));
    }

    private static Manifest manifest() {
        return Manifest.ofRun("tiny", "tiny.yaml", 3, 2, "ab".repeat(32), List.of("cogov", "run", "tiny.yaml"),
                Instant.parse("2025-01-02T03:04:05Z"), 1.25);
    }

    @Test
    void runIdIsSeedAndHashPrefix() {
        assertEquals("seed42-0123abcd", RunFolder.runId(42, "0123abcd" + "f".repeat(56)));
    }

    @Test
    void writesAllFiles() throws IOException {
        Path target = tmp.resolve("results/tiny/run");
        try (RunFolder folder = RunFolder.create(target)) {
            folder.sink().accept(day(1));
            folder.sink().accept(day(2));
            folder.finish("name: tiny\n", manifest());
        }
        List<String> lines = Files.readAllLines(target.resolve(FolderLayout.TIMESERIES));
        assertEquals(String.join(",", TimeseriesWriter.header()), lines.get(0));
        assertEquals(1 + 2 * 2, lines.size());
        assertTrue(lines.get(1).startsWith("run,county,county,all,1,,0.25,0.25,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("run,community,\"A, \"\"quoted\"\"\",old-urban,1,,0.25,"), lines.get(2));
        assertTrue(Files.readAllLines(target.resolve(FolderLayout.SUMMARY)).contains(
                "county,county,all," + MetricRegistry.all().get(1).name() + ",0.5,0.375,2"));
        assertEquals("name: tiny\n", Files.readString(target.resolve(FolderLayout.RESOLVED_SCENARIO)));
        Map<String, Object> json = Json.parseObject(Files.readString(target.resolve(FolderLayout.MANIFEST)));
        assertEquals("tiny", json.get("scenario"));
        assertEquals(3.0, json.get("seed"));
        assertEquals("seed3", json.get("seed_text"));
        assertEquals("run", json.get(Manifest.KIND));
        assertEquals(1.0, json.get(Manifest.FORMAT));
        assertEquals("2025-01-02T03:04:05Z", json.get("start_time"));
        assertEquals(List.of("cogov", "run", "tiny.yaml"), json.get("command_line"));
        assertTrue(json.containsKey("git_commit"));
        assertTrue(json.containsKey("environment"));

        // metrics.json: every metric's declaration, in the registry's order, as the sweep folder has it
        Map<String, Object> metrics = Json.parseObject(Files.readString(target.resolve(FolderLayout.METRICS)));
        List<?> list = (List<?>) metrics.get("metrics");
        assertEquals(MetricRegistry.size(), list.size());
        for (int i = 0; i < list.size(); i++) {
            cogov.metrics.Metric declared = MetricRegistry.all().get(i);
            Map<?, ?> m = (Map<?, ?>) list.get(i);
            assertEquals(declared.name(), m.get("name"));
            assertEquals(declared.label(), m.get("label"));
            assertEquals(declared.unit(), m.get("unit"));
            assertEquals(declared.description(), m.get("description"));
            assertEquals(declared.higherIsBetter(), m.get("higher_is_better"));
            assertEquals(declared.has(cogov.metrics.Tag.KEY_OUTCOME), m.get("key_outcome"));
            assertEquals(declared.tags().stream().map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).toList(),
                    m.get("tags"));
        }
        Map<?, ?> participation = (Map<?, ?>) list.stream()
                .filter(m -> "participation_rate".equals(((Map<?, ?>) m).get("name"))).findFirst().orElseThrow();
        assertEquals("share", participation.get("unit"));
        assertTrue(((List<?>) participation.get("tags")).contains("key_outcome"));
    }

    @Test
    void failureDuringTheRunLeavesNoFolder() throws IOException {
        Path parent = tmp.resolve("results");
        assertThrows(IllegalStateException.class, () -> {
            try (RunFolder folder = RunFolder.create(parent.resolve("run"))) {
                folder.sink().accept(day(1));
                throw new IllegalStateException("model broke");
            }
        });
        try (Stream<Path> s = Files.list(parent)) {
            assertEquals(List.of(), s.toList());
        }
        assertFalse(Files.exists(parent.resolve("run")));
    }
}
