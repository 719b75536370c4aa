package cogov.output;

import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.metrics.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code metrics.json}, written into every run folder and every sweep folder: each metric's name (the CSV
 * column, or the stem of a sweep's {@code <metric>_mean} columns), label, unit, description, direction, tags
 * and whether it is a key outcome, generated from the metric declarations. Analysis scripts and notebooks
 * label their output the way the report does from it, without reading cogov's sources.
 */
public final class MetricsFile {

    /** What the file says about itself. */
    static final String ABOUT = "Labels and units of the columns of this folder's CSV files (written by cogov from its"
            + " metric declarations). Shares are fractions 0-1, as the report shows them.";

    private MetricsFile() {
    }

    /** The file's object without configurations (a run folder's): {@code about} and {@code metrics}. */
    public static JsonObject of() {
        List<Object> metrics = new ArrayList<>();
        for (Metric m : MetricRegistry.all()) {
            List<Object> tags = new ArrayList<>();
            for (Tag t : m.tags()) {
                tags.add(t.name().toLowerCase(Locale.ROOT));
            }
            metrics.add(new JsonObject().put("name", m.name()).put("label", m.label()).put("unit", m.unit())
                    .put("description", m.description()).put("higher_is_better", m.higherIsBetter())
                    .put("key_outcome", m.has(Tag.KEY_OUTCOME)).put("tags", tags));
        }
        return new JsonObject().put("about", ABOUT).put("metrics", metrics);
    }
}
