package cogov.experiment;

import cogov.config.ExperimentSpec;
import cogov.config.Scenario;
import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsRow;
import cogov.metrics.Scope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A fast deterministic stand-in for the model and the scenario loader, for sweep tests. */
final class FakeModel {

    static final String[] TYPES = {"old-urban", "commodity-housing", "relocated"};

    private FakeModel() {
    }

    /** Scenarios whose name spells their overrides; no YAML involved. */
    static ScenarioSource source(int days) {
        return new ScenarioSource() {
            @Override
            public Scenario scenario(Map<String, Object> overrides) {
                String name = "fake:" + Configuration.canonical(overrides).replace('\n', ';');
                return new Scenario(name, "", days, 0, List.of(), null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null);
            }

            @Override
            public String resolvedBaseYaml() {
                return "name: fake\ndays: " + days + "\n";
            }
        };
    }

    /** Rows computed from the seed and the scenario only; the configuration shifts the level. */
    static void run(Scenario s, cogov.metrics.MetricsSink sink) {
        SplittableRandom rng = new SplittableRandom(s.seed());
        double shift = (s.name().hashCode() & 0xff) / 256.0;
        int n = MetricRegistry.size();
        for (int day = 1; day <= s.days(); day++) {
            List<MetricsRow> rows = new ArrayList<>();
            rows.add(new MetricsRow(day, Scope.COUNTY, "county", "all", values(rng, n, shift, day)));
            for (String t : TYPES) {
                rows.add(new MetricsRow(day, Scope.TYPE, t, t, values(rng, n, shift, day)));
            }
            rows.add(new MetricsRow(day, Scope.COMMUNITY, "c1", TYPES[0], values(rng, n, shift, day)));
            sink.accept(rows);
        }
    }

    private static double[] values(SplittableRandom rng, int n, double shift, int day) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (i == 3 && day % 5 == 0) ? Double.NaN : shift * i + rng.nextDouble() / 3;
        }
        return v;
    }

    static RunFunction slow(long millisPerRun) {
        return (s, sink) -> {
            Thread.sleep(millisPerRun);
            run(s, sink);
        };
    }

    /** Fails the run with this seed in configurations whose name contains {@code marker}. */
    static RunFunction failing(String marker, long seed) {
        return (s, sink) -> {
            if (s.name().contains(marker) && s.seed() == seed) {
                throw new IllegalStateException("boom in " + s.name());
            }
            run(s, sink);
        };
    }

    /** A 2 x 2 factorial with a string-free design, {@code reps} replications, 40-day runs. */
    static ExperimentSpec factorial(int reps) {
        Map<String, List<Object>> factors = new LinkedHashMap<>();
        factors.put("mechanisms.joint_building.enabled", List.of(false, true));
        factors.put("communities[0].staff", List.of(5, 9));
        return new ExperimentSpec("fake-exp", "", Path.of("fake.yaml"), Path.of("base.yaml"),
                new ExperimentSpec.Factorial(factors), reps, 42L, 10,
                new ExperimentSpec.ReferenceSpec(null, Map.of("mechanisms.joint_building.enabled", false,
                        "communities[0].staff", 5)));
    }

    static byte[] bytes(ExperimentSpec spec) {
        return ("name: " + spec.name() + "\nreplications: " + spec.replications() + "\n").getBytes();
    }

    /** Child-JVM entry point for the crash test: {@code FakeModel OUT MILLIS_PER_RUN [SIGNIFICANT_DIGITS]}. */
    public static void main(String[] args) throws Exception {
        ExperimentSpec spec = factorial(6);
        Sweep sweep = new Sweep(spec, bytes(spec), source(40), slow(Long.parseLong(args[1])));
        int digits = args.length > 2 ? Integer.parseInt(args[2]) : Aggregator.Output.DEFAULT.significantDigits();
        sweep.run(new Sweep.Options(Path.of(args[0]), 2, false, RunPlan.Shard.ALL, new Aggregator.Output(digits, 1, true)),
                new Sweep.Listener() {
            @Override
            public void runFinished(RunSpec run, boolean ok) {
                System.out.println("done " + run.runId());
                System.out.flush();
            }
        });
    }
}
