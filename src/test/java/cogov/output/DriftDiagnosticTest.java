package cogov.output;

import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.experiment.Simulation;
import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsRow;
import cogov.metrics.Scope;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summary window's drift diagnostic names the county outcomes still moving from the window before to the
 * summary window, and only those: not a calendar cycle, month-to-month noise, a wobble of a gap near zero
 * or a sub-day move of a time outcome.
 */
class DriftDiagnosticTest {

    private static final int WINDOW = 90;

    /** A county series of {@code days} days: participation_12m, trust and the named outcome's values. */
    private static SummaryWriter feed(int days, String metric, IntToDoubleFunction value) {
        SummaryWriter summary = new SummaryWriter(WINDOW);
        for (int day = 1; day <= days; day++) {
            double[] v = new double[MetricRegistry.size()];
            Arrays.fill(v, Double.NaN);
            v[MetricRegistry.indexOf("participation_12m")] = 0.30;
            v[MetricRegistry.indexOf("trust_mean")] = 0.55;
            v[MetricRegistry.indexOf("participation_rate")] = 0.25;
            v[MetricRegistry.indexOf(metric)] = value.applyAsDouble(day);
            summary.accept(List.of(new MetricsRow(day, Scope.COUNTY, "county", "all", v)));
        }
        return summary;
    }

    @Test
    void aSettledWindowGivesNoWarning() {
        assertEquals(List.of(), feed(240, "participation_12m", day -> 0.30).driftWarnings());
    }

    @Test
    void aTrendingOutcomeIsNamed() {
        List<String> warnings = feed(240, "participation_12m", day -> 0.30 + 0.001 * day).driftWarnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("participation_12m moved from 0.4"), warnings.get(0));
    }

    @Test
    void aSmallWobbleIsNotDrift() {
        assertEquals(List.of(), feed(240, "participation_12m", day -> 0.30 + 0.00003 * day).driftWarnings());
    }

    @Test
    void aCalendarCycleThatMovesTheHalvesButNotTheWindowsIsNotDrift() {
        // high in the first 15 days of every 30-day month: the halves of a 90-day window differ by a third of
        // the swing, the whole windows not at all
        IntToDoubleFunction monthly = day -> Math.floorMod(day - 1, 30) < 15 ? 0.30 : 0.20;
        assertEquals(List.of(), feed(240, "participation_rate", monthly).driftWarnings());
    }

    @Test
    void monthToMonthNoiseAboveTheRelativeToleranceIsNotDrift() {
        // months alternate +-0.05 around 0.30: the windows' means differ by 0.033 (11%), but the months
        // themselves swing by 0.1, so the difference is within two standard errors of that noise
        IntToDoubleFunction zigzag = day -> 0.30 + (((day - 1) / 30) % 2 == 0 ? 0.05 : -0.05);
        assertEquals(List.of(), feed(180, "participation_12m", zigzag).driftWarnings());
    }

    @Test
    void aGapIsJudgedAgainstTheRateItDifferences() {
        // participation rate 0.25: a gap rising by 0.01 over a window is 4% of the rate, not 30% of the gap
        IntToDoubleFunction small = day -> 0.03 + 0.01 * day / WINDOW;
        assertEquals(List.of(), feed(240, "equity_participation_gap", small).driftWarnings());
        IntToDoubleFunction large = day -> 0.03 + 0.03 * day / WINDOW;
        List<String> warnings = feed(240, "equity_participation_gap", large).driftWarnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("equity_participation_gap"), warnings.get(0));
    }

    @Test
    void aTimeOutcomeMovesByLessThanTheModelsDayOnlyWhenItIsNotDrift() {
        assertEquals(List.of(), feed(240, "resolution_days_median", day -> 0.35 - 0.001 * day).driftWarnings(),
                "0.09 days a window is below the daily clock's resolution");
        List<String> warnings = feed(240, "resolution_days_median", day -> 2 + 0.01 * day).driftWarnings();
        assertEquals(1, warnings.size(), warnings.toString());
    }

    @Test
    void aRunShorterThanTwoWindowsGetsNoDiagnostic() {
        SummaryWriter shortRun = feed(150, "participation_12m", day -> 0.30 + 0.001 * day);
        assertFalse(shortRun.driftDiagnosable());
        assertEquals(List.of(), shortRun.driftWarnings());
        assertTrue(feed(180, "participation_12m", day -> 0.30).driftDiagnosable());
    }

    @Test
    void everyGapMetricNamesTheRateItDifferences() {
        for (Metric m : MetricRegistry.all()) {
            if (m.name().startsWith("equity_") && m.name().endsWith("_gap")) {
                String level = SummaryWriter.GAP_LEVELS.get(m.name());
                assertNotNull(level, m.name() + " needs its level in SummaryWriter.GAP_LEVELS");
                assertNotNull(MetricRegistry.find(level), level);
            }
        }
    }

    @Test
    void aMechanismSwitchingOnBeforeTheWindowIsNamedAndTheQuickCountyWithoutItIsNot() throws Exception {
        Scenario quiet = ScenarioLoader.load(Path.of("scenarios/quick-county.yaml"), Map.of("days", 300));
        SummaryWriter without = new SummaryWriter(WINDOW);
        Simulation.run(quiet, without);
        // full-time staff from day 200: more than doubled staff hours in the 90 days before day 300
        Scenario staffed = ScenarioLoader.load(Path.of("scenarios/quick-county.yaml"), Map.of("days", 300,
                "mechanisms.full_time_staff.enabled", true, "mechanisms.full_time_staff.start_day", 200));
        SummaryWriter with = new SummaryWriter(WINDOW);
        Simulation.run(staffed, with);
        assertTrue(with.driftWarnings().stream().anyMatch(w -> w.startsWith("resolution_rate")
                || w.startsWith("backlog")), with.driftWarnings().toString());
        assertFalse(without.driftWarnings().stream().anyMatch(w -> w.startsWith("resolution_rate")),
                without.driftWarnings().toString());
    }
}
