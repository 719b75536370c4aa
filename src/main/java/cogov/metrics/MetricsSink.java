package cogov.metrics;

import java.util.List;

/** Receives each day's rows as soon as they are collected, so nothing needs to hold a whole run. */
@FunctionalInterface
public interface MetricsSink {
    /** The rows of one day: the county row first, then type rows, then community rows in scenario order. */
    void accept(List<MetricsRow> dayRows);

    /**
     * Whether this sink reads the community rows; one that does not (a sweep's run file keeps county and type
     * rows only) spares the collector computing every metric for every community every day.
     */
    default boolean wantsCommunityRows() {
        return true;
    }
}
