package cogov.model;

import ec.util.MersenneTwisterFast;

/**
 * The model's independent random streams, each seeded from the run's full 64-bit seed and its own salt,
 * so that configurations differing only in mechanisms start from the same residents, network and
 * initial participants (what makes paired comparisons sharp). The salts are fixed: changing one
 * changes every result.
 */
public enum RandomStream {
    /** The daily processes (MASON's {@code random}). */
    DAYS(0x5eed),
    /** Building the county: residents, network, mechanism set-up. */
    SET_UP(0xb111d),
    /** Who participates on day 0. */
    INITIAL_PARTICIPANTS(0x1417),
    /** Each household's own satisfied threshold (drawn only when its spread is positive). */
    SATISFIED_STANDARDS(0x5a75);

    private final int salt;

    RandomStream(int salt) {
        this.salt = salt;
    }

    /** A fresh generator of this stream for a run seed. */
    public MersenneTwisterFast forSeed(long seed) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), salt});
    }
}
