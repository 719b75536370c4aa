package cogov.experiment;

import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds the scenario of a configuration: the base scenario with overrides applied. The default reads
 * the base file through {@link ScenarioLoader}; tests may build scenarios directly.
 */
public interface ScenarioSource {

    /** The base scenario with the overrides applied (its seed is replaced by the run's seed later). */
    Scenario scenario(Map<String, Object> overrides) throws ConfigException;

    /** The base scenario as self-contained YAML (every default filled in), stored in the sweep folder. */
    String resolvedBaseYaml() throws ConfigException;

    /**
     * A source reading a scenario file: read and merged with its {@code extends} chain once, on first
     * use, then every configuration's scenario is built from that tree (a sampled design of 100,000
     * points does not parse the files 100,000 times).
     */
    static ScenarioSource of(Path baseFile) {
        return new ScenarioSource() {
            private ScenarioLoader.Base base;

            private synchronized ScenarioLoader.Base base() throws ConfigException {
                if (base == null) {
                    base = ScenarioLoader.prepare(baseFile);
                }
                return base;
            }

            @Override
            public Scenario scenario(Map<String, Object> overrides) throws ConfigException {
                return base().load(overrides);
            }

            @Override
            public String resolvedBaseYaml() throws ConfigException {
                return ScenarioLoader.toResolvedYaml(ScenarioLoader.load(baseFile));
            }
        };
    }
}
