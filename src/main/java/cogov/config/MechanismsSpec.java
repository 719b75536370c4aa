package cogov.config;

/**
 * The five mechanisms' settings; each is off or on with its intensity parameters, and switches on at the
 * start of its {@code startDay} (1: before the first day; later: after a warm-up, the run being exactly the
 * run without the mechanism until then).
 */
public record MechanismsSpec(
        JointBuildingSpec jointBuilding,
        RegionalIntegrationSpec regionalIntegration,
        PartyLedGovernanceSpec partyLedGovernance,
        FullTimeStaffSpec fullTimeStaff,
        InputGuaranteeSpec inputGuarantee) {

    /**
     * Joint building and co-management: units sign agreements with communities and contribute money,
     * venue and volunteers; their in-service Party members register where they live.
     */
    public record JointBuildingSpec(
            boolean enabled,
            int startDay,
            int unitsPerCommunity,
            int registeredMembersPerCommunity,
            double volunteerHoursPerMemberYear,
            double unitMoneyYuanYear,
            double unitVenueM2,
            double unitVolunteerHoursWeek) {
    }

    /**
     * Regional integration: a joint council pools idle service capacity, shares venues, rebalances
     * grids to a target size and fast-tracks escalations.
     */
    public record RegionalIntegrationSpec(
            boolean enabled,
            int startDay,
            double poolingShare,
            double escalationDelayDays,
            int gridHouseholds,
            double venueSharingShare,
            double poolingLossShare) {
    }

    /**
     * Party-building-led governance: consultation meetings, a member outreach programme, integration
     * that removes duplicated effort, better service communication.
     */
    public record PartyLedGovernanceSpec(
            boolean enabled,
            int startDay,
            double consultationsPerMonth,
            double consultationTrustGain,
            double outreachVisitsPerMemberMonth,
            double productivityMultiplier,
            double communicationBoost,
            boolean coordination,
            double followThrough) {
    }

    /** Full-time staff support: staffing to a households-per-worker standard, training, lower turnover. */
    public record FullTimeStaffSpec(
            boolean enabled,
            int startDay,
            double householdsPerWorker,
            int minStaff,
            double trainingProductivity,
            double turnoverPerYear,
            double trainingSkillGainPerYear) {
    }

    /** Input guarantee: budget per household, venue area to standard, Party-mass service funds. */
    public record InputGuaranteeSpec(
            boolean enabled,
            int startDay,
            double yuanPer1000Households,
            double minYuanPerCommunity,
            double partyMassFundYuan,
            double venueM2Per100Households) {
    }
}
