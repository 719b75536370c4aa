package cogov.config;

/**
 * Offsets to residents' initial state by community type, one component per {@link CommunityType} so that
 * the scenario key {@code residents.type_effects.<type>} binds like any other mapping.
 *
 * @param oldUrban         offsets for old urban communities (the reference)
 * @param commodityHousing offsets for commodity-housing communities
 * @param relocated        offsets for relocated communities
 */
public record TypeEffects(StateOffsets oldUrban, StateOffsets commodityHousing, StateOffsets relocated) {

    /** The offsets of one community type. */
    public StateOffsets of(CommunityType type) {
        return switch (type) {
            case OLD_URBAN -> oldUrban;
            case COMMODITY_HOUSING -> commodityHousing;
            case RELOCATED -> relocated;
        };
    }
}
