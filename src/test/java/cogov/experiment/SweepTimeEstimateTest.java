package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dry run's scaling from a timed sample (after its warm-up) to the whole sweep. */
class SweepTimeEstimateTest {

    /**
     * 12 timed runs of 1,000 days over 6 configurations on 2 threads, 12 s of them in all (1 s per run and
     * thread: 0.001 s per run-day), 0.3 s aggregation, 3 s report; no warm-up.
     */
    private static final SweepTimeEstimate.Sample SAMPLE = sample(List.of());

    /** The same after a warm-up whose three points are 2, 2.5 and 2.6 s slower than the steady speed. */
    private static final SweepTimeEstimate.Sample WARMED = sample(List.of(new SweepTimeEstimate.Progress(1000, 3.0),
            new SweepTimeEstimate.Progress(2000, 4.5), new SweepTimeEstimate.Progress(3000, 5.6)));

    private static SweepTimeEstimate.Sample sample(List<SweepTimeEstimate.Progress> warmUp) {
        return new SweepTimeEstimate.Sample(12, 6, 2, 1000, 6.5, 12.0, 9.0, 0.3, 3.0, warmUp);
    }

    @Test
    void theSteadySpeedIsTheTimedRunsOwnWallTimePerRunDay() {
        assertEquals(0.001, SAMPLE.secondsPerRunDay(), 1e-12);
        assertEquals(0.75, SAMPLE.cpuShare(), 1e-12);
        // the sample's first-start-to-last-finish (6.5 s, an idle tail in it) does not enter the speed
        SweepTimeEstimate.Sample tail = new SweepTimeEstimate.Sample(12, 6, 2, 1000, 9.0, 12.0, 9.0, 0.3, 3.0, List.of());
        assertEquals(SAMPLE.secondsPerRunDay(), tail.secondsPerRunDay(), 0);
    }

    @Test
    void runsScaleWithRunLengthsPerThreadAndDays() {
        // 384 runs of 1,000 days on 2 threads: 192 run lengths of 1 s
        SweepTimeEstimate e = SweepTimeEstimate.scale(SAMPLE, 1.5, 384, 32, 1000, 2, true, true);
        assertEquals(192.0, e.runsSeconds(), 1e-9);
        assertEquals(1.5, e.setupSeconds(), 0);
        assertEquals(384.0, SweepTimeEstimate.scale(SAMPLE, 0, 768, 32, 1000, 2, true, true).runsSeconds(), 1e-9);
        assertEquals(384.0, SweepTimeEstimate.scale(SAMPLE, 0, 384, 32, 2000, 2, true, true).runsSeconds(), 1e-9);
        assertEquals(96.0, SweepTimeEstimate.scale(SAMPLE, 0, 384, 32, 1000, 4, true, true).runsSeconds(), 1e-9);
        // one run cannot use two threads; three runs on two threads take two run lengths
        assertEquals(1.0, SweepTimeEstimate.scale(SAMPLE, 0, 1, 1, 1000, 2, true, true).runsSeconds(), 1e-9);
        assertEquals(2.0, SweepTimeEstimate.scale(SAMPLE, 0, 3, 1, 1000, 2, true, true).runsSeconds(), 1e-9);
        assertEquals(0, SweepTimeEstimate.scale(SAMPLE, 0, 0, 32, 1000, 2, false, false).runsSeconds(), 0);
    }

    @Test
    void aSweepPaysTheWarmUpsExcessAsFarAsItReachesIt() {
        // steady times at the warm-up's points: 1, 2 and 3 s; its excess there 2, 2.5 and 2.6 s
        assertEquals(2.0, WARMED.warmUpExcessSeconds(1000), 1e-9);
        assertEquals(2.6, WARMED.warmUpExcessSeconds(3000), 1e-9);
        // between points the warm-up is interpolated (from 0 s at 0 days): 1.5 s at 500 days, 3.75 s at 1,500
        assertEquals(1.5 - 0.5, WARMED.warmUpExcessSeconds(500), 1e-9);
        assertEquals(3.75 - 1.5, WARMED.warmUpExcessSeconds(1500), 1e-9);
        // past its end, the whole excess, however long the sweep
        assertEquals(2.6, WARMED.warmUpExcessSeconds(1e7), 1e-9);
        assertEquals(0, WARMED.warmUpExcessSeconds(0), 0);
        assertEquals(0, SAMPLE.warmUpExcessSeconds(1000), 0);

        // the main job: 192 run lengths per thread, the steady 192 s plus the whole 2.6 s
        assertEquals(192 + 2.6, SweepTimeEstimate.scale(WARMED, 0, 384, 32, 1000, 2, true, true).runsSeconds(), 1e-9);
        // a sweep of one run on each thread is as slow as the warm-up's first point
        assertEquals(3.0, SweepTimeEstimate.scale(WARMED, 0, 2, 2, 1000, 2, true, true).runsSeconds(), 1e-9);
        // half-length runs: 500 days per thread
        assertEquals(1.5, SweepTimeEstimate.scale(WARMED, 0, 2, 2, 500, 2, true, true).runsSeconds(), 1e-9);
    }

    @Test
    void aWarmUpFasterThanTheTimedRunsAddsNothing() {
        // the machine got busier after the warm-up: the sweep is estimated at the slower, timed speed
        SweepTimeEstimate.Sample fast = sample(List.of(new SweepTimeEstimate.Progress(1000, 0.6),
                new SweepTimeEstimate.Progress(2000, 1.5)));
        assertEquals(0, fast.warmUpExcessSeconds(2000), 0);
        assertEquals(192.0, SweepTimeEstimate.scale(fast, 0, 384, 32, 1000, 2, true, true).runsSeconds(), 1e-9);
    }

    @Test
    void aggregationAndReportScaleWithConfigurations() {
        SweepTimeEstimate e = SweepTimeEstimate.scale(SAMPLE, 0, 640, 32, 1000, 2, true, true);
        assertEquals(0.3 * 32 / 6, e.aggregationSeconds(), 1e-9);
        double fixed = SweepTimeEstimate.REPORT_FIXED_CONFIGURATIONS;
        assertEquals(3.0 * (fixed + 32) / (fixed + 6), e.reportSeconds(), 1e-9);
        SweepTimeEstimate big = SweepTimeEstimate.scale(SAMPLE, 0, 6400, 320, 1000, 2, true, true);
        assertEquals(10 * e.aggregationSeconds(), big.aggregationSeconds(), 1e-9);
        assertEquals(3.0 * (fixed + 320) / (fixed + 6), big.reportSeconds(), 1e-9);
        assertEquals(e.setupSeconds() + e.runsSeconds() + e.aggregationSeconds() + e.reportSeconds(),
                e.totalSeconds(), 1e-9);
    }

    @Test
    void aShardHasNoAggregationAndNoReportAndNoReportMeansNone() {
        SweepTimeEstimate shard = SweepTimeEstimate.scale(SAMPLE, 0, 320, 32, 1000, 2, false, true);
        assertEquals(0, shard.aggregationSeconds(), 0);
        assertEquals(0, shard.reportSeconds(), 0);
        SweepTimeEstimate noReport = SweepTimeEstimate.scale(SAMPLE, 0, 640, 32, 1000, 2, true, false);
        assertEquals(0, noReport.reportSeconds(), 0);
        assertEquals(0.3 * 32 / 6, noReport.aggregationSeconds(), 1e-9);
    }

    @Test
    void emptySamplesAndUnorderedWarmUpsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new SweepTimeEstimate.Sample(0, 1, 1, 1, 1, 1, 1, 0, 0, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new SweepTimeEstimate.Sample(1, 1, 1, 1, 1, 0, 0, 0, 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> sample(List.of(new SweepTimeEstimate.Progress(2000, 3),
                new SweepTimeEstimate.Progress(1000, 4))));
        assertThrows(IllegalArgumentException.class, () -> new SweepTimeEstimate.Progress(0, 1));
        assertThrows(IllegalArgumentException.class, () -> SweepTimeEstimate.scale(SAMPLE, 0, 10, 0, 1000, 2, true, true));
    }
}
