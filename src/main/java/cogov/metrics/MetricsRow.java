package cogov.metrics;

/**
 * The metrics of one scope unit on one day, values aligned with {@link MetricRegistry#all()}.
 * A value is NaN where the metric is undefined (no requests in the window, a county-only metric).
 *
 * @param day           simulated day, 1-based (day 0 is the initial state and is not recorded)
 * @param scope         what the row aggregates
 * @param unit          "county", a community type key, or a community name
 * @param communityType the community type key for community and type rows, "all" for the county row
 */
public record MetricsRow(int day, Scope scope, String unit, String communityType, double[] values) {

    public double get(Metric metric) {
        return values[MetricRegistry.indexOf(metric.name())];
    }

    public double get(String metricName) {
        return values[MetricRegistry.indexOf(metricName)];
    }
}
