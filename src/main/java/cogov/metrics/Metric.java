package cogov.metrics;

/**
 * One outcome the model reports: its column name in every CSV, its unit and a one-line description
 * used by docs, chart titles and axis labels.
 *
 * @param name        snake_case identifier, unique in {@link MetricRegistry}
 * @param label       short human title for charts
 * @param unit        unit for axis labels ("share", "requests/day", "yuan", ...)
 * @param description one sentence saying how it is computed
 * @param countyOnly  true when the metric is only defined county-wide (equity gaps)
 * @param higherIsBetter whether an increase is an improvement (for charts and reports)
 */
public record Metric(String name, String label, String unit, String description, boolean countyOnly,
                     boolean higherIsBetter) {

    /** Axis label: {@code Label (unit)}. */
    public String axisLabel() {
        return label + " (" + unit + ")";
    }
}
