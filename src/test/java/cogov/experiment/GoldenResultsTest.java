package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cogov.config.ConfigException;
import cogov.config.ExperimentLoader;
import cogov.config.ExperimentSpec;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.output.FolderLayout;
import cogov.output.TimeseriesWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results are byte-identical to the stored ones: every shipped scenario (shortened to {@value #DAYS} days)
 * and the quick experiment through the sweep machinery. A refactoring must leave every hash alone.
 *
 * <p>When a change is meant to change results (a model change, a new metric column), regenerate the
 * stored hashes on purpose, in a commit of its own that says why:
 * <pre>mvn -B -q -o test -Dtest=GoldenResultsTest -Dgolden.update=true</pre>
 * which rewrites {@code src/test/resources/cogov/golden/hashes.txt} and passes. Each run also writes the
 * hashes it got to {@code target/golden-actual.txt}, so {@code diff} names what changed.
 */
class GoldenResultsTest {

    /** Long enough that the shipped scenarios' mechanisms (start day 181 after the warm-up) act for 60 days. */
    static final int DAYS = 240;
    static final int SWEEP_DAYS = 90;
    static final Path STORED = Path.of("src/test/resources/cogov/golden/hashes.txt");
    static final Path SCENARIOS = Path.of("scenarios");
    static final List<String> SWEEP_FILES = List.of(FolderLayout.EXPERIMENT, FolderLayout.SCENARIO, FolderLayout.RUNS,
            FolderLayout.TIMESERIES, FolderLayout.SUMMARY, FolderLayout.COMPARISON);

    @TempDir
    Path tmp;

    @Test
    void everyShippedScenarioAndTheQuickExperimentGiveTheStoredResults() throws Exception {
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Scenario scenario = ScenarioLoader.load(file);
                String name = file.getFileName().toString();
                actual.put("scenario/" + name + "/resolved", sha256(ScenarioLoader.toResolvedYaml(scenario)));
                actual.put("scenario/" + name + "/timeseries", sha256(timeseries(scenario.withDays(DAYS))));
            }
        }
        Path quick = SCENARIOS.resolve("experiments/quick.yaml");
        ExperimentSpec spec = ExperimentLoader.load(quick);
        Sweep sweep = new Sweep(spec, Files.readAllBytes(quick), shortened(ScenarioSource.of(spec.base())),
                RunFunction.SIMULATION);
        Path out = tmp.resolve("quick");
        sweep.run(new Sweep.Options(out, 2, false, RunPlan.Shard.ALL), Sweep.Listener.NONE);
        for (String f : SWEEP_FILES) {
            actual.put("sweep/quick/" + f, sha256(Files.readString(out.resolve(f))));
        }

        StringBuilder text = new StringBuilder();
        actual.forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(STORED.getParent());
            Files.writeString(STORED, text.toString());
            return;
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/golden-actual.txt"), text.toString());
        assertEquals(Files.readString(STORED), text.toString(),
                "results changed; if on purpose, regenerate with -Dgolden.update=true in a commit that says why");
    }

    private static ScenarioSource shortened(ScenarioSource base) {
        return new ScenarioSource() {
            @Override
            public Scenario scenario(Map<String, Object> overrides) throws ConfigException {
                return base.scenario(overrides).withDays(SWEEP_DAYS);
            }

            @Override
            public String resolvedBaseYaml() throws ConfigException {
                return base.resolvedBaseYaml();
            }
        };
    }

    private static String timeseries(Scenario scenario) throws IOException {
        StringWriter out = new StringWriter();
        try (TimeseriesWriter writer = new TimeseriesWriter(out, "test")) {
            Simulation.run(scenario, writer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
