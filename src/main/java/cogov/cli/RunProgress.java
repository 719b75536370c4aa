package cogov.cli;

import cogov.experiment.ResourceEstimate;
import cogov.metrics.MetricsRow;
import cogov.metrics.MetricsSink;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Passes a run's days on to the real sink and, every {@link #INTERVAL_NANOS}, prints the day reached
 * and the time left at the measured pace, so a long single run is never silent.
 */
final class RunProgress implements MetricsSink {

    /** Time between progress lines. */
    static final long INTERVAL_NANOS = 30_000_000_000L;

    private final MetricsSink delegate;
    private final int days;
    private final PrintWriter err;
    private final LongSupplier clock;
    private final long start;
    private long next;

    RunProgress(MetricsSink delegate, int days, PrintWriter err) {
        this(delegate, days, err, System::nanoTime);
    }

    /** For tests: another clock in nanoseconds. */
    RunProgress(MetricsSink delegate, int days, PrintWriter err, LongSupplier clock) {
        this.delegate = delegate;
        this.days = days;
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.next = start + INTERVAL_NANOS;
    }

    @Override
    public void accept(List<MetricsRow> dayRows) {
        delegate.accept(dayRows);
        long now = clock.getAsLong();
        if (now >= next && !dayRows.isEmpty()) {
            int day = dayRows.get(0).day();
            double elapsed = (now - start) / 1e9;
            double left = day >= days ? 0 : elapsed / day * (days - day);
            err.printf(Locale.ROOT, "cogov: day %d of %d (%.1f%%), about %s left%n", day, days, 100.0 * day / days,
                    ResourceEstimate.duration(left));
            err.flush();
            next = now + INTERVAL_NANOS;
        }
    }
}
