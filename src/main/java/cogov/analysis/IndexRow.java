package cogov.analysis;

/**
 * One tidy row of a sensitivity analysis: an index of one parameter estimated from a base sample of
 * size {@code n} (the number of Morris trajectories, Saltelli base rows or LHS points).
 *
 * @param parameter the parameter's name, or {@code *} for an index of the whole design (stochastic share)
 * @param index     {@code mu}, {@code mu_star}, {@code sigma}, {@code S1}, {@code ST}, {@code PRCC}, ...
 */
public record IndexRow(String parameter, String index, Estimate estimate, int n) {

    /** The parameter name of rows that describe the whole design rather than one parameter. */
    public static final String ALL = "*";
}
