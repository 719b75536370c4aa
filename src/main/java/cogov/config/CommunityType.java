package cogov.config;

import java.util.Locale;

/** The three kinds of urban community the thesis distinguishes; outcomes are compared across them. */
public enum CommunityType implements Keyed {
    OLD_URBAN("old-urban"),
    COMMODITY_HOUSING("commodity-housing"),
    RELOCATED("relocated");

    private final String key;

    CommunityType(String key) {
        this.key = key;
    }

    /** The spelling used in YAML and CSV files. */
    @Override
    public String key() {
        return key;
    }

    /** Parses the YAML spelling; returns null when unknown. */
    public static CommunityType fromKey(String text) {
        for (CommunityType t : values()) {
            if (t.key.equals(text.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        return null;
    }
}
