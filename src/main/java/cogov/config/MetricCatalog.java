package cogov.config;

import java.util.Collection;

/**
 * What a targets file may name: the metrics the model reports. Config sits below the metrics
 * package, so the caller passes the registry in through this view and the loader stays strict about
 * unknown names without depending on it.
 */
public interface MetricCatalog {

    /** Every metric name, in the registry's order (for "did you mean" suggestions). */
    Collection<String> names();

    /** Whether the metric is defined only county-wide (equity gaps). */
    boolean countyOnly(String metric);

    default boolean exists(String metric) {
        return names().contains(metric);
    }
}
