package cogov.config;

/**
 * The committee's service queue: full-time staff are the servers; volunteer and unit hours add to
 * their speed; the queue runs on a continuous clock.
 *
 * @param hoursPerStaffDay        effort hours one full-time worker supplies per calendar day
 * @param productivity            multiplier on staff hours
 * @param turnoverPerYear         probability per year that a worker leaves
 * @param vacancyDays             days a post stays empty after a worker leaves
 * @param triageHours             effort spent before escalating a department-level request
 * @param departmentDelayDays     mean days a department takes on an escalated request
 * @param departmentResolveShare  share of escalated requests the department resolves (the rest are dropped)
 * @param timeLimitDays           time limit for ordinary requests
 * @param complexTimeLimitDays    time limit for department-level requests
 * @param dropAfterDays           a request still waiting after this many days is dropped (0 = never)
 * @param resolveShare            probability that the committee's handling actually resolves an ordinary request
 *                                (times the staff capability multiplier of mechanisms); the rest are closed unresolved
 */
public record ServiceSpec(
        double hoursPerStaffDay,
        double productivity,
        double turnoverPerYear,
        double vacancyDays,
        double triageHours,
        double departmentDelayDays,
        double departmentResolveShare,
        double timeLimitDays,
        double complexTimeLimitDays,
        double dropAfterDays,
        double resolveShare) {
}
