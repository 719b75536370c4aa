package cogov.model;

import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.experiment.Simulation;
import cogov.metrics.MetricsRow;
import cogov.metrics.Scope;

import java.nio.file.Path;

/** Small activity-model scenarios for tests, and a way to read a county outcome from a run. */
final class ActivityScenarios {
    private ActivityScenarios() {
    }

    /**
     * Two communities with no service needs, every activity type on, and the three limits set by the caller:
     * the threshold mean (willing), the weekly hours and slot shares (able), and the venue area (admitted).
     * Budgets are large, so funds never bind unless the caller says so. {@code extra} is appended; when it
     * holds an {@code activities:} mapping, that replaces {@link #ALL_TYPES}.
     */
    static String scenario(int days, double thresholdMean, double weeklyHours, double free, double venueM2,
                           String extra) {
        return """
                name: limits
                days: %d
                seed: 5
                communities:
                  - {name: a, type: old-urban, households: 300, grids: 1, staff: 4, venue_m2: %s, budget_yuan: 1000000}
                  - {name: b, type: relocated, households: 300, relocated_households: 100, grids: 1, staff: 4, venue_m2: %s, budget_yuan: 1000000}
                residents: {threshold: {distribution: normal, mean: %s, sd: 0.1}, party_member_share: 0.1}
                needs: {rate_per_household_day: 0}
                participation: {spontaneous_rate: 0, dropout_rate: 0}
                %s
                time_budget:
                  weekly_hours: {youth: %s, working: %s, elderly: %s}
                  spread: 0
                  care_share: 0
                  free:
                    youth: {weekday_day: %s, weekday_evening: %s, weekend: %s}
                    working: {weekday_day: %s, weekday_evening: %s, weekend: %s}
                    elderly: {weekday_day: %s, weekday_evening: %s, weekend: %s}
                %s
                """.formatted(days, venueM2, venueM2, thresholdMean, extra.contains("activities:") ? "" : ALL_TYPES, weeklyHours, weeklyHours, weeklyHours,
                free, free, free, free, free, free, free, free, free, extra);
    }

    /** Every activity type on, every household interested, all held indoors. */
    static final String ALL_TYPES = """
            activities:
              enabled: true
              consultation: {interest: 1}
              cultural: {interest: 1}
              volunteer: {interest: 1, m2_per_participant: 1}
            """;

    static Scenario parse(String yaml, long seed) throws ConfigException {
        return ScenarioLoader.parse(yaml, "limits.yaml", Path.of(".")).withSeed(seed);
    }

    /** The county value of a metric on the last day. */
    static double finalCounty(Scenario s, String metric) {
        double[] value = {Double.NaN};
        Simulation.run(s, rows -> {
            MetricsRow county = rows.get(0);
            if (county.scope() == Scope.COUNTY && county.day() == s.days()) {
                value[0] = county.get(metric);
            }
        });
        return value[0];
    }
}
