/**
 * Global sensitivity and robustness analysis on plain arrays: designs in the unit cube (Morris
 * trajectories, Saltelli's A/B/AB matrices) and estimators (elementary effects, Sobol indices, PRCC,
 * PRIM boxes, paired robustness statistics). It knows nothing of the model, scenarios or files, so
 * every estimator is tested on analytic functions evaluated directly.
 */
package cogov.analysis;
