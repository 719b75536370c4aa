package cogov.config;

/**
 * The social network generator's settings.
 *
 * @param kind           the structure
 * @param degree         mean number of ties per resident (small-world: even lattice degree)
 * @param rewire         small-world rewiring probability per tie
 * @param crossCommunity share of small-world ties rewired to a resident of another community
 */
public record NetworkSpec(NetworkKind kind, double degree, double rewire, double crossCommunity) {
}
