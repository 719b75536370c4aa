package cogov.calibration;

import java.util.Objects;

/**
 * One observed value the simulator's statistic is compared with. The distance measures each
 * difference in units of the target's uncertainty {@code sd}, so a well-known figure weighs more
 * than a rough one. A hold-out target is simulated and reported but never enters the distance: it
 * checks whether the calibrated model reproduces what it was not fitted to.
 */
public record Target(String name, double observed, double sd, boolean holdout) {
    public Target {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(observed) || !(sd > 0) || !Double.isFinite(sd)) {
            throw new IllegalArgumentException("target " + name + " needs a finite value and an uncertainty sd > 0"
                    + " (got " + observed + ", sd " + sd + ")");
        }
    }
}
