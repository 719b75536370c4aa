package cogov.config;

/**
 * Prices of the cost model, in yuan: public spending and the shadow prices of contributed time.
 *
 * @param staffSalaryYuanYear       cost of one full-time worker per year
 * @param gridWorkerSalaryYuanYear  cost of one grid worker per year
 * @param venueYuanPerM2Year        running cost of venue space per square metre per year
 * @param trainingYuanPerWorkerYear training cost per trained worker per year (full-time staff mechanism)
 * @param shadowWageYuanHour        shadow wage of volunteer, member and unit-member hours (social cost)
 * @param departmentYuanPerHour     cost of a department hour on escalated requests
 * @param poolingTravelYuanPerHour  travel and coordination cost per pooled staff hour
 */
public record CostsSpec(
        double staffSalaryYuanYear,
        double gridWorkerSalaryYuanYear,
        double venueYuanPerM2Year,
        double trainingYuanPerWorkerYear,
        double shadowWageYuanHour,
        double departmentYuanPerHour,
        double poolingTravelYuanPerHour) {
}
