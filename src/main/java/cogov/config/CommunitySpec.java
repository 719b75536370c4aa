package cogov.config;

/**
 * One community as the scenario states it at day 0 (before mechanisms adjust staffing, budget or venue).
 *
 * @param households          number of households (one resident agent each)
 * @param relocatedHouseholds households that came from former villages (get {@link ResidentsSpec#relocatedHouseholdEffect()})
 * @param grids               number of service grids the households are split into
 * @param staff               full-time community workers
 * @param gridWorkers         grid workers (drive channel reach)
 * @param venueM2             service venue area in square metres
 * @param budgetYuan          activity budget in yuan per year
 */
public record CommunitySpec(
        String name,
        CommunityType type,
        int households,
        int relocatedHouseholds,
        int grids,
        int staff,
        int gridWorkers,
        double venueM2,
        double budgetYuan) {
}
