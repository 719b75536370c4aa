package cogov.config;

/**
 * The committee's service: full-time staff are the servers of a first-come-first-served queue on a
 * continuous clock; each worker has a skill; volunteers take only volunteer-able tasks; cross-department
 * and failed requests go to county departments, which may be capacity-limited.
 *
 * @param hoursPerStaffDay            effort hours one full-time worker supplies per calendar day
 * @param productivity                multiplier on staff hours
 * @param turnoverPerYear             probability per year that a worker leaves
 * @param vacancyDays                 days a post stays empty after a worker leaves
 * @param triageHours                 effort spent before escalating a cross-department request
 * @param departmentDelayDays         mean transit days before a department takes up an escalated request
 * @param departmentResolveShare      share of escalated requests an unlimited department resolves (delay mode only)
 * @param timeLimitDays               time limit for committee requests
 * @param complexTimeLimitDays        time limit for cross-department requests
 * @param dropAfterDays               a request still waiting (at the committee or a department) after this many days is dropped (0 = never)
 * @param resolveShare                probability that a handling with enough skill resolves a committee request
 * @param complexEffortMultiplier     effort of a complex request relative to its category mean
 * @param simpleSkill                 skill a simple request needs
 * @param complexSkill                skill a complex request needs
 * @param skillBand                   width of the skill shortfall over which the chance of resolving falls from 1 to 0
 * @param initialSkill                skill of the workers in post on day 0
 * @param newHireSkill                skill of a worker hired into a vacated post
 * @param experienceSkillGainPerYear  yearly rate at which experience closes the gap to full skill
 * @param volunteerWaitDays           days a volunteer-able request waits for volunteers before going to staff
 * @param departmentCapacityHoursDay  working hours per day of each department (0 = not capacity-limited)
 * @param departmentEffortHours       department effort per escalated request
 * @param coordinationHours           staff hours to coordinate one cross-department request
 * @param coordinated                 whether the Party organisation coordinates cross-department requests at baseline
 * @param uncoordinatedDepartments    departments an uncoordinated cross-department request passes through in turn
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
        double resolveShare,
        double complexEffortMultiplier,
        double simpleSkill,
        double complexSkill,
        double skillBand,
        double initialSkill,
        double newHireSkill,
        double experienceSkillGainPerYear,
        double volunteerWaitDays,
        double departmentCapacityHoursDay,
        double departmentEffortHours,
        double coordinationHours,
        boolean coordinated,
        int uncoordinatedDepartments) {

    /** Whether county departments have finite capacity (otherwise an escalation is a pure delay). */
    public boolean departmentsCapacityLimited() {
        return departmentCapacityHoursDay > 0;
    }
}
