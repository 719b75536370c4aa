package cogov.model;

import cogov.experiment.Simulation;
import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

class SmokeTest {
    @Test
    void printsBaseline() {
        List<MetricsRow> last = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int k = 0; k < 32; k++) {
            boolean[] b = new boolean[5];
            for (int j = 0; j < 5; j++) b[j] = ((k >> j) & 1) == 1;
            if (Integer.bitCount(k) > 1 && k != 31) continue;
            var s = TestScenarios.withMechanisms(TestScenarios.smallCounty(365, 7),
                    TestScenarios.mechanisms(b[0], b[1], b[2], b[3], b[4]));
            List<MetricsRow> rows = new ArrayList<>();
            Simulation.run(s, day -> { if (day.get(0).day() > 300) rows.add(day.get(0)); });
            double[] mean = new double[MetricRegistry.size()];
            for (MetricsRow r : rows) for (int i = 0; i < mean.length; i++) mean[i] += r.values()[i] / rows.size();
            StringBuilder sb = new StringBuilder("config " + k + ": ");
            for (String m : List.of("participation_rate","trust_mean","satisfaction_mean","awareness_mean","requests_raised","resolution_rate","on_time_rate","backlog","resolution_days_median","spending_yuan","cost_per_resolved_yuan","event_participants","equity_participation_gap"))
                sb.append(m).append('=').append(String.format("%.3f", mean[MetricRegistry.indexOf(m)])).append(' ');
            System.out.println(sb);
        }
        System.out.println("ms " + (System.nanoTime() - t0) / 1e6);
    }
}
