package cogov.config;

import java.util.List;

/**
 * The plausible values of a structural assumption (a true/false or choice key whose default is a
 * modelling assumption about the world, such as the network's kind), and why: what a robustness or
 * sensitivity design may vary it over. It is the counterpart of {@link Uncertainty} for keys that are not
 * numbers. Declared beside the key in the scenario schema and read through {@link ScenarioKeys}.
 *
 * @param values the plausible values as written in a scenario file ({@code Boolean} for true/false keys, the
 *               choice's spelling for choice keys), the default among them, at least two
 * @param reason why these values are plausible (and, where a choice is left out, why)
 */
public record Alternatives(List<Object> values, String reason) {

    /** Copies the values. */
    public Alternatives {
        values = List.copyOf(values);
    }
}
