package cogov.config;

/** The five mechanisms' settings; each is off or on with its intensity parameters. */
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
            double consultationsPerMonth,
            double consultationTrustGain,
            double outreachVisitsPerMemberMonth,
            double productivityMultiplier,
            double communicationBoost,
            boolean coordination) {
    }

    /** Full-time staff support: staffing to a households-per-worker standard, training, lower turnover. */
    public record FullTimeStaffSpec(
            boolean enabled,
            double householdsPerWorker,
            int minStaff,
            double trainingProductivity,
            double turnoverPerYear,
            double trainingSkillGainPerYear) {
    }

    /** Input guarantee: budget per household, venue area to standard, Party-mass service funds. */
    public record InputGuaranteeSpec(
            boolean enabled,
            double yuanPer1000Households,
            double minYuanPerCommunity,
            double partyMassFundYuan,
            double venueM2Per100Households) {
    }
}
