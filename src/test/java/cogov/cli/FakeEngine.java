package cogov.cli;

import cogov.config.CommunitySpec;
import cogov.config.CommunityType;
import cogov.config.ConfigException;
import cogov.config.ConfigProblem;
import cogov.config.Scenario;
import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsRow;
import cogov.metrics.MetricsSink;
import cogov.metrics.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A stand-in for the loader and the model, so the command path is tested before they exist: a file
 * containing {@code broken} has two problems, any other file is a 3-community scenario (one of each
 * type) named {@code tiny}, 5 days, seed 3. The run emits 1 county + 3 type + 3 community rows a day.
 */
final class FakeEngine implements Engine {

    static final int ROWS_PER_DAY = 7;

    private final int failOnDay;

    FakeEngine() {
        this(0);
    }

    /** An engine whose run throws on {@code failOnDay} (0: never). */
    FakeEngine(int failOnDay) {
        this.failOnDay = failOnDay;
    }

    /** A cogov whose engine is a fake; default run folders would go under target/test-results. */
    static Main fake() {
        return fake(0);
    }

    static Main fake(int failOnDay) {
        return new Main(new FakeEngine(failOnDay), Path.of("target", "test-results"));
    }

    @Override
    public Scenario load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.contains("broken")) {
            throw new ConfigException(List.of(
                    new ConfigProblem(file.toString(), 2, 7, "days", "must be at least 1 (got -4)"),
                    new ConfigProblem(file.toString(), 5, 3, "communities[0].type", "unknown type (got castle)")));
        }
        List<CommunitySpec> communities = List.of(
                new CommunitySpec("Old-A", CommunityType.OLD_URBAN, 40, 0, 2, 3, 2, 100, 10000),
                new CommunitySpec("Flats-B", CommunityType.COMMODITY_HOUSING, 30, 0, 2, 3, 2, 100, 10000),
                new CommunitySpec("Moved-C", CommunityType.RELOCATED, 30, 20, 2, 3, 2, 100, 10000));
        return new Scenario("tiny", "", 5, 3, communities, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    @Override
    public String toResolvedYaml(Scenario scenario) {
        return "name: " + scenario.name() + "\ndays: " + scenario.days() + "\nseed: " + scenario.seed() + "\n";
    }

    @Override
    public void run(Scenario scenario, MetricsSink sink) {
        for (int day = 1; day <= scenario.days(); day++) {
            if (day == failOnDay) {
                throw new IllegalStateException("injected failure on day " + day);
            }
            List<MetricsRow> rows = new ArrayList<>();
            rows.add(new MetricsRow(day, Scope.COUNTY, "county", "all", values(day)));
            for (CommunityType type : CommunityType.values()) {
                rows.add(new MetricsRow(day, Scope.TYPE, type.key(), type.key(), values(day)));
            }
            for (CommunitySpec c : scenario.communities()) {
                rows.add(new MetricsRow(day, Scope.COMMUNITY, c.name(), c.type().key(), values(day)));
            }
            sink.accept(rows);
        }
    }

    private static double[] values(int day) {
        double[] v = new double[MetricRegistry.size()];
        Arrays.fill(v, day / 10.0);
        return v;
    }
}
