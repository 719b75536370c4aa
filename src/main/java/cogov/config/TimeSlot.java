package cogov.config;

import java.util.Locale;

/**
 * When in the week an activity takes place. Residents are free in some slots and not in others (working-age
 * residents are rarely free on weekday daytime), so the slot decides who is able to come.
 */
public enum TimeSlot implements Keyed {
    WEEKDAY_DAY("weekday-day"),
    WEEKDAY_EVENING("weekday-evening"),
    WEEKEND("weekend");

    private final String key;

    TimeSlot(String key) {
        this.key = key;
    }

    /** The spelling used in YAML files. */
    @Override
    public String key() {
        return key;
    }

    /** Whether the slot falls on a weekend day. */
    public boolean onWeekend() {
        return this == WEEKEND;
    }

    /** Parses the YAML spelling; returns null when unknown. */
    public static TimeSlot fromKey(String text) {
        for (TimeSlot t : values()) {
            if (t.key.equals(text.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        return null;
    }
}
