package cogov.gui;

import cogov.metrics.MetricsRow;
import cogov.metrics.MetricsSink;
import cogov.metrics.Scope;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last day's community and county metric rows, kept for the map's diagnostic colour modes and the
 * "What binds" panel. Filled from the metrics collector on the model thread; read by painters and the
 * Swing thread, so each day replaces the whole snapshot at once.
 */
final class Diagnostics implements MetricsSink {
    /** One day's rows: community rows by community name, and the county row. */
    record Day(int day, Map<String, MetricsRow> communities, MetricsRow county) {
        /** A community's value of a metric on that day; NaN when unknown. */
        double value(String community, String metric) {
            if (metric.equals("department_utilisation")) {
                return county == null ? Double.NaN : county.get(metric);
            }
            MetricsRow row = communities.get(community);
            return row == null ? Double.NaN : row.get(metric);
        }

        /** A community's binding constraint on that day. */
        BindingConstraint binding(String community) {
            return BindingConstraint.of(value(community, "staff_utilisation"), value(community, "department_utilisation"),
                    value(community, "oversubscribed_share"), value(community, "willing_unable_share"),
                    value(community, "willing_share"));
        }
    }

    private static final Day EMPTY = new Day(0, Map.of(), null);

    private volatile Day last = EMPTY;

    @Override
    public void accept(List<MetricsRow> rows) {
        Map<String, MetricsRow> communities = new HashMap<>();
        MetricsRow county = null;
        int day = 0;
        for (MetricsRow row : rows) {
            day = row.day();
            if (row.scope() == Scope.COMMUNITY) {
                communities.put(row.unit(), row);
            } else if (row.scope() == Scope.COUNTY) {
                county = row;
            }
        }
        last = new Day(day, Map.copyOf(communities), county);
    }

    /** Forgets the previous run. */
    void clear() {
        last = EMPTY;
    }

    /** The last day delivered. */
    Day last() {
        return last;
    }
}
