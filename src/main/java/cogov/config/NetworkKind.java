package cogov.config;

/** Interaction structures the social-network generator can build. */
public enum NetworkKind implements Keyed {
    /** Everyone sees everyone in the county: the docking configuration of Granovetter's model. */
    WELL_MIXED("well-mixed"),
    /** Watts-Strogatz ring lattice within each community, rewired, with some cross-community ties. */
    SMALL_WORLD("small-world"),
    /** G(n, p) random graph over the whole county with the given mean degree (Watts 2002). */
    ERDOS_RENYI("erdos-renyi");

    private final String key;

    NetworkKind(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public static NetworkKind fromKey(String text) {
        for (NetworkKind k : values()) {
            if (k.key.equals(text)) {
                return k;
            }
        }
        return null;
    }
}
