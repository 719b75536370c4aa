package cogov.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input file (scenario or experiment) is unusable; carries every problem found, so a
 * user sees them all at once. The CLI maps it to exit code 2 without a stack trace.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(ConfigProblem problem) {
        this(List.of(problem));
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
