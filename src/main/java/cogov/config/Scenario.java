package cogov.config;

import java.util.List;
import java.util.Objects;

/**
 * A complete, validated simulation scenario: the single immutable input of one run.
 * Produced only by {@link ScenarioLoader}; every default is already filled in, so a model built from
 * it never consults YAML or defaults again.
 */
public record Scenario(
        String name,
        String description,
        int days,
        long seed,
        List<CommunitySpec> communities,
        ResidentsSpec residents,
        NetworkSpec network,
        ParticipationSpec participation,
        EventsSpec events,
        ActivitiesSpec activities,
        TimeBudgetSpec timeBudget,
        ElectionSpec election,
        NeedsSpec needs,
        ReportingSpec reporting,
        ServiceSpec service,
        FeedbackSpec feedback,
        InfluenceSpec influence,
        CostsSpec costs,
        MechanismsSpec mechanisms) {

    /** Longest run, in days, for the {@code days} key and every {@code --days} option. */
    public static final int MAX_DAYS = 100_000;
    /**
     * Most households a county may have in total: household indices are {@code int}s, and this keeps
     * every per-household array and count far from overflow. Memory runs out sooner on most machines;
     * the commands estimate it before they start.
     */
    public static final int MAX_TOTAL_HOUSEHOLDS = 50_000_000;

    public Scenario {
        Objects.requireNonNull(name, "name");
        communities = List.copyOf(communities);
    }

    /** Total number of households (residents) in the county, counted in {@code long} and checked. */
    public int totalHouseholds() {
        return Math.toIntExact(communities.stream().mapToLong(CommunitySpec::households).sum());
    }

    /** A copy with another seed; everything else unchanged. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, days, newSeed, communities, residents, network, participation,
                events, activities, timeBudget, election, needs, reporting, service, feedback, influence, costs, mechanisms);
    }

    /** A copy with another run length; everything else unchanged. */
    public Scenario withDays(int newDays) {
        return new Scenario(name, description, newDays, seed, communities, residents, network, participation,
                events, activities, timeBudget, election, needs, reporting, service, feedback, influence, costs, mechanisms);
    }
}
