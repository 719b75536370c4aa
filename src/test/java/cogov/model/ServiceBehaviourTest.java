package cogov.model;

import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service side of Model 2 (issue 12): staff bind only when they are the constraint; volunteers
 * never take casework; missing skill and missing coordination cost resolution and department time.
 */
class ServiceBehaviourTest {
    private static final int SEEDS = 10;

    /** One community whose staff are the only servers; {@code hours} per worker per day sets the load. */
    static String oneCommunity(int staff, double hoursPerStaffDay, long seed) {
        return """
                name: staffing
                days: 200
                seed: %d
                communities: [{name: town, type: old-urban, households: 800, grids: 2, staff: %d, grid_workers: 2}]
                residents: {party_member_share: 0.1, volunteer_share: 0.08}
                needs:
                  rate_per_household_day: 0.008
                  categories:
                    - {name: care, share: 0.5, effort_hours: 2.0, department_share: 0, complex_share: 0.3, volunteer_able: true}
                    - {name: repair, share: 0.5, effort_hours: 3.0, department_share: 0.1, complex_share: 0.3}
                reporting: {base: 1}
                service: {hours_per_staff_day: %s, turnover_per_year: 0.25, complex_effort_multiplier: 2,
                          simple_skill: 0.2, complex_skill: 0.7, initial_skill: 0.6, new_hire_skill: 0.3,
                          department_capacity_hours_day: 20}
                """.formatted(seed, staff, hoursPerStaffDay);
    }

    /** Resolved share of everything raised and mean queue wait of a run, from the community's ledger. */
    private static double[] runOutcomes(String yaml) throws ConfigException {
        CountyModel model = CountyModels.newModel(parse(yaml));
        model.start();
        model.runToEnd();
        ServiceLedger l = model.communities().get(0).ledger();
        return new double[] {l.cumulativeResolved() / (double) l.cumulativeRaised(), l.servedWaitSum() / l.servedCount()};
    }

    private static Scenario parse(String yaml) throws ConfigException {
        return ScenarioLoader.parse(yaml, "service.yaml", Path.of("."));
    }

    /** Paired outcomes over seeds: [config][metric][seed]. */
    private static double[][][] paired(int staffFew, int staffMany, double hours) throws ConfigException {
        double[][][] out = new double[2][2][SEEDS];
        for (int k = 0; k < SEEDS; k++) {
            double[] few = runOutcomes(oneCommunity(staffFew, hours, 300 + k));
            double[] many = runOutcomes(oneCommunity(staffMany, hours, 300 + k));
            for (int m = 0; m < 2; m++) {
                out[0][m][k] = few[m];
                out[1][m][k] = many[m];
            }
        }
        return out;
    }

    private static double meanDiff(double[] a, double[] b) {
        double d = 0;
        for (int k = 0; k < a.length; k++) {
            d += (a[k] - b[k]) / a.length;
        }
        return d;
    }

    @Test
    void whenStaffBindMoreStaffRaiseResolutionAndCutWaiting() throws Exception {
        // 4 workers x 3 h against ~14 casework hours a day: staff are the binding constraint; 8 workers are not
        double[][][] r = paired(4, 8, 3.0);
        double resolution = meanDiff(r[1][0], r[0][0]);
        double wait = meanDiff(r[1][1], r[0][1]);
        assertTrue(resolution > 0.05 && new TTest().pairedTTest(r[1][0], r[0][0]) < 0.01,
                "more staff should raise resolution, paired difference " + resolution);
        assertTrue(wait < -1.0 && new TTest().pairedTTest(r[1][1], r[0][1]) < 0.01,
                "more staff should cut the mean wait by days, paired difference " + wait);
    }

    @Test
    void whenStaffAreIdleMoreStaffChangeNeitherResolutionNorWaiting() throws Exception {
        // 4 workers x 12 h against ~14 casework hours a day: staff are idle most of the time
        double[][][] r = paired(4, 8, 12.0);
        double resolution = meanDiff(r[1][0], r[0][0]);
        double wait = meanDiff(r[1][1], r[0][1]);
        assertTrue(Math.abs(resolution) < 0.01, "idle staff: resolution should not move, paired difference " + resolution);
        assertTrue(Math.abs(wait) < 0.05, "idle staff: the mean wait should not move by more than an hour, paired difference "
                + wait);
    }

    @Test
    void volunteersNeverServeCaseworkOnAnyDay() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/lijin-baseline.yaml"), Map.of("days", 120));
        CountyModel model = CountyModels.newModel(s);
        model.start();
        long volunteerTasks = 0;
        for (int day = 1; day <= s.days(); day++) {
            model.schedule.step(model);
            for (Community c : model.communities()) {
                assertEquals(0, c.ledger().volunteerServedCasework(),
                        "volunteers served casework in " + c.name() + " by day " + day);
                assertTrue(c.ledger().volunteerHours() <= c.ledger().volunteerHoursAvailable() + 1e-9,
                        "volunteers used more hours than they had in " + c.name() + " on day " + day);
                volunteerTasks += c.ledger().volunteerServed();
            }
        }
        assertTrue(volunteerTasks > 1000, "volunteers must actually serve volunteer-able tasks (" + volunteerTasks + ")");
    }

    @Test
    void withoutSkillRequirementsNothingIsReworked() throws Exception {
        String yaml = oneCommunity(4, 12.0, 9).replace("simple_skill: 0.2, complex_skill: 0.7", "simple_skill: 0, complex_skill: 0");
        CountyModel model = CountyModels.newModel(parse(yaml));
        model.start();
        int reworked = 0;
        for (int day = 1; day <= 200; day++) {
            model.schedule.step(model);
            reworked += model.communities().get(0).ledger().reworked();
        }
        assertEquals(0, reworked);
    }

    @Test
    void skilledStaffReworkAndEscalateLessThanNewHires() throws Exception {
        double[] low = new double[SEEDS];
        double[] high = new double[SEEDS];
        for (int k = 0; k < SEEDS; k++) {
            low[k] = failures(oneCommunity(4, 12.0, 400 + k));
            high[k] = failures(oneCommunity(4, 12.0, 400 + k).replace("initial_skill: 0.6", "initial_skill: 0.95")
                    .replace("new_hire_skill: 0.3", "new_hire_skill: 0.95"));
        }
        double diff = meanDiff(high, low);
        assertTrue(diff < -10 && new TTest().pairedTTest(high, low) < 0.01,
                "skilled staff should fail (rework or escalate) less, paired difference " + diff);
    }

    /** Reworked plus escalated requests over a run: the committee's failures. */
    private static double failures(String yaml) throws ConfigException {
        CountyModel model = CountyModels.newModel(parse(yaml));
        model.start();
        double total = 0;
        for (int day = 1; day <= 200; day++) {
            model.schedule.step(model);
            total += model.communities().get(0).ledger().reworked() + model.communities().get(0).ledger().escalated();
        }
        return total;
    }

    @Test
    void coordinationHalvesDepartmentWorkOnCrossDepartmentRequests() throws Exception {
        String base = oneCommunity(4, 12.0, 21).replace("department_share: 0.1", "department_share: 0.6")
                .replace("department_capacity_hours_day: 20", "department_capacity_hours_day: 200, uncoordinated_departments: 2");
        double uncoordinated = departmentHours(base);
        double coordinated = departmentHours(base.replace("uncoordinated_departments: 2", "uncoordinated_departments: 2, coordinated: true,"
                + " coordination_hours: 1"));
        assertTrue(coordinated < 0.65 * uncoordinated,
                "coordinated cross-department requests need one department, not two: " + coordinated + " vs " + uncoordinated);
    }

    private static double departmentHours(String yaml) throws ConfigException {
        CountyModel model = CountyModels.newModel(parse(yaml));
        model.start();
        double hours = 0;
        for (int day = 1; day <= 200; day++) {
            model.schedule.step(model);
            for (Department d : model.departments()) {
                hours += d.hoursUsedToday();
            }
        }
        return hours;
    }
}
