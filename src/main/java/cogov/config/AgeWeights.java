package cogov.config;

/**
 * Relative weights by age group ({@code residents.member_age_weights}): how much more or less likely a
 * resident of each group is than a working-age one, normalised so that the overall share is kept.
 *
 * @param youth   weight of residents aged 18-34
 * @param working weight of working-age residents (the reference)
 * @param elderly weight of residents aged 60+
 */
public record AgeWeights(double youth, double working, double elderly) {
}
