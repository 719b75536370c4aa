package cogov.config;

import java.util.List;

/**
 * How needs arise: a Poisson process per household with a rate that depends on age group.
 *
 * @param ratePerHouseholdDay   needs per working-age household per day
 * @param elderlyMultiplier     rate multiplier for elderly households
 * @param youthMultiplier       rate multiplier for youth households
 * @param effortDistribution    {@code exponential} (M/M/c docking) or {@code constant}
 * @param categories            the categories, shares summing to 1
 */
public record NeedsSpec(
        double ratePerHouseholdDay,
        double elderlyMultiplier,
        double youthMultiplier,
        String effortDistribution,
        List<NeedCategory> categories) {

    public NeedsSpec {
        categories = List.copyOf(categories);
    }
}
