package cogov.config;

/**
 * Public spending the model accounts for, in yuan.
 *
 * @param staffSalaryYuanYear       cost of one full-time worker per year
 * @param gridWorkerSalaryYuanYear  cost of one grid worker per year
 * @param venueYuanPerM2Year        running cost of venue space per square metre per year
 * @param trainingYuanPerWorkerYear training cost per trained worker per year (full-time staff mechanism)
 */
public record CostsSpec(
        double staffSalaryYuanYear,
        double gridWorkerSalaryYuanYear,
        double venueYuanPerM2Year,
        double trainingYuanPerWorkerYear) {
}
