package cogov.config;

/**
 * A category of resident need (elderly care, environment, property repair, disputes, safety,
 * administrative consultation).
 *
 * @param share           share of all needs in this category
 * @param effortHours     mean effort to resolve, in staff hours
 * @param departmentShare probability that a need of this category needs a county department
 */
public record NeedCategory(String name, double share, double effortHours, double departmentShare) {
}
