package cogov.config;

import java.util.Locale;
import java.util.Objects;

/**
 * One published figure a calibration compares the model with, as read from a targets file.
 *
 * @param name        unique id in the file
 * @param metric      a metric of the registry (or, with status NEEDS_METRIC, one the model does not report yet)
 * @param scope       county, a community type, or one community
 * @param unit        "county", the community type key, or the community name
 * @param statistic   how a run is summarised
 * @param windowDays  the last {@code windowDays} days of a run (for {@code mean})
 * @param value       the published value
 * @param sd          its uncertainty as a standard deviation (given, or derived from an interval)
 * @param low         the published interval's lower end, or NaN when the figure was given as value and sd
 * @param high        the published interval's upper end, or NaN when the figure was given as value and sd
 * @param pointValue  true when the file states a value (a published point figure); false when it gives
 *                    only an interval, whose midpoint then stands in as the value
 * @param source      where the figure comes from
 * @param mapping     how the survey's category maps to the metric (and what differs)
 * @param holdout     reported but never fitted
 * @param status      ACTIVE, or NEEDS_METRIC when the metric does not exist yet (the target is then skipped)
 * @param line        line of the target in its file (for messages)
 */
public record TargetSpec(String name, String metric, ScopeKind scope, String unit, Statistic statistic, int windowDays,
                         double value, double sd, double low, double high, boolean pointValue, String source,
                         String mapping, boolean holdout, Status status, int line) {

    /** A figure given as value and sd (no interval). */
    public TargetSpec(String name, String metric, ScopeKind scope, String unit, Statistic statistic, int windowDays,
                      double value, double sd, String source, String mapping, boolean holdout, Status status, int line) {
        this(name, metric, scope, unit, statistic, windowDays, value, sd, Double.NaN, Double.NaN, true, source, mapping,
                holdout, status, line);
    }

    public TargetSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(status, "status");
    }

    /** What the target aggregates over. */
    public enum ScopeKind {
        COUNTY, TYPE, COMMUNITY;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a run becomes one number. */
    public enum Statistic {
        /** Mean of the daily values over the window (undefined days skipped). */
        MEAN,
        /** The value on the last day. */
        LAST;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the target can be used: its metric exists. */
    public enum Status {
        ACTIVE, NEEDS_METRIC;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** True when the file gave the figure as an interval {@code [low, high]}. */
    public boolean hasInterval() {
        return !Double.isNaN(low);
    }

    /** The published interval, or value plus or minus two sd for a figure given with its sd (the loader's reading of an interval). */
    public double intervalLow() {
        return hasInterval() ? low : value - 2 * sd;
    }

    /** Upper end of {@link #intervalLow()}'s interval. */
    public double intervalHigh() {
        return hasInterval() ? high : value + 2 * sd;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    /** {@code county}, {@code type relocated} or {@code community xinhe}. */
    public String scopeLabel() {
        return scope == ScopeKind.COUNTY ? "county" : scope.key() + " " + unit;
    }
}
