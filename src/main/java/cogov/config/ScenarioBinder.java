package cogov.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cogov.config.MechanismsSpec.FullTimeStaffSpec;
import cogov.config.MechanismsSpec.InputGuaranteeSpec;
import cogov.config.MechanismsSpec.JointBuildingSpec;
import cogov.config.MechanismsSpec.PartyLedGovernanceSpec;
import cogov.config.MechanismsSpec.RegionalIntegrationSpec;
import cogov.config.YamlTree.Origin;

/**
 * Rules that span several keys, and the mapping between resolved values (see {@link SchemaValidator})
 * and the {@link Scenario} records in both directions.
 */
final class ScenarioBinder {

    private ScenarioBinder() {
    }

    /** Cross-key rules; only checks values that passed their own validation. */
    static void check(Map<String, Object> root, SchemaValidator v, Origin rootOrigin, ConfigProblems problems) {
        R r = new R(root);
        List<Map<String, Object>> communities = r.list("communities");
        if (communities != null) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < communities.size(); i++) {
                Map<String, Object> c = communities.get(i);
                if (c == null) {
                    continue;
                }
                String at = "communities[" + i + "]";
                Origin itemOrigin = v.originOf(at, rootOrigin);
                Object name = c.get("name");
                if (name != null && !names.add((String) name)) {
                    problems.add(v.originOf(at + ".name", itemOrigin), at + ".name",
                            "duplicate community name (got '" + name + "')");
                }
                Integer households = (Integer) c.get("households");
                Integer relocated = (Integer) c.get("relocated_households");
                Integer grids = (Integer) c.get("grids");
                if (households != null && relocated != null && relocated > households) {
                    problems.add(v.originOf(at + ".relocated_households", itemOrigin), at + ".relocated_households",
                            "must not exceed households (" + households + ") (got " + relocated + ")");
                }
                if (households != null && grids != null && grids > households) {
                    problems.add(v.originOf(at + ".grids", itemOrigin), at + ".grids",
                            "must not exceed households (" + households + ") (got " + grids + ")");
                }
            }
        }
        Map<String, Object> residents = r.obj("residents");
        Double youth = (Double) residents.get("youth_share");
        Double elderly = (Double) residents.get("elderly_share");
        if (youth != null && elderly != null && youth + elderly > 1) {
            String key = v.isExplicit("residents.elderly_share") ? "residents.elderly_share" : "residents.youth_share";
            problems.add(v.originOf(key, rootOrigin), key, "youth_share + elderly_share must not exceed 1 (got "
                    + youth + " + " + elderly + ")");
        }
        checkCategories(new R(r.obj("needs")).list("categories"), v, rootOrigin, problems);
    }

    private static void checkCategories(List<Map<String, Object>> categories, SchemaValidator v, Origin rootOrigin,
            ConfigProblems problems) {
        if (categories == null) {
            return;
        }
        double sum = 0;
        boolean complete = true;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            Map<String, Object> c = categories.get(i);
            if (c == null || c.get("share") == null) {
                complete = false;
                continue;
            }
            sum += (Double) c.get("share");
            Object name = c.get("name");
            String at = "needs.categories[" + i + "].name";
            if (name != null && !names.add((String) name)) {
                problems.add(v.originOf(at, rootOrigin), at, "duplicate category name (got '" + name + "')");
            }
        }
        if (complete && Math.abs(sum - 1) > 1e-6) {
            problems.add(v.originOf("needs.categories", rootOrigin), "needs.categories",
                    "shares must sum to 1 (got " + sum + ")");
        }
    }

    /** Builds the scenario from resolved values that passed validation. */
    static Scenario bind(Map<String, Object> root) {
        R r = new R(root);
        List<CommunitySpec> communities = new ArrayList<>();
        for (Map<String, Object> c : r.list("communities")) {
            R cr = new R(c);
            communities.add(new CommunitySpec(cr.s("name"), CommunityType.fromKey(cr.s("type")), cr.i("households"),
                    cr.i("relocated_households"), cr.i("grids"), cr.i("staff"), cr.i("grid_workers"), cr.d("venue_m2"),
                    cr.d("budget_yuan")));
        }
        R res = r.sub("residents");
        Map<CommunityType, StateOffsets> typeEffects = new EnumMap<>(CommunityType.class);
        for (CommunityType t : CommunityType.values()) {
            typeEffects.put(t, offsets(res.sub("type_effects").sub(ScenarioSchema.typeEffectKey(t))));
        }
        ResidentsSpec residents = new ResidentsSpec(res.dist("threshold"), res.dist("awareness"), res.dist("trust"),
                res.dist("satisfaction"), res.d("party_member_share"), res.d("youth_share"), res.d("elderly_share"),
                res.d("migrant_share"), res.d("volunteer_share"), res.d("volunteer_hours_per_year"),
                res.d("member_volunteer_hours_per_year"), res.d("member_outreach_visits_per_month"),
                res.i("member_invitations_per_event"), typeEffects, offsets(res.sub("relocated_household_effect")),
                offsets(res.sub("age_effects").sub("youth")), offsets(res.sub("age_effects").sub("working")),
                offsets(res.sub("age_effects").sub("elderly")), offsets(res.sub("migrant_effect")),
                offsets(res.sub("member_effect")));
        R n = r.sub("network");
        NetworkKind kind = NetworkKind.fromKey(n.s("kind"));
        R p = r.sub("participation");
        R e = r.sub("events");
        R nd = r.sub("needs");
        List<NeedCategory> categories = new ArrayList<>();
        for (Map<String, Object> c : nd.list("categories")) {
            R cr = new R(c);
            categories.add(new NeedCategory(cr.s("name"), cr.d("share"), cr.d("effort_hours"), cr.d("department_share"),
                    cr.d("complex_share"), cr.b("volunteer_able")));
        }
        R rp = r.sub("reporting");
        R sv = r.sub("service");
        R fb = r.sub("feedback");
        R in = r.sub("influence");
        R co = r.sub("costs");
        R m = r.sub("mechanisms");
        R jb = m.sub("joint_building");
        R ri = m.sub("regional_integration");
        R pl = m.sub("party_led_governance");
        R fs = m.sub("full_time_staff");
        R ig = m.sub("input_guarantee");
        return new Scenario(r.s("name"), r.s("description"), r.i("days"), (Long) root.get("seed"), communities, residents,
                new NetworkSpec(kind, n.d("degree"), n.d("rewire"), n.d("cross_community")),
                new ParticipationSpec(p.i("window_days"), p.b("permanent"), p.d("initial_share"), p.i("initial_count"),
                        p.d("awareness_weight"), p.d("trust_weight"), p.d("invitation_weight"), p.d("spontaneous_rate"),
                        p.d("dropout_rate"), p.sub("availability").d("youth"), p.sub("availability").d("working"),
                        p.sub("availability").d("elderly")),
                new EventsSpec(e.i("interval_days"), e.b("capacity_limited"), e.d("m2_per_participant"),
                        e.d("cost_yuan_per_event"), e.d("cost_yuan_per_participant"), e.d("awareness_gain"), e.d("trust_gain")),
                new NeedsSpec(nd.d("rate_per_household_day"), nd.d("elderly_multiplier"), nd.d("youth_multiplier"),
                        nd.s("effort_distribution"), categories),
                new ReportingSpec(rp.d("base"), rp.d("awareness_weight"), rp.d("trust_weight"), rp.d("channel_weight"),
                        rp.d("relay_boost"), rp.d("channel_quality"), rp.d("households_per_grid_worker"),
                        rp.d("unreported_satisfaction_loss")),
                new ServiceSpec(sv.d("hours_per_staff_day"), sv.d("productivity"), sv.d("turnover_per_year"),
                        sv.d("vacancy_days"), sv.d("triage_hours"), sv.d("department_delay_days"),
                        sv.d("department_resolve_share"), sv.d("time_limit_days"), sv.d("complex_time_limit_days"),
                        sv.d("drop_after_days"), sv.d("resolve_share"), sv.d("complex_effort_multiplier"),
                        sv.d("simple_skill"), sv.d("complex_skill"), sv.d("skill_band"), sv.d("initial_skill"),
                        sv.d("new_hire_skill"), sv.d("experience_skill_gain_per_year"), sv.d("volunteer_wait_days"),
                        sv.d("department_capacity_hours_day"), sv.d("department_effort_hours"), sv.d("coordination_hours"),
                        sv.b("coordinated"), sv.i("uncoordinated_departments")),
                new FeedbackSpec(fb.d("resolved_satisfaction_gain"), fb.d("resolved_trust_gain"), fb.d("wait_scale_days"),
                        fb.d("overdue_satisfaction_loss"), fb.d("overdue_trust_loss"), fb.d("dropped_satisfaction_loss"),
                        fb.d("dropped_trust_loss"), fb.d("decay_rate"), fb.s("satisfaction_model"),
                        fb.d("satisfied_threshold"), fb.d("resolved_weight"), fb.d("response_weight"), fb.d("overdue_weight"),
                        fb.d("dropped_weight"), fb.d("unreported_weight"), fb.d("unreported_value"),
                        fb.d("consultation_weight"), fb.d("expectation_rate"), fb.d("disconfirmation_weight")),
                new InfluenceSpec(in.d("awareness_rate"), in.d("trust_rate"), in.d("awareness_decay"),
                        in.d("outreach_awareness_gain"), in.d("outreach_trust_gain")),
                new CostsSpec(co.d("staff_salary_yuan_year"), co.d("grid_worker_salary_yuan_year"),
                        co.d("venue_yuan_per_m2_year"), co.d("training_yuan_per_worker_year"), co.d("shadow_wage_yuan_hour"),
                        co.d("department_yuan_per_hour"), co.d("pooling_travel_yuan_per_hour")),
                new MechanismsSpec(
                        new JointBuildingSpec(jb.b("enabled"), jb.i("units_per_community"),
                                jb.i("registered_members_per_community"), jb.d("volunteer_hours_per_member_year"),
                                jb.d("unit_money_yuan_year"), jb.d("unit_venue_m2"), jb.d("unit_volunteer_hours_week")),
                        new RegionalIntegrationSpec(ri.b("enabled"), ri.d("pooling_share"), ri.d("escalation_delay_days"),
                                ri.i("grid_households"), ri.d("venue_sharing_share"), ri.d("pooling_loss_share")),
                        new PartyLedGovernanceSpec(pl.b("enabled"), pl.d("consultations_per_month"),
                                pl.d("consultation_trust_gain"), pl.d("outreach_visits_per_member_month"),
                                pl.d("productivity_multiplier"), pl.d("communication_boost"), pl.b("coordination")),
                        new FullTimeStaffSpec(fs.b("enabled"), fs.d("households_per_worker"), fs.i("min_staff"),
                                fs.d("training_productivity"), fs.d("turnover_per_year"), fs.d("training_skill_gain_per_year")),
                        new InputGuaranteeSpec(ig.b("enabled"), ig.d("yuan_per_1000_households"),
                                ig.d("min_yuan_per_community"), ig.d("party_mass_fund_yuan"),
                                ig.d("venue_m2_per_100_households"))));
    }

    private static StateOffsets offsets(R o) {
        return new StateOffsets(o.d("awareness"), o.d("trust"), o.d("satisfaction"), o.d("threshold"));
    }

    /** The inverse of {@link #bind}: resolved values in schema key order, for the resolved YAML. */
    static Map<String, Object> unbind(Scenario s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", s.name());
        root.put("description", s.description());
        root.put("days", s.days());
        root.put("seed", s.seed());
        List<Map<String, Object>> communities = new ArrayList<>();
        for (CommunitySpec c : s.communities()) {
            communities.add(map("name", c.name(), "type", c.type().key(), "households", c.households(),
                    "relocated_households", c.relocatedHouseholds(), "grids", c.grids(), "staff", c.staff(),
                    "grid_workers", c.gridWorkers(), "venue_m2", c.venueM2(), "budget_yuan", c.budgetYuanYear()));
        }
        root.put("communities", communities);
        ResidentsSpec r = s.residents();
        Map<String, Object> typeEffects = new LinkedHashMap<>();
        for (CommunityType t : CommunityType.values()) {
            typeEffects.put(ScenarioSchema.typeEffectKey(t), offsets(r.effectOf(t)));
        }
        root.put("residents", map("threshold", r.threshold(), "awareness", r.awareness(), "trust", r.trust(),
                "satisfaction", r.satisfaction(), "party_member_share", r.partyMemberShare(), "youth_share", r.youthShare(),
                "elderly_share", r.elderlyShare(), "migrant_share", r.migrantShare(), "volunteer_share", r.volunteerShare(),
                "volunteer_hours_per_year", r.volunteerHoursPerYear(),
                "member_volunteer_hours_per_year", r.memberVolunteerHoursPerYear(),
                "member_outreach_visits_per_month", r.memberOutreachVisitsPerMonth(),
                "member_invitations_per_event", r.memberInvitationsPerEvent(), "type_effects", typeEffects,
                "relocated_household_effect", offsets(r.relocatedHouseholdEffect()),
                "age_effects", map("youth", offsets(r.youthEffect()), "working", offsets(r.workingEffect()),
                        "elderly", offsets(r.elderlyEffect())),
                "migrant_effect", offsets(r.migrantEffect()), "member_effect", offsets(r.memberEffect())));
        NetworkSpec n = s.network();
        root.put("network", map("kind", n.kind().key(), "degree", n.degree(), "rewire", n.rewire(),
                "cross_community", n.crossCommunity()));
        ParticipationSpec p = s.participation();
        root.put("participation", map("window_days", p.windowDays(), "permanent", p.permanent(),
                "initial_share", p.initialShare(), "initial_count", p.initialCount(), "awareness_weight", p.awarenessWeight(),
                "trust_weight", p.trustWeight(), "invitation_weight", p.invitationWeight(),
                "spontaneous_rate", p.spontaneousRate(), "dropout_rate", p.dropoutRate(), "availability",
                map("youth", p.availabilityYouth(), "working", p.availabilityWorking(), "elderly", p.availabilityElderly())));
        EventsSpec e = s.events();
        root.put("events", map("interval_days", e.intervalDays(), "capacity_limited", e.capacityLimited(),
                "m2_per_participant", e.m2PerParticipant(), "cost_yuan_per_event", e.costYuanPerEvent(),
                "cost_yuan_per_participant", e.costYuanPerParticipant(), "awareness_gain", e.awarenessGain(),
                "trust_gain", e.trustGain()));
        NeedsSpec nd = s.needs();
        List<Map<String, Object>> categories = new ArrayList<>();
        for (NeedCategory c : nd.categories()) {
            categories.add(map("name", c.name(), "share", c.share(), "effort_hours", c.effortHours(),
                    "department_share", c.departmentShare(), "complex_share", c.complexShare(), "volunteer_able", c.volunteerAble()));
        }
        root.put("needs", map("rate_per_household_day", nd.ratePerHouseholdDay(), "elderly_multiplier",
                nd.elderlyMultiplier(), "youth_multiplier", nd.youthMultiplier(), "effort_distribution",
                nd.effortDistribution(), "categories", categories));
        ReportingSpec rp = s.reporting();
        root.put("reporting", map("base", rp.base(), "awareness_weight", rp.awarenessWeight(), "trust_weight",
                rp.trustWeight(), "channel_weight", rp.channelWeight(), "relay_boost", rp.relayBoost(), "channel_quality",
                rp.channelQuality(), "households_per_grid_worker", rp.householdsPerGridWorker(),
                "unreported_satisfaction_loss", rp.unreportedSatisfactionLoss()));
        ServiceSpec sv = s.service();
        root.put("service", map("hours_per_staff_day", sv.hoursPerStaffDay(), "productivity", sv.productivity(),
                "turnover_per_year", sv.turnoverPerYear(), "vacancy_days", sv.vacancyDays(), "triage_hours",
                sv.triageHours(), "department_delay_days", sv.departmentDelayDays(), "department_resolve_share",
                sv.departmentResolveShare(), "time_limit_days", sv.timeLimitDays(), "complex_time_limit_days",
                sv.complexTimeLimitDays(), "drop_after_days", sv.dropAfterDays(), "resolve_share", sv.resolveShare(),
                "complex_effort_multiplier", sv.complexEffortMultiplier(), "simple_skill", sv.simpleSkill(),
                "complex_skill", sv.complexSkill(), "skill_band", sv.skillBand(), "initial_skill", sv.initialSkill(),
                "new_hire_skill", sv.newHireSkill(), "experience_skill_gain_per_year", sv.experienceSkillGainPerYear(),
                "volunteer_wait_days", sv.volunteerWaitDays(), "department_capacity_hours_day",
                sv.departmentCapacityHoursDay(), "department_effort_hours", sv.departmentEffortHours(),
                "coordination_hours", sv.coordinationHours(), "coordinated", sv.coordinated(),
                "uncoordinated_departments", sv.uncoordinatedDepartments()));
        FeedbackSpec fb = s.feedback();
        root.put("feedback", map("resolved_satisfaction_gain", fb.resolvedSatisfactionGain(), "resolved_trust_gain",
                fb.resolvedTrustGain(), "wait_scale_days", fb.waitScaleDays(), "overdue_satisfaction_loss",
                fb.overdueSatisfactionLoss(), "overdue_trust_loss", fb.overdueTrustLoss(), "dropped_satisfaction_loss",
                fb.droppedSatisfactionLoss(), "dropped_trust_loss", fb.droppedTrustLoss(), "decay_rate", fb.decayRate(),
                "satisfaction_model", fb.satisfactionModel(), "satisfied_threshold", fb.satisfiedThreshold(),
                "resolved_weight", fb.resolvedWeight(), "response_weight", fb.responseWeight(),
                "overdue_weight", fb.overdueWeight(), "dropped_weight", fb.droppedWeight(),
                "unreported_weight", fb.unreportedWeight(), "unreported_value", fb.unreportedValue(),
                "consultation_weight", fb.consultationWeight(), "expectation_rate", fb.expectationRate(),
                "disconfirmation_weight", fb.disconfirmationWeight()));
        InfluenceSpec in = s.influence();
        root.put("influence", map("awareness_rate", in.awarenessRate(), "trust_rate", in.trustRate(),
                "awareness_decay", in.awarenessDecay(), "outreach_awareness_gain", in.outreachAwarenessGain(),
                "outreach_trust_gain", in.outreachTrustGain()));
        CostsSpec co = s.costs();
        root.put("costs", map("staff_salary_yuan_year", co.staffSalaryYuanYear(), "grid_worker_salary_yuan_year",
                co.gridWorkerSalaryYuanYear(), "venue_yuan_per_m2_year", co.venueYuanPerM2Year(),
                "training_yuan_per_worker_year", co.trainingYuanPerWorkerYear(), "shadow_wage_yuan_hour",
                co.shadowWageYuanHour(), "department_yuan_per_hour", co.departmentYuanPerHour(),
                "pooling_travel_yuan_per_hour", co.poolingTravelYuanPerHour()));
        MechanismsSpec m = s.mechanisms();
        JointBuildingSpec jb = m.jointBuilding();
        RegionalIntegrationSpec ri = m.regionalIntegration();
        PartyLedGovernanceSpec pl = m.partyLedGovernance();
        FullTimeStaffSpec fs = m.fullTimeStaff();
        InputGuaranteeSpec ig = m.inputGuarantee();
        root.put("mechanisms", map(
                "joint_building", map("enabled", jb.enabled(), "units_per_community", jb.unitsPerCommunity(),
                        "registered_members_per_community", jb.registeredMembersPerCommunity(),
                        "volunteer_hours_per_member_year", jb.volunteerHoursPerMemberYear(),
                        "unit_money_yuan_year", jb.unitMoneyYuanYear(), "unit_venue_m2", jb.unitVenueM2(),
                        "unit_volunteer_hours_week", jb.unitVolunteerHoursWeek()),
                "regional_integration", map("enabled", ri.enabled(), "pooling_share", ri.poolingShare(),
                        "escalation_delay_days", ri.escalationDelayDays(), "grid_households", ri.gridHouseholds(),
                        "venue_sharing_share", ri.venueSharingShare(), "pooling_loss_share", ri.poolingLossShare()),
                "party_led_governance", map("enabled", pl.enabled(), "consultations_per_month", pl.consultationsPerMonth(),
                        "consultation_trust_gain", pl.consultationTrustGain(),
                        "outreach_visits_per_member_month", pl.outreachVisitsPerMemberMonth(),
                        "productivity_multiplier", pl.productivityMultiplier(), "communication_boost",
                        pl.communicationBoost(), "coordination", pl.coordination()),
                "full_time_staff", map("enabled", fs.enabled(), "households_per_worker", fs.householdsPerWorker(),
                        "min_staff", fs.minStaff(), "training_productivity", fs.trainingProductivity(),
                        "turnover_per_year", fs.turnoverPerYear(), "training_skill_gain_per_year",
                        fs.trainingSkillGainPerYear()),
                "input_guarantee", map("enabled", ig.enabled(), "yuan_per_1000_households", ig.yuanPer1000Households(),
                        "min_yuan_per_community", ig.minYuanPerCommunity(), "party_mass_fund_yuan", ig.partyMassFundYuan(),
                        "venue_m2_per_100_households", ig.venueM2Per100Households())));
        return root;
    }

    private static Map<String, Object> offsets(StateOffsets o) {
        return map("awareness", o.awareness(), "trust", o.trust(), "satisfaction", o.satisfaction(),
                "threshold", o.threshold());
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** Typed reads from a resolved map. */
    private record R(Map<String, Object> m) {
        int i(String k) {
            return (Integer) m.get(k);
        }

        double d(String k) {
            return (Double) m.get(k);
        }

        boolean b(String k) {
            return (Boolean) m.get(k);
        }

        String s(String k) {
            return (String) m.get(k);
        }

        DistributionSpec dist(String k) {
            return (DistributionSpec) m.get(k);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> obj(String k) {
            Object v = m.get(k);
            return v == null ? Map.of() : (Map<String, Object>) v;
        }

        R sub(String k) {
            return new R(obj(k));
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String k) {
            return (List<Map<String, Object>>) m.get(k);
        }
    }
}
