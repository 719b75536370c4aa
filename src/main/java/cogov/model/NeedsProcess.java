package cogov.model;

import cogov.config.NeedCategory;
import cogov.config.NeedsSpec;
import cogov.config.Scenario;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

/**
 * Process 1, needs arise: each household generates needs as a Poisson process whose rate depends on
 * its age group. Per community this is one Poisson process of the summed rate; each arrival is given
 * a household (in proportion to its rate), a time within the day, a category, a complexity (simple,
 * complex casework, or cross-department), an effort, the skill it needs and whether volunteers may take it.
 */
final class NeedsProcess implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CountyModel model;
    private final int[][][] byAge;
    private final double[] ageRate;
    private final double[] categoryCumulative;
    private final List<NeedCategory> categories;
    private final boolean exponentialEffort;
    private final double timeLimit;
    private final double complexTimeLimit;
    private final double complexEffortMultiplier;
    private final double simpleSkill;
    private final double complexSkill;

    NeedsProcess(CountyModel model) {
        this.model = model;
        Scenario s = model.scenario();
        NeedsSpec needs = s.needs();
        ageRate = new double[3];
        ageRate[Population.YOUTH] = needs.ratePerHouseholdDay() * needs.youthMultiplier();
        ageRate[Population.WORKING] = needs.ratePerHouseholdDay();
        ageRate[Population.ELDERLY] = needs.ratePerHouseholdDay() * needs.elderlyMultiplier();
        categories = needs.categories();
        categoryCumulative = new double[categories.size()];
        double total = 0;
        for (int k = 0; k < categories.size(); k++) {
            total += categories.get(k).share();
            categoryCumulative[k] = total;
        }
        exponentialEffort = "exponential".equals(needs.effortDistribution());
        timeLimit = s.service().timeLimitDays();
        complexTimeLimit = s.service().complexTimeLimitDays();
        complexEffortMultiplier = s.service().complexEffortMultiplier();
        simpleSkill = s.service().simpleSkill();
        complexSkill = s.service().complexSkill();
        Population p = model.population();
        byAge = new int[model.communities().size()][3][];
        for (Community c : model.communities()) {
            int[] counts = new int[3];
            for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
                counts[p.ageGroup[i]]++;
            }
            int[][] lists = new int[3][];
            for (int g = 0; g < 3; g++) {
                lists[g] = new int[counts[g]];
            }
            int[] fill = new int[3];
            for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
                lists[p.ageGroup[i]][fill[p.ageGroup[i]]++] = i;
            }
            byAge[c.index()] = lists;
        }
    }

    @Override
    public void step(SimState state) {
        MersenneTwisterFast random = model.random;
        int day = model.day();
        for (Community c : model.communities()) {
            int[][] lists = byAge[c.index()];
            double[] groupRate = new double[3];
            double rate = 0;
            for (int g = 0; g < 3; g++) {
                groupRate[g] = lists[g].length * ageRate[g];
                rate += groupRate[g];
            }
            if (rate <= 0) {
                continue;
            }
            double t = day - 1;
            while (true) {
                t += -Math.log(1.0 - random.nextDouble()) / rate;
                if (t >= day) {
                    break;
                }
                c.arrivalsToday.add(newNeed(c, lists, groupRate, rate, t, day, random));
            }
            c.ledger.needsArisen = c.arrivalsToday.size();
        }
    }

    private Request newNeed(Community c, int[][] lists, double[] groupRate, double rate, double time, int day,
                            MersenneTwisterFast random) {
        double u = random.nextDouble() * rate;
        int g = u < groupRate[0] ? 0 : (u < groupRate[0] + groupRate[1] ? 1 : 2);
        if (lists[g].length == 0) {
            g = lists[0].length > 0 ? 0 : (lists[1].length > 0 ? 1 : 2);
        }
        int household = lists[g][random.nextInt(lists[g].length)];
        int category = pickCategory(random.nextDouble());
        NeedCategory cat = categories.get(category);
        double effort = exponentialEffort ? -cat.effortHours() * Math.log(1.0 - random.nextDouble()) : cat.effortHours();
        boolean department = cat.departmentShare() > 0 && random.nextDouble() < cat.departmentShare();
        boolean complex = !department && cat.complexShare() > 0 && random.nextDouble() < cat.complexShare();
        byte complexity = department ? Request.CROSS_DEPARTMENT : (complex ? Request.COMPLEX : Request.SIMPLE);
        if (complex) {
            effort *= complexEffortMultiplier;
        }
        boolean volunteerAble = complexity == Request.SIMPLE && cat.volunteerAble();
        double skill = complexity == Request.SIMPLE ? simpleSkill : (complex ? complexSkill : 0);
        double deadline = time + (department ? complexTimeLimit : timeLimit);
        return new Request(household, c.index(), category, time, day, complexity, volunteerAble, skill, effort, deadline);
    }

    private int pickCategory(double u) {
        double scaled = u * categoryCumulative[categoryCumulative.length - 1];
        for (int k = 0; k < categoryCumulative.length; k++) {
            if (scaled < categoryCumulative[k]) {
                return k;
            }
        }
        return categoryCumulative.length - 1;
    }
}
