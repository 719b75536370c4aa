package cogov.output;

import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsRow;
import cogov.metrics.Scope;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The summary window's drift diagnostic names the county outcomes still moving, and only those. */
class DriftDiagnosticTest {

    private static SummaryWriter feed(double slopePerDay) {
        SummaryWriter summary = new SummaryWriter(90);
        for (int day = 1; day <= 120; day++) {
            double[] v = new double[MetricRegistry.size()];
            Arrays.fill(v, Double.NaN);
            v[MetricRegistry.indexOf("participation_12m")] = 0.30 + slopePerDay * day;
            v[MetricRegistry.indexOf("trust_mean")] = 0.55;
            summary.accept(List.of(new MetricsRow(day, Scope.COUNTY, "county", "all", v)));
        }
        return summary;
    }

    @Test
    void aSettledWindowGivesNoWarning() {
        assertEquals(List.of(), feed(0).driftWarnings());
    }

    @Test
    void aTrendingOutcomeIsNamed() {
        List<String> warnings = feed(0.001).driftWarnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("participation_12m moved from 0.3"), warnings.get(0));
    }

    @Test
    void aSmallWobbleIsNotDrift() {
        assertEquals(List.of(), feed(0.00003).driftWarnings());
    }
}
