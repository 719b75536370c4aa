package cogov.config;

/**
 * Per-event availability by age group ({@code participation.availability}): the probability that a
 * resident is free to attend a given event; one who is not does not attend, whatever its threshold.
 *
 * @param youth   probability for a resident aged 18-34
 * @param working probability for a working-age resident
 * @param elderly probability for a resident aged 60+
 */
public record Availability(double youth, double working, double elderly) {
}
