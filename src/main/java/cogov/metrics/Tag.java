package cogov.metrics;

/** What a metric is used for: where reports, charts and the GUI pick it up, instead of hand lists of names. */
public enum Tag {
    /** Answers the users' question (participation and service, trust and satisfaction, cost, equity): charted by default. */
    KEY_OUTCOME,
    /** Charted live in the GUI, one line per community type. */
    LIVE_CHART,
    /** Its effects are also shown per community type in the report ("for whom"). */
    BY_TYPE,
    /** Plotted against cost in the report's trade-off charts. */
    GAIN,
    /** Public cost; the first metric with this tag is the trade-off charts' cost axis. */
    COST,
    /** A gap or inequality between groups, grids or community types. */
    EQUITY
}
