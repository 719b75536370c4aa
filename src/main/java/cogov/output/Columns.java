package cogov.output;

import cogov.metrics.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * The key columns of every CSV file cogov writes, named and ordered once, so the same quantity has the same
 * column name and position in a run folder, a sweep's run files and its aggregates: a reader that joins
 * them needs no renaming. Every file's key columns are a subsequence of {@link #ORDER} (factor columns
 * standing where {@link #FACTORS} does); metric values follow the keys, named after the metric
 * ({@code participation_rate}) or, for statistics across runs, after the metric and the statistic
 * ({@code participation_rate_mean}) or in long form ({@link #METRIC} plus one column per statistic).
 */
public final class Columns {

    /** A run: {@code <config_id>-r<replication>} in a sweep, {@code seed<seed>-<hash>} for {@code cogov run}. */
    public static final String RUN_ID = "run_id";
    /** A configuration of a sweep's design. */
    public static final String CONFIG_ID = "config_id";
    /** The configuration a comparison is made against. */
    public static final String REFERENCE_ID = "reference_id";
    /** The configuration's readable label (variant name, or switched-on mechanisms joined with '+'). */
    public static final String LABEL = "label";
    /** The variant's name in a variants design. */
    public static final String VARIANT = "variant";
    /** Stands for the design's factor columns (one per factor key) in {@link #ORDER}. */
    public static final String FACTORS = "<factors>";
    /** The replication index, 0-based. */
    public static final String REPLICATION = "replication";
    /** The run's seed as a number (exact in R only up to 2^53: use {@link #SEED_TEXT} to match runs). */
    public static final String SEED = "seed";
    /** The run's seed as text ({@code seed-8137...}), which no spreadsheet or reader rounds. */
    public static final String SEED_TEXT = "seed_text";
    /** ok, failed or missing. */
    public static final String STATUS = "status";
    /** county, type or community. */
    public static final String SCOPE = "scope";
    /** The unit within the scope: county, a community type's key, or a community's name. */
    public static final String UNIT = "unit";
    /** The community type of the unit ({@code all} for the county). */
    public static final String COMMUNITY_TYPE = "community_type";
    /** The simulated day, from 1; empty on a run file's window-mean rows. */
    public static final String DAY = "day";
    /** The metric of a long-form row. */
    public static final String METRIC = "metric";

    /** The one order of key columns. */
    public static final List<String> ORDER = List.of(RUN_ID, CONFIG_ID, REFERENCE_ID, LABEL, VARIANT, FACTORS,
            REPLICATION, SEED, SEED_TEXT, STATUS, SCOPE, UNIT, COMMUNITY_TYPE, DAY, METRIC);

    /** The keys of one run's daily rows, in a run folder's timeseries.csv and a sweep's run files alike. */
    public static final List<String> RUN_DAY = List.of(RUN_ID, SCOPE, UNIT, COMMUNITY_TYPE, DAY);
    /** The unit of a row: scope, unit and its community type. */
    public static final List<String> UNIT_KEYS = List.of(SCOPE, UNIT, COMMUNITY_TYPE);

    /** The community type of the county's rows. */
    public static final String ALL_TYPES = "all";

    private Columns() {
    }

    /** {@link #SEED_TEXT} of a seed: the prefix of a {@code cogov run} folder's name. */
    public static String seedText(long seed) {
        return "seed" + seed;
    }

    /** The community type column of a county or type unit (community rows carry their own). */
    public static String communityType(Scope scope, String unit) {
        return scope == Scope.COUNTY ? ALL_TYPES : unit;
    }

    /**
     * Whether {@code header}'s key columns (those named in {@link #ORDER}, and the {@code factors} given) come in
     * the one order; other columns (values) may be anywhere after them.
     */
    public static boolean keysInOrder(List<String> header, List<String> factors) {
        List<String> expanded = new ArrayList<>();
        for (String c : ORDER) {
            if (c.equals(FACTORS)) {
                expanded.addAll(factors);
            } else {
                expanded.add(c);
            }
        }
        int last = -1;
        for (String c : header) {
            int at = expanded.indexOf(c);
            if (at < 0) {
                continue;
            }
            if (at < last) {
                return false;
            }
            last = at;
        }
        return true;
    }
}
