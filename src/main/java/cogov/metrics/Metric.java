package cogov.metrics;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One outcome the model reports, declared once in {@link MetricRegistry}: its column name in every CSV,
 * label, unit, a one-line description used by docs, chart titles and axis labels, its tags, and how it
 * is computed from the sums the collector gathers in its single pass over residents and ledgers.
 */
public final class Metric {

    /** How a metric's value is computed for one scope unit from that unit's sums. */
    @FunctionalInterface
    interface Reporter {
        double value(ScopeData data);
    }

    private final String name;
    private final String label;
    private final String unit;
    private final String description;
    private final boolean countyOnly;
    private final boolean higherIsBetter;
    private final Set<Tag> tags;
    private final Reporter reporter;

    Metric(String name, String label, String unit, String description, boolean countyOnly, boolean higherIsBetter,
            Set<Tag> tags, Reporter reporter) {
        this.name = name;
        this.label = label;
        this.unit = unit;
        this.description = description;
        this.countyOnly = countyOnly;
        this.higherIsBetter = higherIsBetter;
        this.tags = tags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(tags));
        this.reporter = reporter;
    }

    /**
     * A quantity computed after the runs from their results (such as a cost-effectiveness ratio in
     * comparison.csv), labelled like a metric for tables and charts; not in the registry, never collected.
     */
    public static Metric derived(String name, String label, String unit, String description, boolean higherIsBetter) {
        return new Metric(name, label, unit, description, false, higherIsBetter, Set.of(), data -> {
            throw new IllegalStateException(name + " is derived from results, not collected");
        });
    }

    /** snake_case identifier, unique in {@link MetricRegistry}: the CSV column. */
    public String name() {
        return name;
    }

    /** Short human title for charts. */
    public String label() {
        return label;
    }

    /** Unit for axis labels ("share", "requests/day", "yuan", ...). */
    public String unit() {
        return unit;
    }

    /** One sentence saying how it is computed. */
    public String description() {
        return description;
    }

    /** True when the metric is only defined county-wide (gaps between community types). */
    public boolean countyOnly() {
        return countyOnly;
    }

    /** Whether an increase is an improvement (for charts and reports). */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** What the metric is used for. */
    public Set<Tag> tags() {
        return tags;
    }

    public boolean has(Tag tag) {
        return tags.contains(tag);
    }

    /** Axis label: {@code Label (unit)}. */
    public String axisLabel() {
        return label + " (" + unit + ")";
    }

    double compute(ScopeData data) {
        return reporter.value(data);
    }

    @Override
    public String toString() {
        return name;
    }
}
