package cogov.config;

/**
 * Offsets to residents' initial state and threshold by age group ({@code residents.age_effects}).
 *
 * @param youth   offsets for residents aged 18-34
 * @param working offsets for working-age residents
 * @param elderly offsets for residents aged 60+
 */
public record AgeEffects(StateOffsets youth, StateOffsets working, StateOffsets elderly) {
}
