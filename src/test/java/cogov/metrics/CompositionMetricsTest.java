package cogov.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;
import cogov.model.Community;
import cogov.model.CountyModel;
import cogov.model.Population;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The metrics behind the calibration's composition and trust-gap checks (volunteer_share, party_member_share,
 * equity_trust_gap) on populations whose shares are known: none, everyone, attendees who all register, members
 * who move to in-service through joint building, and a trust gap built into the initial state.
 */
class CompositionMetricsTest {

    private static final Path BASELINE = Path.of("scenarios/lijin-baseline.yaml");

    /** A small Lijin county (its ten communities at 300 households each) with these overrides. */
    private static CountyModel model(Path file, Map<String, Object> overrides) throws Exception {
        Map<String, Object> all = new HashMap<>(overrides);
        for (int c = 0; c < 10; c++) {
            all.put("communities[" + c + "].households", 300);
        }
        // the relocated communities keep households from former villages
        all.put("communities[7].relocated_households", 100);
        all.put("communities[8].relocated_households", 200);
        all.put("communities[9].relocated_households", 200);
        Scenario scenario = ScenarioLoader.load(file, all);
        CountyModel model = CountyModels.newModel(scenario);
        model.start();
        return model;
    }

    private static MetricsRow county(List<MetricsRow> rows) {
        return rows.get(0);
    }

    @Test
    void volunteerShareIsZeroOrOneWhenEveryoneOrNoOneIsDrawn() throws Exception {
        for (double share : new double[] {0.0, 1.0}) {
            // attendees never register, so the drawn share stays
            CountyModel model = model(BASELINE, Map.of("residents.volunteer_share", share,
                    "activities.volunteer.volunteer_registration", 0.0, "days", 30));
            MetricsCollector collector = new MetricsCollector(model, rows -> { });
            for (int day = 1; day <= 30; day++) {
                model.schedule.step(model);
                for (MetricsRow r : collector.collect()) {
                    assertEquals(share, r.get("volunteer_share"), 0.0, r.unit() + " on day " + day);
                }
            }
        }
    }

    @Test
    void volunteerShareCountsTheDrawnAndTheNewlyRegistered() throws Exception {
        // nobody is drawn and every attendee of a volunteer activity registers: within the first year the registered
        // are exactly the residents who took part in a volunteer activity, which volunteer_12m counts its own way
        CountyModel model = model(BASELINE, Map.of("residents.volunteer_share", 0.0,
                "activities.volunteer.volunteer_registration", 1.0, "days", 120));
        MetricsCollector collector = new MetricsCollector(model, rows -> { });
        double last = 0;
        for (int day = 1; day <= 120; day++) {
            model.schedule.step(model);
            List<MetricsRow> rows = collector.collect();
            for (MetricsRow r : rows) {
                assertEquals(r.get("volunteer_12m"), r.get("volunteer_share"), 1e-12, r.unit() + " on day " + day);
            }
            double now = county(rows).get("volunteer_share");
            assertTrue(now >= last, "registrations are never withdrawn");
            last = now;
        }
        assertTrue(last > 0.01, "volunteer activities recruited: " + last);

        // drawn at 0.08 and recruiting at the default rate: the share is the flag count, above the drawn share by
        // the registrations, which are a subset of the volunteer activities' attendees
        model = model(BASELINE, Map.of("days", 120));
        collector = new MetricsCollector(model, rows -> { });
        Population p = model.population();
        for (int day = 1; day <= 120; day++) {
            model.schedule.step(model);
            List<MetricsRow> rows = collector.collect();
            for (Community c : model.communities()) {
                int flagged = 0;
                for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
                    flagged += p.isVolunteer(i) ? 1 : 0;
                }
                MetricsRow row = rows.stream().filter(r -> r.scope() == Scope.COMMUNITY && r.unit().equals(c.name()))
                        .findFirst().orElseThrow();
                assertEquals(flagged / (double) c.households(), row.get("volunteer_share"), 1e-12, c.name());
            }
        }
        int flagged = 0;
        for (int i = 0; i < p.size(); i++) {
            flagged += p.isVolunteer(i) ? 1 : 0;
        }
        double share = collector.collect().get(0).get("volunteer_share");
        assertEquals(flagged / (double) p.size(), share, 1e-12);
        // 3,000 residents drawn at 0.08 (binomial sd 0.005), plus the few registered in 120 days
        assertTrue(share > 0.065 && share < 0.12, "share " + share);
    }

    @Test
    void partyMemberShareCountsResidentAndRegisteredInServiceMembers() throws Exception {
        // joint building from day 1 registers working-age resident members as in-service members: they still count
        Map<String, Object> jointBuilding = Map.of("mechanisms.joint_building.enabled", true,
                "mechanisms.joint_building.start_day", 1, "days", 5);
        CountyModel with = model(BASELINE, jointBuilding);
        CountyModel without = model(BASELINE, Map.of("days", 5));
        MetricsCollector withCollector = new MetricsCollector(with, rows -> { });
        MetricsCollector withoutCollector = new MetricsCollector(without, rows -> { });
        for (int day = 1; day <= 5; day++) {
            with.schedule.step(with);
            without.schedule.step(without);
        }
        int inService = 0;
        int members = 0;
        for (Community c : with.communities()) {
            inService += c.inServiceMembers();
            members += c.residentMembers() + c.inServiceMembers();
        }
        assertTrue(inService > 0, "joint building registered in-service members");
        int households = with.population().size();
        double share = county(withCollector.collect()).get("party_member_share");
        assertEquals(members / (double) households, share, 1e-12);
        assertEquals(county(withoutCollector.collect()).get("party_member_share"), share, 0.0,
                "registration moves members between kinds, it does not add any");
        int residentOnly = 0;
        for (int i = 0; i < households; i++) {
            residentOnly += with.population().membership(i) == Population.RESIDENT_MEMBER ? 1 : 0;
        }
        assertTrue(residentOnly < members, "the in-service members are not resident members any more");
        // drawn at 0.10 among 3,000 residents (binomial sd 0.0055)
        assertTrue(share > 0.08 && share < 0.12, "share " + share);

        CountyModel none = model(BASELINE, Map.of("residents.party_member_share", 0.0, "days", 2));
        none.schedule.step(none);
        for (MetricsRow r : new MetricsCollector(none, rows -> { }).collect()) {
            assertEquals(0.0, r.get("party_member_share"), 0.0, r.unit());
        }
    }

    @Test
    void trustGapIsOldUrbanMinusRelocatedMeanTrust() throws Exception {
        for (double relocatedOffset : new double[] {-0.2, 0.2}) {
            // every resident starts at trust 0.5 except that relocated communities start relocatedOffset away
            Map<String, Object> o = new HashMap<>();
            o.put("residents.trust", Map.of("distribution", "constant", "value", 0.5));
            for (String effect : List.of("type_effects.old_urban", "type_effects.commodity_housing",
                    "relocated_household_effect", "age_effects.youth", "age_effects.working", "age_effects.elderly",
                    "migrant_effect", "member_effect")) {
                o.put("residents." + effect + ".trust", 0.0);
            }
            o.put("residents.type_effects.relocated.trust", relocatedOffset);
            o.put("days", 30);
            CountyModel model = model(BASELINE, o);
            MetricsCollector collector = new MetricsCollector(model, rows -> { });
            model.schedule.step(model);
            double gap = county(collector.collect()).get("equity_trust_gap");
            assertEquals(-relocatedOffset, gap, 0.02, "a day after the start, offset " + relocatedOffset);
            for (int day = 2; day <= 30; day++) {
                model.schedule.step(model);
                List<MetricsRow> rows = collector.collect();
                assertEquals(meanTrust(model, "old-urban") - meanTrust(model, "relocated"), county(rows).get("equity_trust_gap"),
                        1e-12, "day " + day);
                assertTrue(Double.isNaN(rows.get(rows.size() - 1).get("equity_trust_gap")), "county-only");
            }
        }
    }

    private static double meanTrust(CountyModel model, String type) {
        double sum = 0;
        int n = 0;
        for (Community c : model.communities()) {
            if (c.type().key().equals(type)) {
                for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
                    sum += model.population().trust(i);
                    n++;
                }
            }
        }
        return sum / n;
    }
}
