package cogov.model;

import cogov.config.ActivitiesSpec;
import cogov.config.ActivityTypeSpec;

/**
 * The three activity types of the activity model, each carrying one of the five functions of community
 * Party building: consultation (democratic guarantee), cultural activity (cultural orientation) and
 * volunteer service (social coordination).
 */
public enum ActivityKind {
    CONSULTATION("consultation"),
    CULTURAL("cultural"),
    VOLUNTEER("volunteer");

    /** Number of kinds. */
    public static final int COUNT = 3;

    private final String key;

    ActivityKind(String key) {
        this.key = key;
    }

    /** The scenario and metric spelling. */
    public String key() {
        return key;
    }

    /** This kind's settings. */
    public ActivityTypeSpec of(ActivitiesSpec spec) {
        return switch (this) {
            case CONSULTATION -> spec.consultation();
            case CULTURAL -> spec.cultural();
            case VOLUNTEER -> spec.volunteer();
        };
    }

    /** Bit of this kind in a household's interest mask. */
    int bit() {
        return 1 << ordinal();
    }
}
