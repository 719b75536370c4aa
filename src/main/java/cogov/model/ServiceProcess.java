package cogov.model;

import cogov.config.CostsSpec;
import cogov.config.MechanismsSpec;
import cogov.config.ResidentsSpec;
import cogov.config.ServiceSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 3, service: staff turnover and skill (experience, training, loss with turnover), the day's
 * staff capacity (hours on duty times productivity, less hours reserved for activities) and volunteer
 * hours, the day's spending and budget accrual, mechanisms' daily adjustments (pooling), then every
 * committee's queue on the continuous clock, then the county departments.
 */
final class ServiceProcess implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CountyModel model;
    private final ServiceSpec service;
    private final ResidentsSpec residents;
    private final CostsSpec costs;

    ServiceProcess(CountyModel model) {
        this.model = model;
        this.service = model.scenario().service();
        this.residents = model.scenario().residents();
        this.costs = model.scenario().costs();
    }

    @Override
    public void step(SimState state) {
        int day = model.day();
        for (Community c : model.communities()) {
            ensurePosts(c);
            unitsDay(c, day);
            applyTurnover(c, day);
            growSkill(c, day);
            int onDuty = c.staffOnDuty(day);
            double staffHours = onDuty * service.hoursPerStaffDay() * service.productivity() * c.staffProductivity;
            c.capacityHours = Math.max(0, staffHours - c.staffHoursReservedForActivities(day));
            c.volunteerHoursToday = volunteerHoursPerDay(c, model.timeBudget());
            c.volunteerHoursUsedToday = 0;
            c.ledger.recordSpending(day, (onDuty * costs.staffSalaryYuanYear()
                    + c.gridWorkers * costs.gridWorkerSalaryYuanYear()
                    + c.venueM2 * costs.venueYuanPerM2Year()
                    + c.trainingYuanYear) / Days.PER_YEAR);
            postDailyCosts(c, onDuty, day);
            c.publicBalance += c.budgetYuanYear / Days.PER_YEAR;
            c.unitBalance += c.unitMoneyYuanYear / Days.PER_YEAR;
        }
        for (Mechanism m : model.mechanisms()) {
            m.beforeService(model, day);
        }
        for (Community c : model.communities()) {
            double volunteer = c.volunteerHoursAvailable(day);
            c.ledger.volunteerHoursAvailable = volunteer;
            // arrivals come from one Poisson process per community, so they are already in time order
            double used = c.queue.simulateDay(day, c.arrivalsToday, c.capacityHours, volunteer, c, model, model.random);
            c.useVolunteerHours(day, used);
            c.ledger.volunteerHours = used;
            spendMemberTime(c, used, model.timeBudget());
            postVolunteerTime(c, used);
        }
        Department[] departments = model.departments();
        for (Department d : departments) {
            d.simulateDay(day, departments, model, model.random);
        }
    }

    /**
     * Joint-building units' day: a new week renews their expertise hours, engagement fades, and what
     * the units with a live agreement contribute (in proportion to engagement) is today's unit money,
     * venue and volunteer hours.
     */
    private void unitsDay(Community c, int day) {
        if (c.unitAgents.isEmpty()) {
            return;
        }
        MechanismsSpec.JointBuildingSpec rules = model.scenario().mechanisms().jointBuilding();
        double fade = rules.engagementFadePerYear() / Days.PER_YEAR;
        double money = 0;
        double venue = 0;
        double hours = 0;
        for (JointBuildingUnit u : c.unitAgents) {
            if ((day - 1) % Days.PER_WEEK == 0) {
                u.startWeek();
            }
            u.fade(fade);
            if (u.active(rules.minEngagement())) {
                Agreement.Resources r = u.agreement().resources();
                money += u.engagement() * r.moneyYuanYear();
                venue += u.engagement() * r.venueM2();
                hours += u.engagement() * r.volunteerHoursWeek();
            }
        }
        c.unitMoneyYuanYear = money;
        model.venuePool().offerUnitVenue(c, day, venue);
        c.unitVolunteerHoursWeek = hours;
    }

    /** Posts created after day 1 (a mechanism starting mid-run) get servers and vacancy slots. */
    private void ensurePosts(Community c) {
        if (c.staffPosts > c.vacantUntil.length) {
            int old = c.vacantUntil.length;
            c.vacantUntil = java.util.Arrays.copyOf(c.vacantUntil, c.staffPosts);
            java.util.Arrays.fill(c.vacantUntil, old, c.staffPosts, Integer.MIN_VALUE);
        }
        c.queue.ensureServers(c.staffPosts, service.newHireSkill());
    }

    private void applyTurnover(Community c, int day) {
        if (c.turnoverPerYear <= 0) {
            return;
        }
        double leaveProbability = c.turnoverPerYear / Days.PER_YEAR;
        for (int post = 0; post < c.vacantUntil.length; post++) {
            if (c.vacantUntil[post] < day && model.random.nextDouble() < leaveProbability) {
                c.vacantUntil[post] = day + (int) Math.round(service.vacancyDays()) - 1;
                c.queue.setSkill(post, service.newHireSkill());
            }
        }
    }

    /** Experience (every day in post) and training close part of the gap to full skill. */
    private void growSkill(Community c, int day) {
        double rate = (service.experienceSkillGainPerYear() + c.trainingSkillGainPerYear) / Days.PER_YEAR;
        if (rate <= 0) {
            return;
        }
        for (int post = 0; post < c.vacantUntil.length; post++) {
            if (c.vacantUntil[post] < day) {
                double s = c.queue.skill(post);
                c.queue.setSkill(post, s + rate * (1 - s));
            }
        }
    }

    /**
     * Today's share of every yearly resource, priced: salaries of staff on duty and grid workers,
     * training, own venue, the allocated activity budget and the Party-mass service fund (both spent or not,
     * as separate items), and units' money and venue at the
     * public venue price as shadow price.
     */
    private void postDailyCosts(Community c, int onDuty, int day) {
        CostLedger ledger = model.costs();
        int k = c.index();
        ledger.post(k, CostItem.STAFF_SALARIES, onDuty * costs.staffSalaryYuanYear() / Days.PER_YEAR);
        ledger.post(k, CostItem.GRID_WORKER_SALARIES, c.gridWorkers * costs.gridWorkerSalaryYuanYear() / Days.PER_YEAR);
        ledger.post(k, CostItem.TRAINING, c.trainingYuanYear / Days.PER_YEAR);
        ledger.post(k, CostItem.VENUE_RUNNING, c.venueM2 * costs.venueYuanPerM2Year() / Days.PER_YEAR);
        ledger.post(k, CostItem.ACTIVITY_BUDGET_ALLOCATED, (c.budgetYuanYear - c.partyMassFundYuanYear) / Days.PER_YEAR);
        ledger.post(k, CostItem.PARTY_MASS_FUND, c.partyMassFundYuanYear / Days.PER_YEAR);
        ledger.post(k, CostItem.UNIT_MONEY, c.unitMoneyYuanYear / Days.PER_YEAR);
        ledger.post(k, CostItem.UNIT_VENUE_HOURS, model.venuePool().unitVenue(c, day) * costs.venueYuanPerM2Year() / Days.PER_YEAR);
    }

    /** Volunteer-able service hours at the shadow wage, split by who gave them in proportion to what each offered. */
    private void postVolunteerTime(Community c, double used) {
        double offered = c.volunteerHoursToday;
        if (used <= 0 || offered <= 0) {
            return;
        }
        double yuan = used * costs.shadowWageYuanHour();
        CostLedger ledger = model.costs();
        ledger.post(c.index(), CostItem.VOLUNTEER_TIME, yuan * c.volunteerPartToday / offered);
        ledger.post(c.index(), CostItem.MEMBER_TIME, yuan * (c.residentMemberPartToday + c.inServicePartToday) / offered);
        ledger.post(c.index(), CostItem.UNIT_VOLUNTEER_TIME, yuan * c.unitPartToday / offered);
    }

    /**
     * Today's pool of volunteer hours for volunteer-able tasks, by who offers it: registered volunteers (their
     * yearly hours spread over the days), resident members, registered in-service members, and the units'
     * members (weekly hours). When time is limited (activity model), a Party member, resident or in-service,
     * offers its pledged hours of the day only out of what is left of its weekly member time, the same time its
     * outreach, invitations, relaying and organising take; otherwise the members' yearly hours, as in the first
     * model.
     */
    private double volunteerHoursPerDay(Community c, TimeBudget budget) {
        c.volunteerPartToday = c.volunteers * residents.volunteerHoursPerYear() / Days.PER_YEAR;
        c.unitPartToday = c.unitVolunteerHoursWeek / Days.PER_WEEK;
        if (budget.isLimited()) {
            c.residentMemberPartToday = offer(c.residentMemberIds, c.residentMemberOfferedToday,
                    residents.memberVolunteerHoursPerYear() / Days.PER_YEAR, budget);
            int[] members = c.inServiceMemberIds;
            c.inServicePartToday = members.length == 0 ? 0
                    : offer(members, c.inServiceOfferedToday, c.memberServiceHoursYear / members.length / Days.PER_YEAR, budget);
        } else {
            c.residentMemberPartToday = c.residentMembers * residents.memberVolunteerHoursPerYear() / Days.PER_YEAR;
            c.inServicePartToday = c.memberServiceHoursYear / Days.PER_YEAR;
        }
        return c.volunteerPartToday + c.residentMemberPartToday + c.inServicePartToday + c.unitPartToday;
    }

    /** Each member offers its pledge of the day or what is left of its week, whichever is less; returns the sum. */
    private static double offer(int[] members, double[] offered, double pledge, TimeBudget budget) {
        double sum = 0;
        for (int k = 0; k < members.length; k++) {
            double hours = Math.min(pledge, Math.max(0, budget.memberHoursLeft(members[k])));
            offered[k] = hours;
            sum += hours;
        }
        return sum;
    }

    /**
     * The members' share of the volunteer hours used today (in proportion to what each part of the pool
     * offered, like the cost split) comes out of each member's weekly member time, in proportion to its own offer.
     */
    private static void spendMemberTime(Community c, double used, TimeBudget budget) {
        if (!budget.isLimited() || used <= 0 || c.volunteerHoursToday <= 0) {
            return;
        }
        double share = Math.min(1, used / c.volunteerHoursToday);
        spend(c.residentMemberIds, c.residentMemberOfferedToday, share, budget);
        spend(c.inServiceMemberIds, c.inServiceOfferedToday, share, budget);
    }

    private static void spend(int[] members, double[] offered, double share, TimeBudget budget) {
        for (int k = 0; k < members.length; k++) {
            double hours = offered[k] * share;
            if (hours > 0) {
                budget.spendMember(members[k], hours);
            }
        }
    }
}
