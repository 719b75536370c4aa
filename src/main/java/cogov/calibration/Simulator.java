package cogov.calibration;

/**
 * The model as ABC-SMC sees it: parameter values and a seed in, one statistic per target out (in
 * the order of the targets, hold-outs included; NaN where undefined). Must be a pure function of its
 * arguments, and safe to call from several threads at once, for calibrations to be reproducible.
 */
@FunctionalInterface
public interface Simulator {
    double[] simulate(double[] theta, long seed) throws Exception;
}
