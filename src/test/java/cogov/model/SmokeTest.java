package cogov.model;

import cogov.config.ScenarioLoader;
import cogov.experiment.Simulation;
import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsRow;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

class SmokeTest {
    @Test
    void printsBaseline() throws Exception {
        for (String f : List.of("lijin-baseline", "joint-building-only", "regional-integration-only", "party-led-governance-only", "full-time-staff-only", "input-guarantee-only", "all-mechanisms")) {
            long t0 = System.nanoTime();
            var s = ScenarioLoader.load(Path.of("scenarios", f + ".yaml"));
            List<MetricsRow> rows = new ArrayList<>();
            Simulation.run(s, day -> { if (day.get(0).day() > s.days() - 90) rows.add(day.get(0)); });
            double[] mean = new double[MetricRegistry.size()];
            for (MetricsRow r : rows) for (int i = 0; i < mean.length; i++) mean[i] += r.values()[i] / rows.size();
            StringBuilder sb = new StringBuilder(f + ": ");
            for (String m : List.of("participation_rate","trust_mean","satisfaction_mean","awareness_mean","requests_raised","resolution_rate","on_time_rate","backlog","resolution_days_median","spending_yuan","cost_per_resolved_yuan","event_participants","equity_participation_gap"))
                sb.append(m.replace("_rate","").replace("_mean","")).append('=').append(String.format("%.3f", mean[MetricRegistry.indexOf(m)])).append(' ');
            System.out.println(sb + " ms=" + (System.nanoTime() - t0) / 1000000);
        }
    }
}
