package cogov.model;

/**
 * A reported need travelling through a committee's queue, possibly to a county department and back.
 * Times are in days on the model's continuous clock (day d spans [d-1, d)).
 */
final class Request {
    final int household;
    final int category;
    final double arrival;
    final int raiseDay;
    final boolean needsDepartment;
    final double deadline;
    double remainingEffort;
    double serviceStart = Double.NaN;
    double departmentReturn = Double.NaN;
    boolean overdue;

    Request(int household, int category, double arrival, int raiseDay, boolean needsDepartment,
            double effortHours, double deadline) {
        this.household = household;
        this.category = category;
        this.arrival = arrival;
        this.raiseDay = raiseDay;
        this.needsDepartment = needsDepartment;
        this.remainingEffort = effortHours;
        this.deadline = deadline;
    }
}
