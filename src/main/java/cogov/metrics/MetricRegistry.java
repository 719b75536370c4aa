package cogov.metrics;

import cogov.model.ActivityKind;
import cogov.model.ActivityLedger.Item;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The single list of outcomes (DOMAIN.md section 5), in column order. A metric is one declaration: name,
 * label, unit, description, whether higher is better, its {@link Tag}s, and how it is computed from the
 * collector's single pass ({@link ScopeData}). CSV headers, docs, chart titles, axis labels, the
 * reports' default outcomes and the GUI's live charts all come from here.
 *
 * <p>Adding a metric: one {@code m(...)} line here; if it needs a sum the pass does not gather yet, add the
 * field to {@link Tally} (and to {@code Tally.add}) and fill it in {@link MetricsCollector}; then
 * regenerate docs/metrics.md ({@link MetricDocs}). A test fails for a declared metric that is never filled.
 */
public final class MetricRegistry {

    private static final List<Metric> ALL = List.of(
            m("participation_rate", "Participation rate", "share",
                    "Secondary indicator: share of residents who took part in an event or activity within the participation"
                            + " window (30 days by default). No survey asks this; compare participation_12m with surveys.", true,
                    d -> d.sums.participationRate(),
                    Tag.KEY_OUTCOME, Tag.LIVE_CHART, Tag.BY_TYPE, Tag.GAIN),
            m("participation_rate_youth", "Participation rate, aged 18-34", "share",
                    "Participation rate among residents aged 18-34.", true,
                    d -> d.sums.ratio(d.sums.groupParticipants[0], d.sums.groupSize[0])),
            m("participation_rate_elderly", "Participation rate, aged 60+", "share",
                    "Participation rate among residents aged 60 and over.", true,
                    d -> d.sums.ratio(d.sums.groupParticipants[1], d.sums.groupSize[1])),
            m("participation_rate_members", "Participation rate, Party members", "share",
                    "Participation rate among Party members (resident and registered in-service).", true,
                    d -> d.sums.ratio(d.sums.groupParticipants[2], d.sums.groupSize[2])),
            m("participation_rate_migrants", "Participation rate, migrants", "share",
                    "Participation rate among migrant (non-local) households.", true,
                    d -> d.sums.ratio(d.sums.groupParticipants[3], d.sums.groupSize[3])),
            m("participation_12m", "Took part in a community activity, last 12 months", "share",
                    "Share of residents who took part in any community activity (event, consultation, cultural or volunteer"
                            + " activity) in the last 365 days. Survey analogue: 'In the past 12 months, have you taken part in"
                            + " any activity organised by your community (residents' committee)?' (CGSS-type community"
                            + " participation item).", true,
                    d -> d.sums.yearRate(0), Tag.KEY_OUTCOME, Tag.LIVE_CHART, Tag.BY_TYPE, Tag.GAIN),
            m("participation_12m_youth", "Took part in the last 12 months, aged 18-34", "share",
                    "participation_12m among residents aged 18-34. Survey analogue: the same item by age group.", true,
                    d -> d.sums.yearRate(1)),
            m("participation_12m_working", "Took part in the last 12 months, working age", "share",
                    "participation_12m among working-age residents. Survey analogue: the same item by age group.", true,
                    d -> d.sums.yearRate(2)),
            m("participation_12m_elderly", "Took part in the last 12 months, aged 60+", "share",
                    "participation_12m among residents aged 60 and over. Survey analogue: the same item by age group.", true,
                    d -> d.sums.yearRate(3)),
            m("participation_12m_members", "Took part in the last 12 months, Party members", "share",
                    "participation_12m among Party members. Survey analogue: the same item by Party membership.", true,
                    d -> d.sums.yearRate(4)),
            m("participation_12m_non_members", "Took part in the last 12 months, non-members", "share",
                    "participation_12m among residents who are not Party members.", true,
                    d -> d.sums.yearRate(5)),
            m("participation_12m_migrants", "Took part in the last 12 months, migrants", "share",
                    "participation_12m among migrant (non-local) households. Survey analogue: the same item by hukou"
                            + " status.", true,
                    d -> d.sums.yearRate(6)),
            m("participation_12m_locals", "Took part in the last 12 months, locals", "share",
                    "participation_12m among local households.", true,
                    d -> d.sums.yearRate(7)),
            m("consultation_12m", "Attended a consultation, last 12 months", "share",
                    "Share of residents who attended a consultation meeting in the last 365 days (activity model). Survey"
                            + " analogue: 'In the past 12 months, have you attended a residents' meeting or consultation"
                            + " (议事协商) in your community?'.", true,
                    d -> d.sums.whenActivities(d.sums.ratio(d.sums.kinds[ActivityKind.CONSULTATION.ordinal()], d.sums.households))),
            m("cultural_12m", "Took part in a cultural activity, last 12 months", "share",
                    "Share of residents who took part in a cultural activity in the last 365 days (activity model). Survey"
                            + " analogue: the community cultural/recreational activity item.", true,
                    d -> d.sums.whenActivities(d.sums.ratio(d.sums.kinds[ActivityKind.CULTURAL.ordinal()], d.sums.households))),
            m("volunteer_12m", "Took part in volunteer service, last 12 months", "share",
                    "Share of residents who took part in a volunteer service activity in the last 365 days (activity"
                            + " model). Survey analogue: 'In the past 12 months, have you volunteered in your community?'.", true,
                    d -> d.sums.whenActivities(d.sums.ratio(d.sums.kinds[ActivityKind.VOLUNTEER.ordinal()], d.sums.households))),
            m("volunteer_share", "Registered volunteers", "share",
                    "Share of residents registered as volunteers: those drawn at set-up (residents.volunteer_share) plus"
                            + " attendees who registered at an activity since (each activity type's volunteer_registration;"
                            + " by default only volunteer-service activities recruit). Registrations are never withdrawn."
                            + " DOMAIN.md: registered volunteers about 5-13% of residents.", true,
                    d -> d.sums.ratio(d.sums.volunteers, d.sums.households)),
            m("party_member_share", "Party members", "share",
                    "Share of residents who are Party members: resident members plus the in-service members registered"
                            + " where they live through joint building (double registration). Members are drawn at set-up"
                            + " (residents.party_member_share, weighted by age); the model's in-service members are working-age"
                            + " resident members who register, so registration moves a member from one kind to the other and"
                            + " leaves this share unchanged; no process adds or removes members. DOMAIN.md: about 8-13%.", false,
                    d -> d.sums.ratio(d.sums.groupSize[2], d.sums.households)),
            m("election_turnout", "Election turnout", "share",
                    "Share of households whose representative voted in person at the most recent residents' committee"
                            + " election (activity model; NaN before the first). Survey analogue: 'Did you vote in the last"
                            + " residents' committee election?' (Shanghai survey, N=6,581: 48%).", true,
                    d -> d.sums.electionRatio(d.sums.voted, d.sums.households), Tag.BY_TYPE),
            m("election_turnout_youth", "Election turnout, aged 18-34", "share",
                    "election_turnout among residents aged 18-34 (Shanghai survey: 14% at 18-29).", true,
                    d -> d.sums.electionRatio(d.sums.votedYouth, d.sums.yearSize[1])),
            m("election_turnout_elderly", "Election turnout, aged 60+", "share",
                    "election_turnout among residents aged 60 and over (Shanghai survey: 78% at 70-79).", true,
                    d -> d.sums.electionRatio(d.sums.votedElderly, d.sums.yearSize[3])),
            m("election_turnout_members", "Election turnout, Party members", "share",
                    "election_turnout among Party members (Shanghai survey: 65%).", true,
                    d -> d.sums.electionRatio(d.sums.votedMembers, d.sums.yearSize[4])),
            m("election_turnout_reported", "Election turnout as reported", "share",
                    "Households recorded as voting at the most recent election, in person or through a household proxy,"
                            + " over all households: the official figure, which proxy voting inflates (Xiong 2008).", true,
                    d -> d.sums.electionRatio(d.sums.recordedVotes, d.sums.households)),
            m("efficacy_mean", "Mean political efficacy", "share",
                    "Mean resident political efficacy (activity model): the belief that taking part changes decisions.", true,
                    d -> d.sums.whenActivities(d.sums.mean(d.sums.efficacySum))),
            m("willing_share", "Willing at activities", "share",
                    "Of the residents considered at the activities of the last 30 days (every resident of the community,"
                            + " at each activity), the share willing: interested and over its threshold (activity model).", true,
                    d -> d.sums.ofConsidered(d.sums.activity(Item.CONSIDERED) - d.sums.activity(Item.NOT_WILLING)), Tag.LIVE_CHART),
            m("willing_unable_share", "Willing but unable", "share",
                    "Of the residents considered at the activities of the last 30 days, the share willing but unable: not"
                            + " free in the slot or without hours left that week (activity model).", false,
                    d -> d.sums.ofConsidered(d.sums.activity(Item.UNABLE))),
            m("turned_away_share", "Willing and able but turned away", "share",
                    "Of the residents considered at the activities of the last 30 days, the share willing and able but not"
                            + " admitted because seats or funds ran out (activity model).", false,
                    d -> d.sums.ofConsidered(d.sums.activity(Item.TURNED_AWAY))),
            m("oversubscribed_share", "Activities oversubscribed", "share",
                    "Share of the activities held in the last 30 days at which more residents were willing and able than"
                            + " were admitted (activity model).", false,
                    d -> d.sums.whenActivities(d.sums.ratio(d.sums.activity(Item.OVERSUBSCRIBED), d.sums.activity(Item.HELD)))),
            m("activity_budget_use", "Activity funds spent", "share",
                    "Activity spending over the activity money allocated (public budget and units' money) in the last 30"
                            + " days (activity model).", false,
                    d -> d.sums.whenActivities(d.sums.ratio(d.sums.activity(Item.SPENT_YUAN), d.sums.activity(Item.ALLOCATED_YUAN)))),
            m("seat_occupancy", "Seat occupancy", "share",
                    "Attendees over seats at the indoor activities of the last 30 days (activity model).", false,
                    d -> d.sums.whenActivities(d.sums.ratio(d.sums.activity(Item.SEATED), d.sums.activity(Item.SEATS)))),
            m("consultation_follow_through", "Consultations followed through", "share",
                    "Share of the consultation meetings of the last 30 days whose outcome was acted upon (activity model).", true,
                    d -> d.sums.whenActivities(d.sums.ratio(d.sums.activity(Item.FOLLOWED_THROUGH), d.sums.activity(Item.CONSULTATIONS)))),
            m("activity_ties_per_household", "New ties per household", "ties/household",
                    "Ties formed between attendees at activities since day 1 (cultural orientation: belonging), counted at"
                            + " both ends, per household (activity model; 0 unless `new_tie_chance` > 0). Survey analogue:"
                            + " 'Have you got to know new neighbours through community activities?'.", true,
                    d -> d.sums.whenActivities(d.sums.ratio(2 * d.sums.tiesFormed, d.sums.households))),
            m("activity_staff_hours", "Staff hours for activities", "hours/day",
                    "Staff hours the activity calendar reserves today (taken from casework).", false,
                    d -> d.sums.whenActivities(d.sums.activityStaffHoursToday)),
            m("awareness_mean", "Mean awareness", "share",
                    "Mean resident awareness of channels and community affairs.", true,
                    d -> d.sums.mean(d.sums.awarenessSum)),
            m("trust_mean", "Mean trust", "share",
                    "Mean resident trust in the community organisation.", true,
                    d -> d.sums.mean(d.sums.trustSum),
                    Tag.KEY_OUTCOME, Tag.LIVE_CHART, Tag.BY_TYPE),
            m("satisfaction_mean", "Mean satisfaction", "share",
                    "Mean resident satisfaction (expectation model: perceived quality plus disconfirmation, clamped to [0,1]).", true,
                    d -> d.sums.mean(d.sums.satisfactionSum),
                    Tag.KEY_OUTCOME, Tag.LIVE_CHART, Tag.BY_TYPE),
            m("satisfaction_share", "Residents satisfied", "share",
                    "Share of residents whose satisfaction is at least their own satisfied threshold (feedback.satisfied_threshold,"
                            + " spread by feedback.satisfied_threshold_sd): the survey-style rate"
                            + " (Beijing 12345: 65% -> 97.3%).", true,
                    d -> d.sums.ratio(d.sums.satisfied, d.sums.households)),
            m("needs_arisen", "Needs arisen", "needs/day",
                    "Needs that arose in households this day.", false,
                    d -> d.sums.needsArisen),
            m("needs_unreported", "Unreported needs", "needs/day",
                    "Needs that arose this day and were not reported.", false,
                    d -> d.sums.needsUnreported),
            m("requests_raised", "Requests raised", "requests/day",
                    "Needs reported to the committee this day.", false,
                    d -> d.sums.raised),
            m("requests_resolved", "Requests resolved", "requests/day",
                    "Requests resolved this day, by the committee or by a department.", true,
                    d -> d.sums.resolved),
            m("requests_escalated", "Requests escalated", "requests/day",
                    "Requests escalated to a county department this day.", false,
                    d -> d.sums.escalated),
            m("requests_overdue", "Requests overdue", "requests/day",
                    "Requests that passed their time limit unresolved this day.", false,
                    d -> d.sums.overdue),
            m("requests_dropped", "Requests dropped", "requests/day",
                    "Requests abandoned this day (waited too long, or the department could not resolve them).", false,
                    d -> d.sums.dropped),
            m("backlog", "Backlog", "requests",
                    "Requests open at the end of the day: waiting, in service or at a department.", false,
                    d -> d.sums.backlog,
                    Tag.KEY_OUTCOME, Tag.LIVE_CHART),
            m("response_rate", "Response rate", "share",
                    "Of requests raised in the 30 days up to yesterday, the share whose handling (service or escalation) began"
                            + " within 1 day.", true,
                    d -> d.sums.ratio(d.sums.respondedWindow, d.sums.raisedWindow)),
            m("resolution_rate", "Resolution rate", "share",
                    "Of requests raised in the 30 days ending 15 days ago (all past their time limit), the share resolved so far.", true,
                    d -> d.sums.ratio(d.sums.cohortResolved, d.sums.cohortRaised),
                    Tag.KEY_OUTCOME, Tag.LIVE_CHART, Tag.BY_TYPE, Tag.GAIN),
            m("on_time_rate", "On-time rate", "share",
                    "Of requests raised in the 30 days ending 15 days ago, the share resolved within their time limit.", true,
                    d -> d.sums.ratio(d.sums.cohortOnTime, d.sums.cohortRaised),
                    Tag.KEY_OUTCOME),
            m("resolution_days_median", "Time to resolution, median", "days",
                    "Median days from report to resolution of the requests resolved in the last 30 days.", false,
                    d -> d.resolutionDaysPercentile(50),
                    Tag.KEY_OUTCOME),
            m("resolution_days_p90", "Time to resolution, 90th percentile", "days",
                    "90th percentile of days from report to resolution of the requests resolved in the last 30 days.", false,
                    d -> d.resolutionDaysPercentile(90)),
            m("wait_days_mean", "Mean queue wait", "days",
                    "Mean days from report to start of service of the requests whose service began in the last 30 days.", false,
                    d -> d.sums.ratio(d.sums.waitSumWindow, d.sums.startedWindow)),
            m("served_wait_days_run_mean", "Mean queue wait since day 1", "days",
                    "Summed wait from report to start of service (or triage) over every request served since day 1, divided by"
                            + " their number: the per-request mean wait of the run so far (the Erlang C docking reads it).", false,
                    d -> d.sums.ratio(d.sums.servedWaitSum, d.sums.servedCount)),
            m("volunteer_hours", "Volunteer hours", "hours/day",
                    "Hours volunteers, Party members and joint-building units' members spent this day on volunteer-able service tasks"
                            + " (visits, simple help); never casework.", true,
                    d -> d.sums.volunteerHours),
            m("staff_utilisation", "Staff utilisation", "share",
                    "Staff hours spent on requests this day over staff hours available for casework (after activities).", false,
                    d -> d.sums.ratio(d.sums.staffUsed, d.sums.staffAvailable)),
            m("volunteer_utilisation", "Volunteer utilisation", "share",
                    "Volunteer hours used on service tasks this day over volunteer hours available for them.", false,
                    d -> d.sums.ratio(d.sums.volunteerHours, d.sums.volunteerAvailable)),
            county("department_utilisation", "Department utilisation", "share",
                    "Hours county departments worked this day over their capacity (capacity-limited departments only).", false,
                    d -> d.model.departmentUtilisation()),
            m("skill_shortfall", "Skill shortfall", "skill",
                    "Mean amount by which the worker's skill fell short of what the request needs, over casework handlings begun"
                            + " this day.", false,
                    d -> d.sums.ratio(d.sums.skillGapSum, d.sums.skillHandlings)),
            m("requests_reworked", "Requests reworked", "requests/day",
                    "Committee handlings this day that failed for want of skill and were queued again.", false,
                    d -> d.sums.reworked),
            m("waiting_simple", "Waiting, simple", "requests",
                    "Simple requests open at the committee (staff or volunteer line, or in service) at the end of the day.", false,
                    d -> d.sums.waitingSimple),
            m("waiting_complex", "Waiting, complex", "requests",
                    "Complex casework requests open at the committee at the end of the day.", false,
                    d -> d.sums.waitingComplex),
            m("waiting_cross_department", "Waiting, cross-department", "requests",
                    "Cross-department requests waiting for triage at the committee at the end of the day.", false,
                    d -> d.sums.waitingCross),
            m("at_department", "At departments", "requests",
                    "Requests in transit to or queued at county departments at the end of the day.", false,
                    d -> d.sums.atDepartment),
            m("unit_engagement_mean", "Unit engagement", "share",
                    "Mean engagement of the joint-building units with an agreement in scope (empty without units).", true,
                    d -> d.sums.ratio(d.sums.engagementSum, d.sums.units)),
            m("unit_projects_resolved", "Unit projects resolved", "requests/day",
                    "Complex requests joint-building units resolved this day as projects in their expertise.", true,
                    d -> d.sums.unitProjectsResolved),
            m("coordination_share", "Coordinated cross-department requests", "share",
                    "Of cross-department requests escalated in the last 30 days, the share the community Party organisation"
                            + " coordinated (political leadership).", true,
                    d -> d.sums.ratio(d.sums.coordinatedWindow, d.sums.crossWindow)),
            m("events_held", "Events held", "events/day",
                    "Community events and consultation meetings held this day.", true,
                    d -> d.sums.eventsHeld),
            m("event_participants", "Event participants", "residents/day",
                    "Residents who took part in an event this day.", true,
                    d -> d.sums.eventParticipants),
            m("spending_yuan", "Public spending", "yuan/day",
                    "Public money paid out this day: staff and grid-worker salaries, training, venue running costs, the public part of"
                            + " event costs (the first model's spending; the cost model is public_cost_yuan).", false,
                    d -> d.sums.spending,
                    Tag.KEY_OUTCOME, Tag.COST),
            m("public_cost_yuan", "Public cost", "yuan/day",
                    "Every public item of the cost model this day: salaries, training, venue, allocated budgets (spent or not),"
                            + " department time, pooling travel, meetings.", false,
                    d -> d.sums.publicCost,
                    Tag.COST),
            m("total_cost_yuan", "Total social cost", "yuan/day",
                    "Public cost plus contributions at shadow prices: units' money and venue, volunteers', members' and units' hours.",
                    false,
                    d -> d.sums.totalCost,
                    Tag.COST),
            m("party_mass_fund_yuan", "Party-mass service fund", "yuan/day",
                    "The Party-mass service fund allocated this day (input guarantee; a public cost line of its own, inside"
                            + " public_cost_yuan; its money is spent through the activity funds).", false,
                    d -> d.sums.partyMassFund,
                    Tag.COST),
            m("budget_spent_share", "Budget spent", "share",
                    "Money spent out of allocated activity budgets since day 1 over the allocations since day 1.", false,
                    d -> d.sums.ratio(d.sums.budgetSpent, d.sums.budgetAllocated)),
            m("cost_per_resolved_yuan", "Public cost per resolved request", "yuan/request",
                    "Public cost in the last 30 days divided by requests resolved in the last 30 days (all public cost, not"
                            + " attributed to service alone).", false,
                    d -> d.sums.ratio(d.sums.publicCostWindow, d.sums.resolvedWindow),
                    Tag.KEY_OUTCOME, Tag.COST),
            m("grid_participation_gini", "Grid inequality of participation", "Gini",
                    "Gini coefficient of participation rates across the grids in scope.", false,
                    d -> d.gridGini(true),
                    Tag.EQUITY),
            m("grid_satisfaction_gini", "Grid inequality of satisfaction", "Gini",
                    "Gini coefficient of mean satisfaction across the grids in scope.", false,
                    d -> d.gridGini(false),
                    Tag.EQUITY),
            county("equity_participation_gap", "Participation gap, old urban minus relocated", "share",
                    "Participation rate of old-urban communities minus that of relocated communities.", false,
                    d -> d.oldUrbanMinusRelocated(Tally::participationRate),
                    Tag.KEY_OUTCOME, Tag.EQUITY),
            county("equity_participation_12m_gap", "12-month participation gap, old urban minus relocated", "share",
                    "participation_12m of old-urban communities minus that of relocated communities.", false,
                    d -> d.oldUrbanMinusRelocated(t -> t.yearRate(0)),
                    Tag.EQUITY),
            county("equity_trust_gap", "Trust gap, old urban minus relocated", "share",
                    "Mean trust in old-urban communities minus that in relocated communities.", false,
                    d -> d.oldUrbanMinusRelocated(t -> t.mean(t.trustSum)),
                    Tag.EQUITY),
            county("equity_satisfaction_gap", "Satisfaction gap, old urban minus relocated", "share",
                    "Mean satisfaction in old-urban communities minus that in relocated communities.", false,
                    d -> d.oldUrbanMinusRelocated(t -> t.mean(t.satisfactionSum)),
                    Tag.EQUITY),
            county("equity_resolution_gap", "Resolution gap, old urban minus relocated", "share",
                    "Resolution rate of old-urban communities minus that of relocated communities.", false,
                    d -> d.oldUrbanMinusRelocated(t -> t.ratio(t.cohortResolved, t.cohortRaised)),
                    Tag.EQUITY));

    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        for (int i = 0; i < ALL.size(); i++) {
            INDEX.put(ALL.get(i).name(), i);
        }
    }

    private MetricRegistry() {
    }

    private static Metric m(String name, String label, String unit, String description, boolean higherIsBetter,
            Metric.Reporter reporter, Tag... tags) {
        return new Metric(name, label, unit, description, false, higherIsBetter, tags(tags), reporter);
    }

    private static Metric county(String name, String label, String unit, String description, boolean higherIsBetter,
            Metric.Reporter reporter, Tag... tags) {
        return new Metric(name, label, unit, description, true, higherIsBetter, tags(tags), reporter);
    }

    private static Set<Tag> tags(Tag... tags) {
        Set<Tag> set = EnumSet.noneOf(Tag.class);
        set.addAll(Arrays.asList(tags));
        return set;
    }

    /** The metrics with this tag, in column order. */
    public static List<Metric> tagged(Tag tag) {
        return ALL.stream().filter(m -> m.has(tag)).toList();
    }

    /** The names of the metrics with this tag, in column order. */
    public static List<String> namesTagged(Tag tag) {
        return tagged(tag).stream().map(Metric::name).toList();
    }

    /** All metrics in their fixed column order. */
    public static List<Metric> all() {
        return ALL;
    }

    public static int size() {
        return ALL.size();
    }

    /** Column index of a metric; throws for unknown names. */
    public static int indexOf(String name) {
        Integer i = INDEX.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown metric: " + name);
        }
        return i;
    }

    /** The metric with this name, or null. */
    public static Metric find(String name) {
        Integer i = INDEX.get(name);
        return i == null ? null : ALL.get(i);
    }
}
