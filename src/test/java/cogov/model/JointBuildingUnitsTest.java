package cogov.model;

import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Joint-building units as agents: engagement follows their projects; in-service members are members already. */
class JointBuildingUnitsTest {

    static String county(double complexShare, double unitSkill) {
        return """
                name: units
                days: 365
                seed: 23
                communities: [{name: town, type: old-urban, households: 1200, grids: 3, staff: 4, grid_workers: 3}]
                residents: {party_member_share: 0.12}
                needs:
                  rate_per_household_day: 0.01
                  categories:
                    - {name: elderly_care, share: 0.4, effort_hours: 2.0, complex_share: %s}
                    - {name: property_repair, share: 0.3, effort_hours: 3.0, complex_share: %s}
                    - {name: disputes, share: 0.3, effort_hours: 2.0, complex_share: %s}
                reporting: {base: 1}
                service: {complex_skill: 0.7, complex_effort_multiplier: 1.5}
                mechanisms:
                  joint_building: {enabled: true, units_per_community: 4, expertise_hours_week: 20, unit_skill: %s,
                                   initial_engagement: 0.5}
                """.formatted(complexShare, complexShare, complexShare, unitSkill);
    }

    private static CountyModel run(String yaml) throws ConfigException {
        Scenario s = ScenarioLoader.parse(yaml, "units.yaml", Path.of("."));
        CountyModel model = CountyModels.newModel(s);
        model.start();
        model.runToEnd();
        return model;
    }

    @Test
    void engagementRisesWithSuccessfulMatchedProjectsAndFadesWithoutThem() throws Exception {
        Community withProjects = run(county(0.5, 0.95)).communities().get(0);
        Community without = run(county(0.0, 0.95)).communities().get(0);
        Community failing = run(county(0.5, 0.1)).communities().get(0);
        int done = 0;
        for (JointBuildingUnit u : withProjects.jointBuildingUnits()) {
            done += u.projectsDone();
        }
        assertTrue(done > 100, "units with matching expertise take projects (" + done + ")");
        assertTrue(withProjects.meanUnitEngagement() > 0.6,
                "successful, recognised projects raise engagement above its start: " + withProjects.meanUnitEngagement());
        for (JointBuildingUnit u : without.jointBuildingUnits()) {
            assertEquals(0, u.projectsDone() + u.projectsFailed(), "no complex needs, no projects");
            assertEquals(0.5 * Math.exp(-0.7), u.engagement(), 0.01, "unused engagement fades (0.7 a year)");
        }
        assertTrue(failing.meanUnitEngagement() < without.meanUnitEngagement(),
                "failed projects cost engagement beyond the fading: " + failing.meanUnitEngagement());
    }

    @Test
    void unitsAreExpertOnlyInTheirTypesCategories() throws Exception {
        CountyModel model = run(county(0.5, 0.95));
        for (JointBuildingUnit u : model.communities().get(0).jointBuildingUnits()) {
            for (int k : u.agreement().projects()) {
                String name = model.scenario().needs().categories().get(k).name();
                assertTrue(u.type().expertIn(name), u.type() + " takes " + name);
            }
            assertEquals(3, u.agreement().needs().size(), "the community's needs: every category with casework");
        }
    }

    @Test
    void inServiceMembersAreMembersAlreadySoTheMemberShareDoesNotChange() throws Exception {
        String on = county(0.5, 0.95);
        String off = on.replace("joint_building: {enabled: true", "joint_building: {enabled: false");
        CountyModel with = run(on.replace("days: 365", "days: 1"));
        CountyModel without = run(off.replace("days: 365", "days: 1"));
        int membersWith = 0;
        int membersWithout = 0;
        int registered = 0;
        Population p = with.population();
        for (int i = 0; i < p.size(); i++) {
            membersWith += p.isPartyMember(i) ? 1 : 0;
            membersWithout += without.population().isPartyMember(i) ? 1 : 0;
            if (p.isRegistered(i)) {
                registered++;
                assertEquals(Population.IN_SERVICE_MEMBER, p.membership(i));
                assertTrue(p.unit(i) >= 0, "an in-service member works for a unit");
                assertEquals(Population.WORKING, p.ageGroup(i));
            }
        }
        assertEquals(membersWithout, membersWith, "no resident is relabelled as a member");
        assertTrue(registered > 20, "working-age members register (" + registered + ")");
    }
}
