package cogov.config;

import static cogov.config.Schema.boolKey;
import static cogov.config.Schema.doubleKey;
import static cogov.config.Schema.intKey;
import static cogov.config.Schema.object;
import static cogov.config.Schema.objectKey;
import static cogov.config.Schema.share;

import cogov.config.Schema.ObjectType;

/**
 * The five mechanisms' settings; each is off or on with its intensity parameters and a start day (before
 * it the run is exactly the run without the mechanism). Each mechanism's
 * record sits beside its schema entries ({@code SCHEMA}), so a mechanism's keys are declared in one
 * place: a key is one schema entry plus one record component (checked by a test), and binding is derived.
 */
public record MechanismsSpec(
        JointBuildingSpec jointBuilding,
        RegionalIntegrationSpec regionalIntegration,
        PartyLedGovernanceSpec partyLedGovernance,
        FullTimeStaffSpec fullTimeStaff,
        InputGuaranteeSpec inputGuarantee) {

    private static final String SHANDONG = "Shandong 2017 community work standard";
    private static final String HAIKOU = "Haikou standard: grids of 300-500 households";

    /** The {@code mechanisms} mapping: one entry per component above, in the same order. */
    static final ObjectType SCHEMA = object(
            objectKey("joint_building", JointBuildingSpec.SCHEMA).desc("Joint building and co-management (联建共管)."),
            objectKey("regional_integration", RegionalIntegrationSpec.SCHEMA).desc("Regional integration (区域统筹)."),
            objectKey("party_led_governance", PartyLedGovernanceSpec.SCHEMA).desc("Party-building-led governance (党建引领治理)."),
            objectKey("full_time_staff", FullTimeStaffSpec.SCHEMA).desc("Full-time staff support (专职力量支撑)."),
            objectKey("input_guarantee", InputGuaranteeSpec.SCHEMA).desc("Input guarantee (投入保障)."));

    /** What every mechanism's settings have: the switch and its start day. */
    public interface MechanismSpec {
        /** Whether the mechanism is switched on. */
        boolean enabled();

        /** The day it switches on (1: before the first day; later: after a warm-up). */
        int startDay();
    }

    private static Schema.F switchKey() {
        return boolKey("enabled", false).configSwitch().desc("Switch the mechanism on.");
    }

    private static Schema.F startDayKey() {
        return intKey("start_day", 1).unit("day").range(1, 100_000).setting()
                .desc("Day the mechanism switches on (1: from the start). Before it the run is exactly the run without"
                        + " the mechanism (byte-identical prefix); a later day gives a warm-up.");
    }

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
            double unitVolunteerHoursWeek,
            double expertiseHoursWeek,
            double initialEngagement,
            double engagementFadePerYear,
            double successEngagementGain,
            double failureEngagementLoss,
            double minEngagement,
            double unitSkill,
            double projectDays) implements MechanismSpec {

        static final ObjectType SCHEMA = object(
                switchKey(),
                startDayKey(),
                intKey("units_per_community", 3).unit("units").range(0, 1000)
                        .desc("Joint-building units signed up per community.")
                        .unc(1, 6, "a few co-building units per community"),
                intKey("registered_members_per_community", 120).unit("members").range(0, 100_000)
                        .desc("In-service Party members registered where they live (双报到).")
                        .src("Foshan: about 123 registered members per community"),
                doubleKey("volunteer_hours_per_member_year", 50).unit("hours/year").range(0, 2000)
                        .desc("Volunteer hours per registered member.")
                        .src("Xingtai: at least 50 volunteer hours per member per year"),
                doubleKey("unit_money_yuan_year", 20_000).unit("yuan/year per unit").range(0, 1e9)
                        .desc("Money a unit contributes.")
                        .unc(5000, 50000, "a quarter to 2.5 times the default"),
                doubleKey("unit_venue_m2", 100).unit("m2 per unit").range(0, 1e6)
                        .desc("Venue area a unit opens to the community.")
                        .unc(50, 200, "half to twice the default"),
                doubleKey("unit_volunteer_hours_week", 8).unit("hours/week per unit").range(0, 10_000)
                        .desc("Volunteer hours a unit supplies.")
                        .unc(4, 16, "half to twice the default"),
                doubleKey("expertise_hours_week", 6).unit("hours/week per unit").range(0, 10_000)
                        .desc("Hours of professional work a unit gives to complex requests in its expertise (its projects).")
                        .src("assumption").unc(2, 12, "a third to twice the default"),
                share("initial_engagement", 0.5).desc("A unit's engagement when its agreement is signed; contributions scale with it.")
                        .src("assumption").unc(0.3, 0.8, "lukewarm to keen"),
                doubleKey("engagement_fade_per_year", 0.7).unit("1/year").range(0, 100)
                        .desc("Relative yearly fading of engagement (each day by this/365), whatever happens.")
                        .src("assumption").unc(0.3, 1.5, "half-life of about half a year to two years"),
                share("success_engagement_gain", 0.05).desc("Engagement gained (times 1 - engagement) from a project resolved on"
                        + " time (successful and recognised).").src("assumption").unc(0.02, 0.1, "half to twice the default"),
                share("failure_engagement_loss", 0.10).desc("Engagement lost (times engagement) from a failed project.")
                        .src("assumption").unc(0.05, 0.2, "half to twice the default"),
                share("min_engagement", 0.2).desc("Below this engagement the agreement lapses: no contributions, no projects.")
                        .src("assumption").unc(0.1, 0.3, "half to 1.5 times the default"),
                share("unit_skill", 0.9).desc("Skill of a unit's professionals on its projects (same rule as staff skill).")
                        .src("assumption").unc(0.75, 1, "professionals in their own field"),
                doubleKey("project_days", 2).unit("days").range(0, 365).desc("Days a unit takes to finish a project.")
                        .src("assumption").unc(1, 5, "a day to a working week"));
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
            double poolingLossShare) implements MechanismSpec {

        static final ObjectType SCHEMA = object(
                switchKey(),
                startDayKey(),
                share("pooling_share", 0.3).desc("Share of idle capacity the joint council pools to overloaded communities.")
                        .unc(0.1, 0.5, "a third to 1.7 times the default"),
                doubleKey("escalation_delay_days", 3).unit("days").range(0, 365)
                        .desc("Department delay under fast-tracked escalation (吹哨报到).")
                        .unc(1, 7, "fast-tracked escalation: a day up to the ordinary 7-day limit"),
                intKey("grid_households", 400).unit("households").range(1, 100_000)
                        .desc("Target grid size when grids are rebalanced.").src(HAIKOU),
                share("venue_sharing_share", 0.2).desc("Share of venue area shared across communities.")
                        .unc(0.1, 0.4, "half to twice the default"),
                share("pooling_loss_share", 0.2)
                        .desc("Share of pooled staff hours lost to travel and coordination between communities.")
                        .src("assumption").unc(0.1, 0.4, "half to twice the default"));
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
            double followThrough) implements MechanismSpec {

        static final ObjectType SCHEMA = object(
                switchKey(),
                startDayKey(),
                doubleKey("consultations_per_month", 2).unit("meetings/month").range(0, 31)
                        .desc("Consultation meetings per community per month.")
                        .unc(1, 4, "monthly to weekly meetings"),
                share("consultation_trust_gain", 0.02).desc("Trust gained by a consultation participant.")
                        .unc(0.01, 0.04, "half to twice the default"),
                doubleKey("outreach_visits_per_member_month", 4).unit("visits/month").range(0, 100)
                        .desc("Outreach visits per Party member per month.")
                        .unc(2, 8, "half to twice the default"),
                doubleKey("productivity_multiplier", 1.15).unit("factor").range(0.1, 10)
                        .desc("Productivity gain from integrating Party and governance work.")
                        .unc(1.05, 1.3, "integration removes some, not most, duplicated effort"),
                share("communication_boost", 0.15).desc("Added to channel quality by better service communication.")
                        .unc(0.05, 0.25, "a third to 1.7 times the default"),
                boolKey("coordination", true).configSwitch().desc("Work integration: the community Party organisation coordinates"
                        + " cross-department requests (political leadership)."),
                share("follow_through", 0.8).desc("Activity model: probability that a consultation's outcome is acted"
                        + " upon under the mechanism (democratic guarantee), raised from activities.consultation.follow_through.")
                        .unc(0.6, 0.95, "assumption: most, not all, consultation outcomes acted upon under the mechanism"));
    }

    /** Full-time staff support: staffing to a households-per-worker standard, training, lower turnover. */
    public record FullTimeStaffSpec(
            boolean enabled,
            int startDay,
            double householdsPerWorker,
            int minStaff,
            double trainingProductivity,
            double turnoverPerYear,
            double trainingSkillGainPerYear) implements MechanismSpec {

        static final ObjectType SCHEMA = object(
                switchKey(),
                startDayKey(),
                doubleKey("households_per_worker", 350).unit("households").range(1, 1e6).desc("Staffing standard.")
                        .src(SHANDONG + ": 1 full-time worker per 300-400 households"),
                intKey("min_staff", 5).unit("workers").range(0, 10_000).desc("Minimum staff per community.")
                        .src(SHANDONG + ": at least 5 per community"),
                doubleKey("training_productivity", 1.2).unit("factor").range(0.1, 10).desc("Productivity of trained staff.")
                        .unc(1.05, 1.4, "a quarter to twice the default gain"),
                doubleKey("training_skill_gain_per_year", 0.5).unit("1/year").range(0, 100)
                        .desc("Training: each day skill grows by this/365 times (1 - skill), on top of experience.")
                        .src("assumption").unc(0.2, 1, "training adds from under half to twice the default's learning"),
                doubleKey("turnover_per_year", 0.10).unit("probability/year").range(0, 10)
                        .desc("Staff turnover with the mechanism.")
                        .unc(0.05, 0.2, "half to twice the default; still below the baseline 25%"));
    }

    /** Input guarantee: budget per household, venue area to standard, Party-mass service funds. */
    public record InputGuaranteeSpec(
            boolean enabled,
            int startDay,
            double yuanPer1000Households,
            double minYuanPerCommunity,
            double partyMassFundYuan,
            double venueM2Per100Households) implements MechanismSpec {

        static final ObjectType SCHEMA = object(
                switchKey(),
                startDayKey(),
                doubleKey("yuan_per_1000_households", 20_000).unit("yuan/year").range(0, 1e9)
                        .desc("Budget per 1,000 households.")
                        .src(SHANDONG + ": at least 20,000 yuan per 1,000 households a year"),
                doubleKey("min_yuan_per_community", 60_000).unit("yuan/year").range(0, 1e9)
                        .desc("Minimum budget per community.").src(SHANDONG + ": at least 60,000 yuan per community"),
                doubleKey("party_mass_fund_yuan", 100_000).unit("yuan/year").range(0, 1e9)
                        .desc("Party-mass service fund per community.").src(SHANDONG + ": at least 100,000 yuan in county areas"),
                doubleKey("venue_m2_per_100_households", 30).unit("m2").range(0, 1e4).desc("Venue area standard.")
                        .src("national plan: at least 30 m2 of service venue per 100 households"));
    }
}
