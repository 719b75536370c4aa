package cogov.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code docs/metrics.md} from the {@link MetricRegistry}, so the documented outcomes are the ones
 * the CSV files, charts and report use (a test keeps the committed file in sync).
 */
public final class MetricDocs {
    /** Where the generated reference lives in the repository. */
    public static final Path DEFAULT_PATH = Path.of("docs", "metrics.md");

    private MetricDocs() {
    }

    /** The Markdown reference of every metric. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Outcomes (metrics)\n\n")
                .append("Generated from `cogov.metrics.MetricRegistry` by `cogov.metrics.MetricDocs`; do not edit by hand.\n\n")
                .append("Every metric is computed each day after all seven processes, for each community, for each ")
                .append("community type present, and for the county (`scope` column: `community`, `type`, `county`). ")
                .append("Rates over a window are ratios of sums over the communities in scope, not means of ")
                .append("community rates. An undefined value (no requests in the window, a county-only metric ")
                .append("in a community row) is an empty cell. Key outcomes are charted by default in reports; the tags say ")
                .append("where else a metric is used (`live_chart`: the GUI; `by_type`: the report's effects by community ")
                .append("type; `gain` and `cost`: the trade-off charts; `equity`: gaps and inequality).\n\n")
                .append("| metric | unit | key outcome | higher is better | scope | tags | definition |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Metric m : MetricRegistry.all()) {
            sb.append("| `").append(m.name()).append("` | ").append(m.unit()).append(" | ")
                    .append(m.has(Tag.KEY_OUTCOME) ? "yes" : "").append(" | ")
                    .append(m.higherIsBetter() ? "yes" : "").append(" | ")
                    .append(m.countyOnly() ? "county" : "all").append(" | ")
                    .append(tags(m)).append(" | ")
                    .append(m.description()).append(" |\n");
        }
        sb.append("\n## Time to effect (comparison.csv)\n\n")
                .append("Declared in `cogov.metrics.TimeToEffect`. Not daily metrics: a sweep with a reference configuration ")
                .append("computes them for each other configuration from the daily county rows of each replication and of ")
                .append("the reference's replication with the same seed, and writes their mean and 95% interval over ")
                .append("replications to `comparison.csv` (county row; `mean_diff` holds the mean number of days). With a ")
                .append("mechanism's `start_day` after a warm-up, the onset is that day.\n\n")
                .append("| metric | unit | outcome | share of the effect | definition |\n|---|---|---|---|---|\n");
        for (TimeToEffect t : TimeToEffect.ALL) {
            sb.append("| `").append(t.name()).append("` | days | `").append(t.outcome()).append("` | ")
                    .append(Math.round(t.fraction() * 100)).append("% | ").append(t.description()).append(" |\n");
        }
        return sb.toString();
    }

    private static String tags(Metric m) {
        List<String> names = new ArrayList<>();
        for (Tag t : m.tags()) {
            if (t != Tag.KEY_OUTCOME) {
                names.add(t.name().toLowerCase(Locale.ROOT));
            }
        }
        return String.join(", ", names);
    }

    /** Writes the reference to the given path (default {@code docs/metrics.md}). */
    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : DEFAULT_PATH;
        Files.writeString(target, markdown(), StandardCharsets.UTF_8);
    }
}
