package cogov.config;

/**
 * How residents (household representatives) are drawn at day 0.
 *
 * @param threshold                   participation threshold distribution (fraction of ties)
 * @param awareness                   initial awareness distribution, clamped to [0,1]
 * @param trust                       initial trust distribution, clamped to [0,1]
 * @param satisfaction                initial satisfaction distribution, clamped to [0,1]
 * @param partyMemberShare            share of residents who are resident Party members
 * @param youthShare                  share aged 18-34
 * @param elderlyShare                share aged 60+ (the rest are working age)
 * @param migrantShare                share of migrant (non-local) households
 * @param volunteerShare              share of residents registered as volunteers
 * @param volunteerHoursPerYear       service hours a registered volunteer gives per year
 * @param memberVolunteerHoursPerYear service hours a resident Party member gives per year
 * @param memberOutreachVisitsPerMonth household visits per Party member per month at baseline
 * @param memberInvitationsPerEvent   ties a Party member personally invites to each event
 * @param memberAgeWeights            relative chance of Party membership by age group
 * @param typeEffects                 offsets by community type
 * @param relocatedHouseholdEffect    extra offsets for households from former villages
 * @param ageEffects                  offsets by age group
 * @param migrantEffect               offsets for migrant (non-local) households
 * @param memberEffect                offsets for Party members (applied when membership is set)
 */
public record ResidentsSpec(
        DistributionSpec threshold,
        DistributionSpec awareness,
        DistributionSpec trust,
        DistributionSpec satisfaction,
        double partyMemberShare,
        double youthShare,
        double elderlyShare,
        double migrantShare,
        double volunteerShare,
        double volunteerHoursPerYear,
        double memberVolunteerHoursPerYear,
        double memberOutreachVisitsPerMonth,
        int memberInvitationsPerEvent,
        AgeWeights memberAgeWeights,
        TypeEffects typeEffects,
        StateOffsets relocatedHouseholdEffect,
        AgeEffects ageEffects,
        StateOffsets migrantEffect,
        StateOffsets memberEffect) {

    /** The offsets for a community type. */
    public StateOffsets effectOf(CommunityType type) {
        return typeEffects.of(type);
    }
}
