package cogov.metrics;

import java.util.List;

/** Receives each day's rows as soon as they are collected, so nothing needs to hold a whole run. */
@FunctionalInterface
public interface MetricsSink {
    /** The rows of one day: the county row first, then type rows, then community rows in scenario order. */
    void accept(List<MetricsRow> dayRows);
}
