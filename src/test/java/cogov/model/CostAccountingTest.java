package cogov.model;

import cogov.config.CostsSpec;
import cogov.config.ResidentsSpec;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The full cost model: every priced resource is in the total, every day; contributions cannot make things cheaper. */
class CostAccountingTest {
    private static final double DAYS_PER_YEAR = 365.0;

    @Test
    void totalCostIsTheSumOfEveryPricedResourceEveryDay() throws Exception {
        // the shipped mechanisms start on day 181, after the warm-up: start them on day 1 in this short run
        Scenario s = ScenarioLoader.load(Path.of("scenarios/all-mechanisms.yaml"), Map.of("days", 120,
                "mechanisms.joint_building.start_day", 1, "mechanisms.regional_integration.start_day", 1,
                "mechanisms.party_led_governance.start_day", 1, "mechanisms.full_time_staff.start_day", 1,
                "mechanisms.input_guarantee.start_day", 1));
        CountyModel model = CountyModels.newModel(s);
        model.start();
        CostsSpec prices = s.costs();
        ResidentsSpec residents = s.residents();
        for (int day = 1; day <= s.days(); day++) {
            model.schedule.step(model);
            CostLedger costs = model.costs();
            double departmentHours = 0;
            double departmentYuan = 0;
            for (Department d : model.departments()) {
                departmentHours += d.hoursUsedToday();
            }
            for (Community c : model.communities()) {
                departmentYuan += costs.today(c.index(), CostItem.DEPARTMENT_TIME);
            }
            assertEquals(departmentHours * prices.departmentYuanPerHour(), departmentYuan, 1e-6 * Math.max(1, departmentYuan),
                    "department time priced at every hour worked on day " + day);
            for (Community c : model.communities()) {
                int k = c.index();
                double itemsPublic = 0;
                double itemsAll = 0;
                for (CostItem item : CostItem.values()) {
                    double v = costs.today(k, item);
                    assertTrue(v >= 0, item + " negative");
                    itemsAll += v;
                    itemsPublic += item.isPublic() ? v : 0;
                }
                double department = costs.today(k, CostItem.DEPARTMENT_TIME);
                double volunteerTime = c.ledger().volunteerHours() * prices.shadowWageYuanHour();
                double expected = (c.staffOnDuty(day) * prices.staffSalaryYuanYear()
                        + c.gridWorkers() * prices.gridWorkerSalaryYuanYear()
                        + c.venueM2() * prices.venueYuanPerM2Year()
                        + c.trainingYuanYear
                        + c.budgetYuanYear()
                        + c.unitMoneyYuanYear
                        + model.venuePool().unitVenue(c, day) * prices.venueYuanPerM2Year()) / DAYS_PER_YEAR
                        + volunteerTime + department + costs.today(k, CostItem.COORDINATION)
                        + costs.today(k, CostItem.MEETINGS)
                        // member time of the activity model: invitations, outreach visits, organising
                        + c.activityLedger().today(ActivityLedger.Item.MEMBER_HOURS) * prices.shadowWageYuanHour();
                assertEquals(expected, costs.totalToday(k), 1e-6 * Math.max(1, expected),
                        "total cost = sum of priced resources in " + c.name() + " on day " + day);
                assertTrue(c.partyMassFundYuanYear() > 0, "input guarantee funds a Party-mass service fund in " + c.name());
                assertEquals(c.partyMassFundYuanYear() / DAYS_PER_YEAR, costs.today(k, CostItem.PARTY_MASS_FUND), 1e-9,
                        "the Party-mass service fund is its own public cost line");
                assertEquals((c.budgetYuanYear() - c.partyMassFundYuanYear()) / DAYS_PER_YEAR,
                        costs.today(k, CostItem.ACTIVITY_BUDGET_ALLOCATED), 1e-9, "the rest of the allocated budget");
                assertTrue(CostItem.PARTY_MASS_FUND.isPublic());
                assertEquals(itemsAll, costs.totalToday(k), 1e-9);
                assertEquals(itemsPublic, costs.publicToday(k), 1e-9);
                assertTrue(costs.totalToday(k) >= costs.publicToday(k));
            }
        }
        assertTrue(residents.volunteerHoursPerYear() > 0, "the check must include volunteer time");
    }

    @Test
    void jointBuildingRaisesTotalCostSinceItReplacesNoPublicExpense() throws Exception {
        int seeds = 10;
        double[] baseTotal = new double[seeds];
        double[] jbTotal = new double[seeds];
        for (int k = 0; k < seeds; k++) {
            double[] base = totals(false, 500 + k);
            double[] jb = totals(true, 500 + k);
            baseTotal[k] = base[0];
            jbTotal[k] = jb[0];
            assertTrue(jb[0] - jb[1] > base[0] - base[1], "units' contributions are social cost (seed " + k + ")");
            assertTrue(jb[0] > base[0], "joint building replaces no public expense, so it cannot lower total cost (seed " + k + ")");
        }
        // public cost moves only through behaviour (e.g. more reported requests taking department time), never down
        // by the units' contributions: the model has no public expense that joint building replaces (docs/ODD.md 7.12)
        assertTrue(new TTest().pairedTTest(jbTotal, baseTotal) < 0.01);
    }

    /** County total and public cost summed over a quick-county run. */
    private static double[] totals(boolean jointBuilding, long seed) throws Exception {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("seed", seed);
        overrides.put("days", 120);
        overrides.put("mechanisms.joint_building.enabled", jointBuilding);
        Scenario s = ScenarioLoader.load(Path.of("scenarios/quick-county.yaml"), overrides);
        CountyModel model = CountyModels.newModel(s);
        model.start();
        double total = 0;
        double pub = 0;
        for (int day = 1; day <= s.days(); day++) {
            model.schedule.step(model);
            for (Community c : model.communities()) {
                total += model.costs().totalToday(c.index());
                pub += model.costs().publicToday(c.index());
            }
        }
        return new double[] {total, pub};
    }
}
