package cogov.metrics;

import java.util.Locale;

/** What a row of metrics aggregates over: one community, all communities of a type, or the county. */
public enum Scope {
    COUNTY, TYPE, COMMUNITY;

    /** Lower-case spelling used in CSV files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
