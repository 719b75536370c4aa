package cogov.calibration;

import java.util.Objects;

/** One calibrated quantity: its name (a scenario key path in cogov) and its prior. */
public record Parameter(String name, Prior prior) {
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prior, "prior");
    }
}
