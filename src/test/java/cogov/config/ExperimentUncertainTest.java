package cogov.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.ExperimentSpec.Range;
import cogov.config.ExperimentSpec.SampledDesign;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code uncertain:} in sampled designs reads the uncertainty ranges declared in the scenario schema. */
class ExperimentUncertainTest {

    @TempDir
    Path tmp;

    private ExperimentSpec load(String sample) throws Exception {
        Path base = Path.of("scenarios/quick-county.yaml").toAbsolutePath();
        Path file = tmp.resolve("exp.yaml");
        Files.writeString(file, "base: " + base + "\n" + sample + "replications: 1\n");
        return ExperimentLoader.load(file);
    }

    @Test
    void allAssumptionsTakesEveryDeclaredRangeOutsideLists() throws Exception {
        ExperimentSpec spec = load("sample:\n  method: lhs\n  count: 4\n  uncertain: all-assumptions\n");
        Map<String, Range> ranges = ((SampledDesign) spec.design()).ranges();
        long expected = ScenarioKeys.parameters().stream().filter(k -> !k.path().contains("[")).count();
        assertTrue(expected > 5, "the schema declares ranges");
        assertEquals(expected, ranges.size());
        for (ScenarioKeys.KeyInfo k : ScenarioKeys.parameters()) {
            if (!k.path().contains("[") && k.uncertainty().lo() < k.uncertainty().hi()) {
                Range r = ranges.get(k.path());
                assertEquals(k.uncertainty().lo(), r.lo(), k.path());
                assertEquals(k.uncertainty().hi(), r.hi(), k.path());
            }
        }
        assertFalse(ranges.keySet().stream().anyMatch(p -> p.contains("[")));
    }

    @Test
    void listedKeysTakeTheirDeclaredRangesAndExplicitRangesOverride() throws Exception {
        ScenarioKeys.KeyInfo first = ScenarioKeys.parameters().stream().filter(k -> !k.path().contains("["))
                .findFirst().orElseThrow();
        ScenarioKeys.KeyInfo second = ScenarioKeys.parameters().stream().filter(k -> !k.path().contains("["))
                .skip(1).findFirst().orElseThrow();
        double lo = first.uncertainty().lo();
        double hi = first.uncertainty().hi();
        double mid = lo + (hi - lo) / 2;
        ExperimentSpec spec = load("sample:\n  method: morris\n  trajectories: 4\n  uncertain: [" + first.path() + ", "
                + second.path() + "]\n  ranges: {" + first.path() + ": [" + lo + ", " + mid + "]}\n");
        Map<String, Range> ranges = ((SampledDesign) spec.design()).ranges();
        assertEquals(2, ranges.size());
        assertEquals(mid, ranges.get(first.path()).hi(), 1e-12);
        assertEquals(second.uncertainty().hi(), ranges.get(second.path()).hi(), 1e-12);
    }

    @Test
    void unknownOrUndeclaredKeysAreRefusedAtTheirLine() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load("sample:\n  method: lhs\n  count: 4\n  uncertain: [no.such.key]\n"));
        assertTrue(e.getMessage().contains("exp.yaml:5:15 sample.uncertain[0]: not a scenario key"), e.getMessage());
        ConfigException word = assertThrows(ConfigException.class,
                () -> load("sample:\n  method: lhs\n  count: 4\n  uncertain: everything\n"));
        assertTrue(word.getMessage().contains("sample.uncertain: must be all-assumptions or a list"), word.getMessage());
    }
}
