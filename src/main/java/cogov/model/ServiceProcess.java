package cogov.model;

import cogov.config.CostsSpec;
import cogov.config.ResidentsSpec;
import cogov.config.ServiceSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 3, service: staff turnover, the day's capacity (staff hours times productivity, plus
 * volunteer, Party-member and unit hours), the day's spending and budget accrual, mechanisms' daily
 * adjustments (pooling), then every committee's queue on the continuous clock.
 */
final class ServiceProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final double DAYS_PER_YEAR = 365.0;

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
            applyTurnover(c, day);
            int onDuty = c.staffOnDuty(day);
            double volunteer = volunteerHoursPerDay(c);
            c.capacityHours = onDuty * service.hoursPerStaffDay() * service.productivity() * c.staffProductivity + volunteer;
            c.ledger.volunteerHours = volunteer;
            c.ledger.recordSpending(day, (onDuty * costs.staffSalaryYuanYear()
                    + c.gridWorkers * costs.gridWorkerSalaryYuanYear()
                    + c.venueM2 * costs.venueYuanPerM2Year()
                    + c.trainingYuanYear) / DAYS_PER_YEAR);
            c.publicBalance += c.budgetYuanYear / DAYS_PER_YEAR;
            c.unitBalance += c.unitMoneyYuanYear / DAYS_PER_YEAR;
        }
        for (Mechanism m : model.mechanisms()) {
            m.beforeService(model, day);
        }
        for (Community c : model.communities()) {
            // arrivals come from one Poisson process per community, so they are already in time order
            c.queue.simulateDay(day, c.arrivalsToday, c.capacityHours, c.staffProductivity, model.serviceRules(), c.ledger,
                    model.outcomes(), model.random);
        }
    }

    private void applyTurnover(Community c, int day) {
        if (c.turnoverPerYear <= 0) {
            return;
        }
        double leaveProbability = c.turnoverPerYear / DAYS_PER_YEAR;
        for (int post = 0; post < c.vacantUntil.length; post++) {
            if (c.vacantUntil[post] < day && model.random.nextDouble() < leaveProbability) {
                c.vacantUntil[post] = day + (int) Math.round(service.vacancyDays()) - 1;
            }
        }
    }

    private double volunteerHoursPerDay(Community c) {
        return (c.volunteers * residents.volunteerHoursPerYear()
                + c.residentMembers * residents.memberVolunteerHoursPerYear()
                + c.memberServiceHoursYear) / DAYS_PER_YEAR
                + c.unitVolunteerHoursWeek / 7.0;
    }
}
