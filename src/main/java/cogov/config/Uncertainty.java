package cogov.config;

/**
 * Where an assumed parameter's value might plausibly lie, and why: the interval a sensitivity analysis
 * varies it over. Declared beside the key in the scenario schema and read through {@link ScenarioKeys}.
 *
 * @param lo     lower end, at most the default
 * @param hi     upper end, at least the default
 * @param reason why this interval (what would make the value lower or higher)
 */
public record Uncertainty(double lo, double hi, String reason) {
}
