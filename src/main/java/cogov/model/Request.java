package cogov.model;

/**
 * A reported need travelling through a committee's queue (or its volunteers), possibly to county
 * departments and back. Times are in days on the model's continuous clock (day d spans [d-1, d)).
 */
final class Request {
    static final byte SIMPLE = 0;
    static final byte COMPLEX = 1;
    static final byte CROSS_DEPARTMENT = 2;

    final int household;
    final int community;
    final int category;
    final double arrival;
    final int raiseDay;
    final byte complexity;
    final boolean needsDepartment;
    final boolean volunteerAble;
    final double skillNeeded;
    final double deadline;
    final double effortHours;
    double remainingEffort;
    double serviceStart = Double.NaN;
    boolean started;
    /** Committee handlings that failed for want of skill (a failed request is reworked once, then escalated). */
    int failedAttempts;
    /** When it reaches (or reached) its current department; also the return time of an unlimited department. */
    double departmentReturn = Double.NaN;
    int department = -1;
    int departmentsLeft;
    boolean fastTrack;
    boolean coordinated;
    boolean overdue;

    Request(int household, int community, int category, double arrival, int raiseDay, byte complexity,
            boolean volunteerAble, double skillNeeded, double effortHours, double deadline) {
        this.household = household;
        this.community = community;
        this.category = category;
        this.arrival = arrival;
        this.raiseDay = raiseDay;
        this.complexity = complexity;
        this.needsDepartment = complexity == CROSS_DEPARTMENT;
        this.volunteerAble = volunteerAble;
        this.skillNeeded = skillNeeded;
        this.effortHours = effortHours;
        this.remainingEffort = effortHours;
        this.deadline = deadline;
    }

    /** Casework is everything but a volunteer-able simple task; volunteers never take it. */
    boolean isCasework() {
        return !volunteerAble;
    }
}
