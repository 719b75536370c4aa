package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The dry run's scaling from a timed sample to the whole sweep. */
class SweepTimeEstimateTest {

    /** 12 runs of 730 days over 6 configurations on 2 threads: 6 s of runs, 0.3 s aggregation, 3 s report. */
    private static final SweepTimeEstimate.Sample SAMPLE = new SweepTimeEstimate.Sample(12, 6, 2, 730, 6.0, 0.3, 3.0);

    @Test
    void runsScaleWithRunsPerThreadAndDays() {
        SweepTimeEstimate e = SweepTimeEstimate.scale(SAMPLE, 1.5, 640, 32, 730, 2, true, true);
        assertEquals(6.0 * 640 / 12, e.runsSeconds(), 1e-9);
        assertEquals(1.5, e.setupSeconds(), 0);
        assertEquals(2 * e.runsSeconds(), SweepTimeEstimate.scale(SAMPLE, 1.5, 1280, 32, 730, 2, true, true)
                .runsSeconds(), 1e-9);
        assertEquals(e.runsSeconds() / 2, SweepTimeEstimate.scale(SAMPLE, 1.5, 640, 32, 730, 4, true, true)
                .runsSeconds(), 1e-9);
        assertEquals(e.runsSeconds() * 2, SweepTimeEstimate.scale(SAMPLE, 1.5, 640, 32, 730, 1, true, true)
                .runsSeconds(), 1e-9);
        assertEquals(e.runsSeconds() * 2, SweepTimeEstimate.scale(SAMPLE, 1.5, 640, 32, 1460, 2, true, true)
                .runsSeconds(), 1e-9);
        // one run cannot use two threads
        assertEquals(6.0 * 2 / 12, SweepTimeEstimate.scale(SAMPLE, 0, 1, 1, 730, 2, true, true).runsSeconds(), 1e-9);
        // a sample of one run on two threads had that run alone
        SweepTimeEstimate.Sample one = new SweepTimeEstimate.Sample(1, 1, 2, 730, 0.5, 0, 0);
        assertEquals(0.5 * 10, SweepTimeEstimate.scale(one, 0, 10, 1, 730, 1, true, true).runsSeconds(), 1e-9);
    }

    @Test
    void aggregationAndReportScaleWithConfigurations() {
        SweepTimeEstimate e = SweepTimeEstimate.scale(SAMPLE, 0, 640, 32, 730, 2, true, true);
        assertEquals(0.3 * 32 / 6, e.aggregationSeconds(), 1e-9);
        double fixed = SweepTimeEstimate.REPORT_FIXED_CONFIGURATIONS;
        assertEquals(3.0 * (fixed + 32) / (fixed + 6), e.reportSeconds(), 1e-9);
        SweepTimeEstimate big = SweepTimeEstimate.scale(SAMPLE, 0, 6400, 320, 730, 2, true, true);
        assertEquals(10 * e.aggregationSeconds(), big.aggregationSeconds(), 1e-9);
        assertEquals(3.0 * (fixed + 320) / (fixed + 6), big.reportSeconds(), 1e-9);
        assertEquals(e.setupSeconds() + e.runsSeconds() + e.aggregationSeconds() + e.reportSeconds(),
                e.totalSeconds(), 1e-9);
    }

    @Test
    void aShardHasNoAggregationAndNoReportAndNoReportMeansNone() {
        SweepTimeEstimate shard = SweepTimeEstimate.scale(SAMPLE, 0, 320, 32, 730, 2, false, true);
        assertEquals(0, shard.aggregationSeconds(), 0);
        assertEquals(0, shard.reportSeconds(), 0);
        SweepTimeEstimate noReport = SweepTimeEstimate.scale(SAMPLE, 0, 640, 32, 730, 2, true, false);
        assertEquals(0, noReport.reportSeconds(), 0);
        assertEquals(0.3 * 32 / 6, noReport.aggregationSeconds(), 1e-9);
        assertEquals(0, SweepTimeEstimate.scale(SAMPLE, 0, 0, 32, 730, 2, false, false).runsSeconds(), 0);
    }

    @Test
    void emptySamplesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SweepTimeEstimate.Sample(0, 1, 1, 1, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> SweepTimeEstimate.scale(SAMPLE, 0, 10, 0, 730, 2, true, true));
    }
}
