package cogov.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The named distributions a scenario may use, their parameters in canonical order and the constraints
 * on them. Shared by the validator, {@link Distributions} and the generated documentation.
 */
enum DistributionKind {
    CONSTANT("constant", "value"),
    NORMAL("normal", "mean", "sd"),
    UNIFORM("uniform", "lower", "upper"),
    BETA("beta", "alpha", "beta"),
    LOGNORMAL("lognormal", "scale", "shape"),
    GAMMA("gamma", "shape", "scale"),
    EXPONENTIAL("exponential", "mean"),
    TRIANGULAR("triangular", "lower", "mode", "upper"),
    LOGISTIC("logistic", "mu", "s");

    final String key;
    final List<String> parameters;

    DistributionKind(String key, String... parameters) {
        this.key = key;
        this.parameters = List.of(parameters);
    }

    static DistributionKind fromKey(String key) {
        for (DistributionKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }

    static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (DistributionKind k : values()) {
            keys.add(k.key);
        }
        return keys;
    }

    /** The constraints in words, for the documentation. */
    String constraints() {
        return switch (this) {
            case CONSTANT -> "";
            case NORMAL -> "sd > 0";
            case UNIFORM -> "lower < upper";
            case BETA -> "alpha > 0, beta > 0";
            case LOGNORMAL -> "shape > 0";
            case GAMMA -> "shape > 0, scale > 0";
            case EXPONENTIAL -> "mean > 0";
            case TRIANGULAR -> "lower <= mode <= upper, lower < upper";
            case LOGISTIC -> "s > 0";
        };
    }

    /** Violated constraints as (parameter, message) pairs; the parameters are all present and finite. */
    List<String[]> violations(Map<String, Double> p) {
        List<String[]> out = new ArrayList<>();
        switch (this) {
            case NORMAL -> positive(p, "sd", out);
            case UNIFORM -> {
                if (!(p.get("lower") < p.get("upper"))) {
                    out.add(new String[] {"upper", "must be greater than lower (" + p.get("lower") + ")"});
                }
            }
            case BETA -> {
                positive(p, "alpha", out);
                positive(p, "beta", out);
            }
            case LOGNORMAL -> positive(p, "shape", out);
            case GAMMA -> {
                positive(p, "shape", out);
                positive(p, "scale", out);
            }
            case EXPONENTIAL -> positive(p, "mean", out);
            case TRIANGULAR -> {
                double lo = p.get("lower");
                double mode = p.get("mode");
                double hi = p.get("upper");
                if (!(lo < hi)) {
                    out.add(new String[] {"upper", "must be greater than lower (" + lo + ")"});
                } else if (mode < lo || mode > hi) {
                    out.add(new String[] {"mode", "must lie between lower and upper (" + lo + " and " + hi + ")"});
                }
            }
            case LOGISTIC -> positive(p, "s", out);
            case CONSTANT -> {
            }
        }
        return out;
    }

    private static void positive(Map<String, Double> p, String name, List<String[]> out) {
        if (!(p.get(name) > 0)) {
            out.add(new String[] {name, "must be greater than 0"});
        }
    }
}
