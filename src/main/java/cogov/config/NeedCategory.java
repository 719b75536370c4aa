package cogov.config;

/**
 * A category of resident need (elderly care, environment, property repair, disputes, safety,
 * administrative consultation): how often it arises, how much work it is, and what kind of work.
 *
 * @param share           share of all needs in this category
 * @param effortHours     mean effort to resolve a simple request, in staff hours
 * @param departmentShare probability that a need of this category is cross-department (needs county departments)
 * @param complexShare    probability that a need that is not cross-department is complex casework
 * @param volunteerAble   whether the simple requests of this category may be taken by volunteers
 */
public record NeedCategory(String name, double share, double effortHours, double departmentShare, double complexShare,
                           boolean volunteerAble) {

    /** A category whose committee requests are all simple staff casework. */
    public NeedCategory(String name, double share, double effortHours, double departmentShare) {
        this(name, share, effortHours, departmentShare, 0, false);
    }
}
