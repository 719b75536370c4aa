package cogov.config;

import static cogov.config.Schema.boolKey;
import static cogov.config.Schema.distKey;
import static cogov.config.Schema.doubleKey;
import static cogov.config.Schema.enumKey;
import static cogov.config.Schema.intKey;
import static cogov.config.Schema.listKey;
import static cogov.config.Schema.longKey;
import static cogov.config.Schema.object;
import static cogov.config.Schema.objectKey;
import static cogov.config.Schema.share;
import static cogov.config.Schema.stringKey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cogov.config.Schema.ObjectType;

/**
 * The scenario file's schema: every key, its type, default, unit, range, description, and where the
 * default comes from (a named source, or an assumption when no source is given). Transcribed from the
 * key contract in {@code docs/scenario-keys.draft.md} and the domain brief.
 */
final class ScenarioSchema {

    static final String EXTENDS = "extends";
    static final String NAME = "name";

    private ScenarioSchema() {
    }

    static final ObjectType COMMUNITY = object(
            stringKey("name", null).required().pattern("\\S.*", "a non-empty name").desc("Community name, unique in the scenario."),
            enumKey("type", null, CommunityType.class).required().desc("Kind of community; outcomes are compared across kinds."),
            intKey("households", 0).required().unit("households").range(1, 2_000_000)
                    .desc("Households, one resident agent each. Lijin example: a community of 1,521 households."),
            intKey("relocated_households", 0).unit("households").atLeast(0)
                    .desc("Households from former villages (村改居); at most `households`.")
                    .src("Lijin example community: 350 of 1,521 households from four former villages"),
            intKey("grids", 4)
                    .unc(2, 8, "grids of 300-500 households (Haikou standard) give a 1,500-household community 3-5 grids; 2-8 covers smaller and larger communities").unit("grids").range(1, 10_000).desc("Service grids the households are split into; at most `households`."),
            intKey("staff", 5).unit("workers").range(0, 10_000).desc("Full-time community workers.")
                    .src("Shandong 2017: at least 5 full-time workers per community"),
            intKey("grid_workers", 4)
                    .unc(2, 8, "about one grid worker per grid").unit("workers").range(0, 10_000).desc("Grid workers (drive channel reach)."),
            doubleKey("venue_m2", 150)
                    .unc(75, 300, "no survey of venue area in below-standard communities; half to twice the default").unit("m2").range(0, 1e6).desc("Service venue area."),
            doubleKey("budget_yuan", 40_000)
                    .unc(20000, 80000, "below-standard baseline budgets; half to twice the default (the Shandong standard is at least 60,000)").unit("yuan/year").range(0, 1e9).desc("Activity budget per year."));

    static final List<Map<String, Object>> DEFAULT_CATEGORIES = List.of(
            category("elderly_care", 0.20, 3.0, 0.05),
            category("environment", 0.20, 2.0, 0.10),
            category("property_repair", 0.20, 4.0, 0.20),
            category("disputes", 0.15, 3.0, 0.15),
            category("safety", 0.10, 2.0, 0.10),
            category("admin_consultation", 0.15, 1.0, 0.02));

    private static Map<String, Object> category(String name, double share, double effort, double department) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("share", share);
        m.put("effort_hours", effort);
        m.put("department_share", department);
        m.put("complex_share", 0.0);
        m.put("volunteer_able", false);
        return m;
    }

    static final ObjectType CATEGORY = object(
            stringKey("name", null).required().pattern("\\S.*", "a non-empty name").desc("Category name, unique."),
            share("share", 0).required().desc("Share of all needs in this category; shares sum to 1."),
            doubleKey("effort_hours", 0).required().unit("hours").rangeAboveZero(1000).desc("Mean effort to resolve."),
            share("department_share", 0)
                    .unc(0, 0.3, "share of a category's needs beyond the community's remit; the default categories set 0.02-0.20")
                    .desc("Probability that a need of this category is cross-department: it needs one or more"
                    + " county departments (escalated after triage)."),
            share("complex_share", 0)
                    .unc(0, 0.5, "share of casework among a category's needs; the Lijin scenarios set 0.1-0.5")
                    .desc("Probability that a need of this category that is not cross-department is complex casework"
                    + " (more effort, higher skill). Default 0: every committee request is simple."),
            boolKey("volunteer_able", false)
                    .alternatives("whether volunteers can take a category's simple requests depends on the category and"
                            + " the community's volunteer organisation; both are plausible", false, true)
                    .desc("Whether the simple requests of this category are volunteer-able tasks (visits,"
                    + " simple help) that volunteers and Party members may take; casework never is. Default false: volunteers serve nothing."));

    private static ObjectType offsets(double awareness, double trust, double satisfaction, double threshold, String src) {
        return object(
                offset(doubleKey("awareness", awareness), awareness, src).desc("Added to initial awareness."),
                offset(doubleKey("trust", trust), trust, src).desc("Added to initial trust."),
                offset(doubleKey("satisfaction", satisfaction), satisfaction, src).desc("Added to initial satisfaction."),
                offset(doubleKey("threshold", threshold), threshold, src).desc("Added to the participation threshold."));
    }

    /**
     * An offset's unit, range and source; where its size is assumed, its uncertainty: none to twice the
     * default in the direction given, or +-0.1 around a neutral default.
     */
    private static Schema.F offset(Schema.F key, double value, String src) {
        key.unit("share").range(-1, 1).src(src);
        if (src != null && !src.contains("assumption")) {
            return key;
        }
        if (value == 0) {
            return key.unc(-0.1, 0.1, "neutral default; +-0.1 spans plausible group differences on these scales");
        }
        return key.unc(Math.min(0, 2 * value), Math.max(0, 2 * value),
                "direction as given, size assumed: none to twice the default");
    }

    private static final String RELOCATED_SRC = "direction from studies of 村改居 communities (2019): lower belonging,"
            + " trust and participation; size is an assumption";

    private static final String REFERENCE_TYPE = "reference type: the other types' offsets are relative to it";

    private static final String MEMBER_AGE_SRC = "direction: members are more often elderly (many are retired);"
            + " size is an assumption";

    private static final String AGE_SRC = "default neutral; see the Lijin scenarios for values";

    static final ObjectType RESIDENTS = object(
            distKey("threshold", DistributionSpec.normal(0.35, 0.12)).unit("fraction of ties").explicitValues(0, 1)
                    .desc("Participation threshold; explicit values must lie in [0,1]. Assumption tuned to about 48% turnout"
                            + " (Shanghai survey, N=6,581).")
                    .paramUnc("mean", 0.05, 0.5, "assumption: the Lijin scenario sets 0.12 by hand and the shipped"
                            + " sensitivity experiments vary 0.05-0.25; 0.5 keeps the generic default inside")
                    .paramUnc("sd", 0.05, 0.2, "assumption: no survey of threshold spread; from a narrow to a wide"
                            + " spread around the default"),
            distKey("awareness", DistributionSpec.normal(0.40, 0.15)).unit("share").desc("Initial awareness, clamped to [0,1].")
                    .paramUnc("mean", 0.2, 0.6, "assumption: no survey measures awareness of community affairs on this"
                            + " scale; half to one and a half times the default")
                    .paramUnc("sd", 0.05, 0.25, "assumption: a third to about twice the default"),
            distKey("trust", DistributionSpec.normal(0.55, 0.15)).unit("share").desc("Initial trust, clamped to [0,1].")
                    .paramUnc("mean", 0.35, 0.75, "assumption: trust in the committee on a [0,1] scale; the default"
                            + " plus or minus 0.2")
                    .paramUnc("sd", 0.05, 0.25, "assumption: a third to about twice the default"),
            distKey("satisfaction", DistributionSpec.normal(0.66, 0.12)).unit("share").desc("Initial satisfaction, clamped to [0,1].")
                    .src("baseline satisfaction 61% in Beijing's 12345 reform"),
            share("party_member_share", 0.10).desc("Share of residents who are resident Party members.")
                    .src("Party members about 8-13% of residents in surveys"),
            share("youth_share", 0.25)
                    .unc(0.18, 0.32, "18-34-year-olds are about a fifth to a third of adults in county populations").desc("Share aged 18-34."),
            share("elderly_share", 0.30)
                    .unc(0.2, 0.4, "ageing county communities: residents aged 60+ are a fifth to two fifths of household representatives").desc("Share aged 60+; youth_share + elderly_share must not exceed 1."),
            share("migrant_share", 0.15)
                    .unc(0.05, 0.3, "few migrants in old towns, many near industrial parks").desc("Share of migrant (non-local) households."),
            share("volunteer_share", 0.08).desc("Share of residents registered as volunteers.")
                    .src("registered volunteers about 5-13% of residents"),
            doubleKey("volunteer_hours_per_year", 20)
                    .unc(10, 40, "registered volunteers' hours vary widely; half to twice the default").unit("hours/year").range(0, 2000).desc("Service hours a registered volunteer gives per year."),
            doubleKey("member_volunteer_hours_per_year", 24)
                    .unc(12, 50, "from half the default up to the 50-hour in-service target (Xingtai)").unit("hours/year").range(0, 2000).desc("Service hours a resident Party member gives per year."),
            doubleKey("member_outreach_visits_per_month", 1)
                    .unc(0, 2, "no data on baseline visits; none to twice the default").unit("visits/month").range(0, 100).desc("Household visits per Party member per month at baseline."),
            intKey("member_invitations_per_event", 2)
                    .unc(0, 4, "no data on personal invitations; none to twice the default").unit("residents").range(0, 1000).desc("Ties a Party member personally invites to each event."),
            objectKey("member_age_weights", object(
                    doubleKey("youth", 0.5).unit("weight").range(0, 10)
                            .desc("Relative chance that a resident aged 18-34 is a Party member.")
                            .src(MEMBER_AGE_SRC).unc(0.3, 0.8, "young members are fewer; a third to four fifths of the working-age rate"),
                    doubleKey("working", 1).unit("weight").range(0, 10)
                            .desc("Relative chance that a working-age resident is a Party member (the reference).")
                            .src("reference group: the other weights are relative to it"),
                    doubleKey("elderly", 1.5).unit("weight").range(0, 10)
                            .desc("Relative chance that a resident aged 60+ is a Party member.")
                            .src(MEMBER_AGE_SRC).unc(1.2, 2, "retired members are many; 1.2 to twice the working-age rate")))
                    .desc("Party membership by age group: weights normalised so that `party_member_share` is kept."),
            objectKey("type_effects", object(
                    objectKey("old_urban", offsets(0, 0, 0, 0, REFERENCE_TYPE)).desc("Offsets for old urban communities (the reference)."),
                    objectKey("commodity_housing", offsets(-0.03, -0.05, 0, 0.02, null)).desc("Offsets for commodity-housing communities."),
                    objectKey("relocated", offsets(-0.05, -0.08, -0.04, 0.05, RELOCATED_SRC)).desc("Offsets for relocated communities.")))
                    .desc("Offsets to initial state by community type."),
            objectKey("relocated_household_effect", offsets(-0.05, -0.05, -0.03, 0.03, RELOCATED_SRC))
                    .desc("Extra offsets for households from former villages."),
            objectKey("age_effects", object(
                    objectKey("youth", offsets(0, 0, 0, 0, AGE_SRC)).desc("Offsets for residents aged 18-34."),
                    objectKey("working", offsets(0, 0, 0, 0, AGE_SRC)).desc("Offsets for working-age residents."),
                    objectKey("elderly", offsets(0, 0, 0, 0, AGE_SRC)).desc("Offsets for residents aged 60+.")))
                    .desc("Offsets to initial state and threshold by age group."),
            objectKey("migrant_effect", offsets(0, 0, 0, 0, "direction: migrants' weaker belonging to the"
                    + " community of residence; size is an assumption"))
                    .desc("Extra offsets for migrant (non-local) households."),
            objectKey("member_effect", offsets(0, 0, 0, 0, "direction: Party members turn out more (65% vs 48%,"
                    + " Shanghai survey); size is an assumption"))
                    .desc("Extra offsets for Party members (resident and registered in-service)."));

    static final ObjectType NETWORK = object(
            enumKey("kind", NetworkKind.SMALL_WORLD, NetworkKind.class).desc("Interaction structure: well-mixed (Granovetter docking),"
                    + " small-world (Watts-Strogatz per community), erdos-renyi (county-wide G(n,p), Watts 2002).")
                    .alternatives("neighbourhood contact networks are clustered (small-world); a random graph without"
                            + " clustering or community lines bounds the other side; well-mixed is the docking"
                            + " formulation, not a plausible county", NetworkKind.SMALL_WORLD, NetworkKind.ERDOS_RENYI),
            doubleKey("degree", 8)
                    .unc(4, 16, "neighbourhood contact networks: a handful to a dozen and more regular ties").unit("ties").range(0, 500).desc("Mean ties per resident (small-world: even lattice degree)."),
            doubleKey("rewire", 0.1)
                    .unc(0.01, 0.3, "the small-world regime spans rewiring of about 0.01-0.3 (Watts and Strogatz 1998)").unit("probability").range(0, 1).desc("Small-world rewiring probability per tie."),
            share("cross_community", 0.02)
                    .unc(0, 0.1, "few everyday ties cross community lines; none to a tenth").desc("Share of small-world ties rewired to another community."));

    static final ObjectType PARTICIPATION = object(
            intKey("window_days", 30)
                    .unc(14, 60, "how long taking part keeps a resident counted as active: a fortnight to two months").unit("days").range(1, 100_000).desc("A resident counts as participating for this many days after taking part."),
            boolKey("permanent", false).configSwitch().desc("Once taken, participation is never lost (docking)."),
            share("initial_share", 0.0)
                    .unc(0, 0.05, "docking knob; at most a few early participants").desc("Share of residents participating on day 0."),
            intKey("initial_count", 0)
                    .unc(0, 10, "docking knob; at most a few seed participants").unit("residents").atLeast(0).desc("Residents participating on day 0 (added to the share)."),
            doubleKey("awareness_weight", 0.15)
                    .unc(0.05, 0.3, "tuned with trust_weight toward the 48% turnout anchor; a third to twice the default").unit("threshold units").range(0, 1).desc("Threshold lowered by this times awareness."),
            doubleKey("trust_weight", 0.15)
                    .unc(0.05, 0.3, "tuned with awareness_weight toward the 48% turnout anchor; a third to twice the default").unit("threshold units").range(0, 1).desc("Threshold lowered by this times trust."),
            doubleKey("invitation_weight", 0.10)
                    .unc(0.03, 0.2, "pull of a personal invitation; a third to twice the default").unit("threshold units").range(0, 1).desc("Threshold lowered by this when invited by a Party member."),
            doubleKey("spontaneous_rate", 0.01)
                    .unc(0, 0.05, "noise term; none to five times the default").unit("probability per event").range(0, 1).desc("Probability a resident below threshold takes part anyway."),
            doubleKey("dropout_rate", 0.05)
                    .unc(0.01, 0.15, "noise term: everyday conflicts keep some willing residents away").unit("probability per event").range(0, 1).desc("Probability a resident above threshold stays away."),
            objectKey("availability", object(
                    share("youth", 1).desc("Probability that a resident aged 18-34 is free to attend a given event.").src(AGE_SRC),
                    share("working", 1).desc("Probability that a working-age resident is free to attend a given event.").src(AGE_SRC),
                    share("elderly", 1).desc("Probability that a resident aged 60+ is free to attend a given event.").src(AGE_SRC)))
                    .desc("Per-event availability by age group: a resident who is not free does not attend, whatever its threshold."
                            + " The default 1 (always free) is the threshold-model docking configuration; the Lijin scenarios set it."));

    static final ObjectType EVENTS = object(
            intKey("interval_days", 7)
                    .unc(3, 14, "weekly activities are typical; twice a week to fortnightly").unit("days").range(1, 3650).desc("An event every this many days in each community."),
            boolKey("capacity_limited", true).desc("Whether venue area and budget cap attendance.")
                    .alternatives("venue and budget cap indoor events; events that move to courtyards and squares are"
                            + " not capped", true, false),
            doubleKey("m2_per_participant", 0.5)
                    .unc(0.25, 1.5, "courtyard and square events need little space, indoor ones about 1-1.5 m2 a person").unit("m2").rangeAboveZero(100).desc("Venue area one participant needs (events partly use courtyards and squares).").src("assumption"),
            doubleKey("cost_yuan_per_event", 200)
                    .unc(100, 500, "materials and small prizes; half to 2.5 times the default").unit("yuan").range(0, 1e7).desc("Fixed cost of holding an event."),
            doubleKey("cost_yuan_per_participant", 2)
                    .unc(0, 10, "refreshments; none to several yuan a person").unit("yuan").range(0, 1e5).desc("Variable cost per participant."),
            share("awareness_gain", 0.03)
                    .unc(0.01, 0.06, "a third to twice the default").desc("Awareness gained by taking part."),
            share("trust_gain", 0.01)
                    .unc(0.005, 0.03, "half to three times the default").desc("Trust gained by taking part."));

    private static final String SLOT_CHOICE_REASON = "a committee may hold any activity in any slot of the week;"
            + " who is free when differs by age group (see time_budget.free)";

    private static ObjectType activityType(int perMonth, double hours, TimeSlot slot, double staffHours, double costYuan,
            double costPerParticipant, double m2, double interest, double awarenessGain, double trustGain,
            double followThrough, double volunteerRegistration) {
        return object(
                intKey("per_month", perMonth).unit("activities/month").range(0, 30)
                        .desc("Activities of this type the committee plans per month; it adapts the number to past attendance"
                                + " (one more after an oversubscribed month, up to twice this; one fewer when attendance was low,"
                                + " down to one) and to its funds and staff time.").unc(0, 4, "assumption: none to weekly"),
                doubleKey("hours", hours).unit("hours").rangeAboveZero(24)
                        .desc("Duration; an attendee spends this much of its weekly time budget.").unc(1, 4, "assumption"),
                enumKey("slot", slot, TimeSlot.class).desc("When in the week it takes place (day 1 is a Monday).")
                        .alternatives(SLOT_CHOICE_REASON, (Object[]) TimeSlot.values()),
                doubleKey("staff_hours", staffHours).unit("hours").range(0, 1000)
                        .desc("Committee staff hours one activity takes; reserved from casework on its day.")
                        .unc(2, 10, "assumption"),
                doubleKey("member_hours", 0).unit("hours").range(0, 1000)
                        .desc("Party-member hours one activity takes, drawn from the members' weekly time budget.")
                        .unc(0, 6, "assumption"),
                doubleKey("cost_yuan", costYuan).unit("yuan").range(0, 1e7).desc("Fixed cost of one activity.")
                        .unc(0, 1000, "assumption"),
                doubleKey("cost_yuan_per_participant", costPerParticipant).unit("yuan").range(0, 1e5)
                        .desc("Variable cost per attendee (materials, refreshments).").unc(0, 20, "assumption"),
                doubleKey("m2_per_participant", m2).unit("m2").range(0, 100)
                        .desc("Venue area one attendee needs; 0 for activities held outdoors (seats never limit them).")
                        .unc(0, 2, "assumption: 0 outdoors, 0.5-2 m2 a person indoors"),
                share("interest", interest).desc("Share of households interested in this type at all (drawn once per household)."
                        + " An uninterested household is never willing.").unc(0.2, 0.8, "assumption"),
                share("awareness_gain", awarenessGain).desc("Awareness an attendee gains (times 1 - awareness).")
                        .unc(0, 0.1, "assumption"),
                share("trust_gain", trustGain).desc("Trust an attendee gains (times 1 - trust); for consultations only when"
                        + " the outcome is acted upon.").unc(0, 0.05, "assumption"),
                share("follow_through", followThrough).desc("Consultations only: probability that a meeting's outcome is acted"
                        + " upon (democratic guarantee).").unc(0, 0.9, "assumption: consultations only (0 for other types); a fifth to most outcomes acted upon"),
                share("efficacy_gain", 0.08).desc("Consultations only: efficacy an attendee gains (times 1 - efficacy) when"
                        + " the outcome is acted upon.").unc(0.02, 0.15, "assumption"),
                share("efficacy_loss", 0.08).desc("Consultations only: efficacy an attendee loses (times efficacy) when the"
                        + " outcome is not acted upon.").unc(0.02, 0.15, "assumption"),
                share("trust_loss", 0.03).desc("Consultations only: trust an attendee loses (times trust) when the outcome"
                        + " is not acted upon.").unc(0, 0.06, "assumption"),
                share("volunteer_registration", volunteerRegistration).desc("Probability that an attendee registers as a"
                        + " volunteer (volunteer service: feeds the volunteer pool).").unc(0, 0.1, "assumption"),
                share("new_tie_chance", 0).desc("Probability that an attendee forms a new tie with another attendee of the"
                        + " same activity, drawn at random (cultural orientation: belonging, new ties); at most"
                        + " `activities.max_new_ties` such ties per resident. 0: activities form no ties.")
                        .unc(0, 0.3, "assumption: none to about one attendee in three meeting someone new"));
    }

    static final ObjectType ACTIVITIES = object(
            boolKey("enabled", false).configSwitch().desc("Use the activity model (willing, able, admitted; activity types on a committee"
                    + " calendar; time budgets) instead of the first formulation's `events`. Off by default: the docking modes"
                    + " are the first formulation."),
            distKey("efficacy", DistributionSpec.normal(0.35, 0.15)).unit("share")
                    .desc("Initial political efficacy (belief that taking part changes decisions), clamped to [0,1].")
                    .paramUnc("mean", 0.15, 0.55, "assumption: no local survey of political efficacy; the default"
                            + " plus or minus 0.2")
                    .paramUnc("sd", 0.05, 0.25, "assumption: a third to about twice the default"),
            doubleKey("efficacy_weight", 0.15).unit("threshold units").range(0, 1).desc("Threshold lowered by this times efficacy.")
                    .unc(0, 0.3, "assumption"),
            boolKey("stagger", true).desc("Offset communities' calendars from each other; false puts every community's"
                    + " activities of a type on the same days.")
                    .alternatives("committees plan their own calendars, but a street office may run a campaign in all"
                            + " its communities on the same days", true, false),
            doubleKey("venue_hours_per_day", 10).unit("hours/day").rangeAboveZero(24).desc("Hours a venue is open per day;"
                    + " no activity may last longer.").unc(8, 14, "assumption"),
            share("max_staff_share", 0.3).desc("Largest share of the committee's staff hours in a month that activities may take.")
                    .unc(0.1, 0.5, "assumption"),
            doubleKey("min_attendance", 10).unit("residents").range(0, 1e6).desc("Mean attendees below which the committee"
                    + " plans one activity of that type fewer the next month.").unc(5, 20, "assumption"),
            intKey("max_new_ties", 3).unit("ties").range(0, 20).desc("Most ties a resident forms at activities over a run"
                    + " (see `new_tie_chance`); bounds the network's growth.").unc(1, 6, "assumption"),
            objectKey("consultation", activityType(1, 2, TimeSlot.WEEKDAY_EVENING, 6, 100, 0, 1.0, 0.5, 0.05, 0.03, 0.5, 0))
                    .desc("Consultation meetings (议事协商, democratic guarantee): the outcome is acted upon or not."),
            objectKey("cultural", activityType(2, 2, TimeSlot.WEEKEND, 4, 300, 5, 1.5, 0.4, 0.02, 0.02, 0, 0))
                    .desc("Cultural activities (cultural orientation: belonging)."),
            objectKey("volunteer", activityType(2, 3, TimeSlot.WEEKEND, 2, 100, 2, 0, 0.3, 0.03, 0.01, 0, 0.05))
                    .desc("Volunteer service activities (social coordination: feeds the volunteer pool)."));

    private static final String HOURS_REASON = "assumption, ordered as leisure time by age in time-use surveys";

    private static ObjectType weeklyHours(double youth, double working, double elderly) {
        return object(
                doubleKey("youth", youth).unit("hours/week").range(0, 168).desc("Residents aged 18-34.")
                        .unc(0.5, 3, HOURS_REASON),
                doubleKey("working", working).unit("hours/week").range(0, 168).desc("Working-age residents.")
                        .unc(0.5, 3, HOURS_REASON),
                doubleKey("elderly", elderly).unit("hours/week").range(0, 168).desc("Residents aged 60+.")
                        .unc(2, 8, HOURS_REASON));
    }

    private static final String SLOT_REASON = "assumption, ordered as in time-use surveys (working-age residents are"
            + " at work on weekday daytime; retirees are free most of the week); default +-0.2";

    private static ObjectType slots(double day, double evening, double weekend) {
        return object(
                share("weekday_day", day).desc("Free on weekday daytime.")
                        .unc(Math.max(0, day - 0.2), Math.min(1, day + 0.2), SLOT_REASON),
                share("weekday_evening", evening).desc("Free on weekday evenings.")
                        .unc(Math.max(0, evening - 0.2), Math.min(1, evening + 0.2), SLOT_REASON),
                share("weekend", weekend).desc("Free at weekends.")
                        .unc(Math.max(0, weekend - 0.2), Math.min(1, weekend + 0.2), SLOT_REASON));
    }

    static final ObjectType TIME_BUDGET = object(
            objectKey("weekly_hours", weeklyHours(2, 1.5, 4))
                    .desc("Mean free hours per week a household has for community activities, by age group (activity model only)."),
            doubleKey("spread", 0.8).unit("log sd").range(0, 5).desc("Log-normal spread of a household's weekly hours around"
                    + " its group mean (mean kept).").unc(0.3, 1.2, "assumption"),
            share("care_share", 0.2).desc("Share of households with care duties (children, frail relatives).")
                    .unc(0.1, 0.35, "assumption"),
            share("care_factor", 0.5).desc("Multiplier on the weekly hours of a household with care duties.")
                    .unc(0.3, 0.8, "assumption"),
            objectKey("free", object(
                    objectKey("youth", slots(0.15, 0.5, 0.6)).desc("Residents aged 18-34."),
                    objectKey("working", slots(0.1, 0.5, 0.6)).desc("Working-age residents."),
                    objectKey("elderly", slots(0.8, 0.6, 0.7)).desc("Residents aged 60+.")))
                    .desc("Probability that a household is free in each time slot (drawn once per household), by age group."),
            doubleKey("member_hours_per_week", 2).unit("hours/week").range(0, 168).desc("Hours a Party member gives per week"
                    + " to outreach, invitations, relaying neighbours' needs and organising activities.")
                    .unc(1, 4, "assumption; Xingtai's 50 volunteer hours per member per year is about 1 h/week"),
            doubleKey("visit_hours", 0.5).unit("hours").range(0, 24).desc("Member hours one outreach visit takes.")
                    .unc(0.25, 1, "assumption"),
            doubleKey("invitation_hours", 0.1).unit("hours").range(0, 24).desc("Member hours one personal invitation takes.")
                    .unc(0.05, 0.25, "assumption"));

    static final ObjectType ELECTION = object(
            boolKey("enabled", false).configSwitch().desc("Hold residents' committee elections (activity model only)."),
            intKey("first_day", 400).unit("day").range(1, 100_000).desc("Day of the first election.")
                    .setting(),
            intKey("interval_days", 1825).unit("days").range(1, 100_000).desc("Days between elections.")
                    .src("five-year term since the 2018 amendment of the Organic Law of Urban Residents' Committees"),
            enumKey("slot", TimeSlot.WEEKEND, TimeSlot.class).desc("When in the week voting takes place.")
                    .alternatives("voting is usually held at a weekend, but a street office may set a working day",
                            (Object[]) TimeSlot.values()),
            doubleKey("hours", 1).unit("hours").rangeAboveZero(24).desc("Hours voting takes from the weekly time budget.")
                    .unc(0.5, 2, "assumption"),
            share("salience", 0.15).desc("Threshold lowered on election day (publicity, mobilisation by the street office).")
                    .unc(0.05, 0.3, "assumption"),
            intKey("invitations_per_member", 5).unit("residents").range(0, 1000).desc("Ties each Party member mobilises"
                    + " before the vote, at time_budget.invitation_hours each.").unc(2, 10, "assumption"),
            share("proxy_share", 0.4).desc("Share of households whose representative did not vote that are recorded as"
                    + " voting through a proxy (another household member or a neighbour votes for them); counted only in"
                    + " election_turnout_reported.").src("direction: household proxy voting inflates reported turnout"
                            + " (Xiong 2008); size assumption").unc(0.2, 0.6, "assumption: a fifth to most non-voting households"));

    static final ObjectType NEEDS = object(
            doubleKey("rate_per_household_day", 0.008)
                    .unc(0.004, 0.016, "about 3 needs per household a year; half to twice the default").unit("needs/household/day").range(0, 100).desc("Needs per working-age household per day."),
            doubleKey("elderly_multiplier", 1.6)
                    .unc(1.2, 2.5, "elderly households need more care and repairs").unit("factor").range(0, 100).desc("Rate multiplier for elderly households."),
            doubleKey("youth_multiplier", 0.7)
                    .unc(0.5, 1.0, "young households raise fewer needs, at most as many as working-age ones").unit("factor").range(0, 100).desc("Rate multiplier for youth households."),
            enumKey("effort_distribution", "exponential", List.of("exponential", "constant"))
                    .alternatives("casework effort varies from request to request; exponential (coefficient of"
                            + " variation 1) and constant (0) bracket its spread", "exponential", "constant")
                    .desc("Distribution of a request's effort around its category mean (exponential for the M/M/c docking)."),
            listKey("categories", CATEGORY, DEFAULT_CATEGORIES)
                    .desc("Need categories (name, share, effort_hours, department_share); names unique, shares sum to 1 (within 1e-6)."
                            + " Default: elderly_care 0.20/3.0/0.05, environment 0.20/2.0/0.10, property_repair 0.20/4.0/0.20,"
                            + " disputes 0.15/3.0/0.15, safety 0.10/2.0/0.10, admin_consultation 0.15/1.0/0.02."));

    static final ObjectType REPORTING = object(
            doubleKey("base", 0.10)
                    .unc(0.05, 0.2, "calibrated jointly with the weights to baseline reporting; half to twice the default").unit("probability").range(0, 1).desc("Base probability that a need is reported."),
            doubleKey("awareness_weight", 0.35)
                    .unc(0.2, 0.5, "calibrated jointly; about 0.6 to 1.4 times the default").unit("probability").range(0, 1).desc("Added per unit of awareness."),
            doubleKey("trust_weight", 0.20)
                    .unc(0.1, 0.3, "calibrated jointly; half to 1.5 times the default").unit("probability").range(0, 1).desc("Added per unit of trust."),
            doubleKey("channel_weight", 0.30)
                    .unc(0.15, 0.45, "calibrated jointly; half to 1.5 times the default").unit("probability").range(0, 1).desc("Added per unit of channel reach."),
            doubleKey("relay_boost", 0.10)
                    .unc(0.05, 0.2, "half to twice the default").unit("probability").range(0, 1).desc("Added when the household has a Party-member tie."),
            share("channel_quality", 0.6)
                    .unc(0.4, 0.8, "group chats and notice boards of mixed quality").desc("Quality of channels (group chats, notice boards); scales reach."),
            doubleKey("households_per_grid_worker", 400).unit("households").rangeAboveZero(1e6)
                    .desc("Households one grid worker can keep in touch with.").src("Haikou standard: grids of 300-500 households"),
            share("unreported_satisfaction_loss", 0.01)
                    .unc(0, 0.03, "none to three times the default").desc("Satisfaction lost when a need goes unreported."),
            doubleKey("relay_hours", 0).unit("hours").range(0, 24).desc("Member hours one relay of a neighbour's need takes,"
                    + " out of the relaying member's weekly member time (time_budget.member_hours_per_week) when time is limited"
                    + " (activity model): the household's first tie who does member work and has the hours left relays it;"
                    + " when none has, there is no relay boost. 0: a relay costs nothing.")
                    .src("assumption").unc(0, 1, "0: free (the default); Lijin 0.5; a call or message to the grid worker"
                            + " takes about 0.25, a visit to see the problem up to 1"));

    private static final String BEIJING_12345 = "Beijing 12345 practice: 7 days ordinary, 15 days complex";

    static final ObjectType SERVICE = object(
            doubleKey("hours_per_staff_day", 3.0)
                    .unc(2, 5, "a community worker's day is mostly administration; 2-5 hours go to residents' requests").unit("hours/day").range(0, 24).desc("Effort hours one full-time worker supplies per calendar day."),
            doubleKey("productivity", 1.0)
                    .unc(0.8, 1.2, "reference multiplier; +-20% for differences in skill").unit("factor").range(0, 10).desc("Multiplier on staff hours."),
            doubleKey("turnover_per_year", 0.25)
                    .unc(0.15, 0.35, "community-worker turnover is reported as high; 15-35% a year").unit("probability/year").range(0, 10).desc("Probability per year that a worker leaves."),
            doubleKey("vacancy_days", 60)
                    .unc(30, 120, "one to four months to refill a post").unit("days").range(0, 3650).desc("Days a post stays empty after a worker leaves."),
            doubleKey("triage_hours", 0.5)
                    .unc(0.25, 1, "a quarter of an hour to an hour before escalating").unit("hours").range(0, 100).desc("Effort spent before escalating a department-level request."),
            doubleKey("department_delay_days", 10)
                    .unc(5, 20, "around the 7- and 15-day time limits of 12345 practice").unit("days").range(0, 365).desc("Mean days a department takes on an escalated request."),
            share("department_resolve_share", 0.8)
                    .unc(0.6, 0.95, "departments resolve most escalated requests").desc("Share of escalated requests the department resolves (the rest are dropped)."),
            doubleKey("time_limit_days", 7).unit("days").rangeAboveZero(365).desc("Time limit for ordinary requests.").src(BEIJING_12345),
            doubleKey("complex_time_limit_days", 15).unit("days").rangeAboveZero(365).desc("Time limit for department-level requests.").src(BEIJING_12345),
            doubleKey("drop_after_days", 30)
                    .unc(15, 60, "from the 15-day complex limit to twice the default").unit("days").range(0, 100_000).desc("A request still waiting after this many days is dropped (0 = never)."),
            share("resolve_share", 1)
                    .unc(0.8, 1, "1: failure comes only from missing skill; down to 0.8 for failures skill does not explain")
                    .desc("Probability that a handling by a worker with enough skill resolves a committee request"
                    + " (1: failure comes only from missing skill). A failed request is reworked once; failing again, complex casework is escalated to its department, a simple request closed unresolved."),
            doubleKey("complex_effort_multiplier", 1).unit("factor").range(0.01, 100)
                    .unc(1, 3, "complex casework takes up to 2-3 times a simple request's effort; 1 is the docking value")
                    .desc("Effort of a complex request relative to its category mean."),
            share("simple_skill", 0)
                    .unc(0, 0.4, "0 lets any worker resolve a simple request; the Lijin scenarios set 0.3")
                    .desc("Skill a simple request needs (0: any worker resolves it)."),
            share("complex_skill", 0)
                    .unc(0, 0.9, "0 is the docking value; the Lijin scenarios set 0.8")
                    .desc("Skill a complex request needs."),
            doubleKey("skill_band", 0.25).unit("skill").rangeAboveZero(1)
                    .unc(0.2, 0.5, "how sharply resolution falls below the needed skill; the Lijin scenarios set 0.4")
                    .desc("Below the needed skill q, a worker of skill s resolves with probability 1 - (q - s)/skill_band (at least 0)."),
            share("initial_skill", 1)
                    .unc(0.4, 1, "1 is the docking value; experienced untrained workers about 0.4-0.7")
                    .desc("Skill of the workers in post on day 0."),
            share("new_hire_skill", 1)
                    .unc(0.2, 1, "1 is the docking value; new hires are untrained (about 0.3)")
                    .desc("Skill of a worker hired into a vacated post."),
            doubleKey("experience_skill_gain_per_year", 0).unit("1/year").range(0, 100)
                    .unc(0, 0.3, "0 is the docking value; 0.1-0.3 a year of learning on the job")
                    .desc("Experience: each day in post skill grows by this/365 times (1 - skill)."),
            doubleKey("volunteer_wait_days", 2).unit("days").range(0, 365)
                    .unc(1, 5, "a day to a working week before staff take a volunteer-able request over")
                    .desc("A volunteer-able request that volunteers have not begun within this many days goes to the staff queue."),
            doubleKey("department_capacity_hours_day", 0).unit("hours/day").range(0, 1e6)
                    .unc(0, 10, "0: departments not capacity-limited; 3-10 hours a day for one urban area's escalations")
                    .desc("Working hours per day of each county department (one per need category). 0: departments are not"
                            + " capacity-limited (an escalation returns after the delay, resolved with department_resolve_share)."),
            doubleKey("department_effort_hours", 4).unit("hours").rangeAboveZero(1000)
                    .unc(2, 8, "half to twice the default")
                    .desc("Department effort per escalated request (used when departments are capacity-limited)."),
            doubleKey("coordination_hours", 0).unit("hours").range(0, 100)
                    .unc(0, 2, "0 is the docking value; up to two hours of calls per cross-department request")
                    .desc("Staff hours the community Party organisation spends coordinating one cross-department request."),
            boolKey("coordinated", false).desc("Whether the community Party organisation coordinates cross-department requests at"
                    + " baseline (Party-led governance switches it on).")
                    .alternatives("some communities' Party organisations coordinate cross-department requests before any"
                            + " reform, most do not", false, true),
            intKey("uncoordinated_departments", 1).unit("departments").range(1, 10)
                    .unc(1, 3, "1: coordination changes nothing; an uncoordinated request may pass two or three departments")
                    .desc("Departments an uncoordinated cross-department request passes through in turn, each with its own"
                            + " delay and effort; a coordinated one is handled jointly by its lead department. 1: coordination changes nothing."));

    private static final String NEGATIVITY = "bad experiences weigh more than good (Kampen, Van de Walle and Bouckaert 2006);"
            + " size is an assumption";

    static final ObjectType FEEDBACK = object(
            share("resolved_satisfaction_gain", 0.04)
                    .unc(0.02, 0.08, "half to twice the default").desc("Satisfaction gained from a resolved request (shrinks with waiting)."),
            share("resolved_trust_gain", 0.02)
                    .unc(0.01, 0.04, "half to twice the default").desc("Trust gained from a resolved request (shrinks with waiting)."),
            doubleKey("wait_scale_days", 7)
                    .unc(3, 15, "from a few days to the 15-day complex limit").unit("days").rangeAboveZero(1000).desc("Gain divided by 1 + wait/wait_scale_days."),
            share("overdue_satisfaction_loss", 0.06)
                    .unc(0.04, 0.12, "negativity bias: at least the resolved gain, up to twice the default").desc("Satisfaction lost on an overdue request.").src(NEGATIVITY),
            share("overdue_trust_loss", 0.04)
                    .unc(0.02, 0.08, "negativity bias: at least the resolved gain, up to twice the default").desc("Trust lost on an overdue request.").src(NEGATIVITY),
            share("dropped_satisfaction_loss", 0.10)
                    .unc(0.06, 0.2, "worse than overdue; up to twice the default").desc("Satisfaction lost on a dropped request.").src(NEGATIVITY),
            share("dropped_trust_loss", 0.08)
                    .unc(0.04, 0.16, "worse than overdue; half to twice the default").desc("Trust lost on a dropped request.").src(NEGATIVITY),
            doubleKey("decay_rate", 0.003).unit("1/day").range(0, 1)
                    .unc(0.001, 0.01, "half-life of a service experience from about 2 months to 2 years")
                    .desc("Daily pull of trust (and, in the latent model, satisfaction) back toward initial values."),
            enumKey("satisfaction_model", "latent", List.of("latent", "expectation")).configSwitch()
                    .desc("latent: the first model (satisfaction a latent mean moved by the gains and losses above, decaying to its"
                            + " start). expectation: each household compares the service it experienced with an expectation that adapts;"
                            + " no pull back to an initial value."),
            share("satisfied_threshold", 0.6).desc("A household counts as satisfied when its satisfaction is at least this"
                    + " (the metric satisfaction_share).").src("assumption: a 'satisfied' answer on a five-point scale")
                    .unc(0.5, 0.7, "where a five-point scale's 'satisfied' answer falls on a 0-1 scale"),
            share("resolved_weight", 0.35).desc("Expectation model: weight of a resolution in the household's perceived service"
                    + " quality (its value 1/(1 + wait/wait_scale_days)).").src("assumption")
                    .unc(0.2, 0.5, "a resolution is the strongest good experience; 0.2-0.5"),
            share("response_weight", 0.1).desc("Expectation model: weight of the response (start of handling; value 1/(1 + wait/"
                    + "wait_scale_days)).").src("assumption").unc(0.05, 0.2, "half to twice the default"),
            share("overdue_weight", 0.3).desc("Expectation model: weight of an overdue request (value 0).").src(NEGATIVITY)
                    .unc(0.2, 0.5, "negativity bias: comparable to or above a resolution's weight"),
            share("dropped_weight", 0.5).desc("Expectation model: weight of a dropped request (value 0).").src(NEGATIVITY)
                    .unc(0.3, 0.7, "the worst experience, above an overdue one"),
            share("unreported_weight", 0.05).desc("Expectation model: weight of a need left unreported (value unreported_value).")
                    .src("assumption").unc(0, 0.1, "none to twice the default"),
            share("unreported_value", 0.3).desc("Expectation model: how good an unreported need feels (no help, but no bad"
                    + " contact either).").src("assumption").unc(0.1, 0.5, "between a bad contact (0) and a neutral one (0.5)"),
            share("consultation_weight", 0.2).desc("Expectation model: weight of being heard in a consultation (value 1 if the"
                    + " decision followed residents' input, 0 if not).").src("assumption")
                    .unc(0.1, 0.4, "half to twice the default"),
            share("expectation_rate", 0.15).desc("Expectation model: on each experience, the expectation moves this share of the way"
                    + " toward the perceived quality (adaptive expectations).").src("assumption")
                    .unc(0.05, 0.3, "a third to twice the default"),
            doubleKey("disconfirmation_weight", 0.5).unit("factor").range(0, 10).desc("Expectation model: satisfaction ="
                    + " quality + this x (quality - expectation), clamped to [0,1] (expectation-disconfirmation, Van Ryzin 2004).")
                    .src("direction: Van Ryzin (2004) citizen satisfaction; size assumption")
                    .unc(0.25, 1, "half to twice the default"),
            share("hearsay_weight", 0).desc("Expectation model: a service outcome a household experiences (resolved,"
                    + " overdue or dropped) reaches each of its ties as hearsay, with this share of the weight it has for the"
                    + " household itself. 0: no hearsay; a well-mixed network has no ties, so none either.")
                    .src("assumption: residents also judge a service by what neighbours tell of it (vicarious experience)")
                    .unc(0, 0.5, "none to half the weight of one's own experience"),
            doubleKey("satisfied_threshold_sd", 0).unit("share").range(0, 1).desc("Each household's own standard: its"
                    + " satisfied threshold is drawn once, normal with mean satisfied_threshold and this standard deviation,"
                    + " not clamped, so a household whose standard lies above 1 stays dissatisfied however good the service"
                    + " (a residual dissatisfied share) and one below 0 is always satisfied. 0: everybody at satisfied_threshold.")
                    .src("direction: residents judge the same service by different standards (Van Ryzin 2004) and answer"
                            + " with their own cut-points (King, Murray, Salomon and Tandon 2004); size assumption")
                    .unc(0, 0.25, "0: one standard for all (the default); Lijin 0.15; 0.1-0.25 leaves the best-served Lijin"
                            + " configurations from about 99% to about 91% satisfied (docs/ODD.md 7.14)"));

    static final ObjectType INFLUENCE = object(
            doubleKey("awareness_rate", 0.02)
                    .unc(0.005, 0.05, "DeGroot pull; a quarter to 2.5 times the default").unit("1/day").range(0, 1).desc("Daily DeGroot pull of awareness toward the ties' mean."),
            doubleKey("trust_rate", 0.01)
                    .unc(0.0025, 0.03, "DeGroot pull; a quarter to three times the default").unit("1/day").range(0, 1).desc("Daily DeGroot pull of trust toward the ties' mean."),
            doubleKey("awareness_decay", 0.002)
                    .unc(0.0005, 0.005, "forgetting half-life from about 5 months to 4 years").unit("1/day").range(0, 1).desc("Daily forgetting of awareness."),
            share("outreach_awareness_gain", 0.10)
                    .unc(0.05, 0.2, "half to twice the default").desc("Awareness a visited household gains (times 1 - awareness)."),
            share("outreach_trust_gain", 0.05)
                    .unc(0.02, 0.1, "0.4 to twice the default").desc("Trust a visited household gains (times 1 - trust)."));

    static final ObjectType COSTS = object(
            doubleKey("staff_salary_yuan_year", 48_000)
                    .unc(36000, 72000, "county community-worker pay of about 3,000-6,000 yuan a month").unit("yuan/year").range(0, 1e8).desc("Cost of one full-time worker per year."),
            doubleKey("grid_worker_salary_yuan_year", 36_000)
                    .unc(24000, 48000, "grid-worker pay of about 2,000-4,000 yuan a month").unit("yuan/year").range(0, 1e8).desc("Cost of one grid worker per year."),
            doubleKey("venue_yuan_per_m2_year", 60)
                    .unc(30, 120, "running cost of venue space; half to twice the default").unit("yuan/m2/year").range(0, 1e6).desc("Running cost of venue space."),
            doubleKey("training_yuan_per_worker_year", 3000)
                    .unc(1500, 6000, "half to twice the default").unit("yuan/year").range(0, 1e7).desc("Training cost per trained worker (full-time staff mechanism)."),
            doubleKey("shadow_wage_yuan_hour", 20).unit("yuan/hour").range(0, 1e5)
                    .desc("Shadow wage of an hour given by a volunteer, Party member or unit member (social cost).")
                    .src("assumption: about the Shandong urban hourly wage (range 12-30)")
                    .unc(12, 30, "about the Shandong urban hourly wage"),
            doubleKey("department_yuan_per_hour", 60).unit("yuan/hour").range(0, 1e5)
                    .desc("Cost of an hour of county department work on an escalated request (public).")
                    .src("assumption: civil-service wage with overhead (range 40-100)")
                    .unc(40, 100, "civil-service wage with overhead"),
            doubleKey("pooling_travel_yuan_per_hour", 10).unit("yuan/hour").range(0, 1e5)
                    .desc("Travel and coordination cost per staff hour pooled between communities (public).").src("assumption")
                    .unc(5, 20, "half to twice the default"));

    static final ObjectType SCENARIO = object(
            stringKey(NAME, null).defaultText("file name without .yaml").pattern("[A-Za-z0-9._-]+", "letters, digits, '.', '_' or '-' only")
                    .desc("Scenario name, used in output files. Not inherited through `extends`."),
            stringKey("description", "").desc("Free text."),
            intKey("days", 730).setting().unit("days").range(1, Scenario.MAX_DAYS).desc("Simulated days (one step per day)."),
            longKey("seed", 1).setting().desc("Random seed of the run."),
            stringKey(EXTENDS, null).loaderOnly().defaultText("(none)").unit("path")
                    .desc("Base scenario file, relative to this file; this file states only what differs."),
            listKey("communities", COMMUNITY, null).required().minItems(1).desc("The communities of the county; names unique."),
            objectKey("residents", RESIDENTS).desc("How residents (household representatives) are drawn at day 0."),
            objectKey("network", NETWORK).desc("The social network generator."),
            objectKey("participation", PARTICIPATION).desc("The threshold participation rule."),
            objectKey("events", EVENTS).desc("Community events."),
            objectKey("activities", ACTIVITIES).desc("The activity model of participation (DOMAIN.md section 10); off by default."),
            objectKey("time_budget", TIME_BUDGET).desc("Residents' and Party members' weekly time (activity model only)."),
            objectKey("election", ELECTION).desc("The residents' committee election (activity model only)."),
            objectKey("needs", NEEDS).desc("How needs arise."),
            objectKey("reporting", REPORTING).desc("Whether a need becomes a request."),
            objectKey("service", SERVICE).desc("The committee's service queue."),
            objectKey("feedback", FEEDBACK).desc("How service experiences move satisfaction and trust."),
            objectKey("influence", INFLUENCE).desc("Social influence and Party-member outreach."),
            objectKey("costs", COSTS).desc("Public spending accounted for."),
            objectKey("mechanisms", MechanismsSpec.SCHEMA).desc("The five mechanisms, each off or on with its intensity parameters."));
}
