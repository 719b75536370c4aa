package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.ConfigException;
import cogov.config.ExperimentLoader;
import cogov.experiment.Design;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property tests: random and mutated scenario and experiment files given to the loaders and to
 * {@code cogov validate} end in success or a clean exit 2 with located messages, never in another
 * exception, a stack trace, an internal error or an unbounded message.
 */
class FuzzInputsTest {

    private static Path dir;
    private static String baseline;
    private static String quickCounty;
    private static String quickExperiment;

    @BeforeContainer
    static void readGoodFiles() throws IOException {
        dir = Files.createTempDirectory("cogov-fuzz");
        baseline = Files.readString(Path.of("scenarios/lijin-baseline.yaml"));
        quickCounty = Files.readString(Path.of("scenarios/quick-county.yaml"));
        quickExperiment = Files.readString(Path.of("scenarios/experiments/quick.yaml"));
        Files.writeString(dir.resolve("lijin-baseline.yaml"), baseline);
        Files.createDirectories(dir.resolve("experiments"));
        Files.writeString(dir.resolve("quick-county.yaml"), quickCounty);
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static CliHarness.Result validate(Path file) {
        return CliHarness.real(new Main(Engine.DEFAULT, dir.resolve("results")), "validate", file.toString());
    }

    private static void assertClean(CliHarness.Result r, String input) {
        String shown = input.length() > 300 ? input.substring(0, 300) + "..." : input;
        assertTrue(r.exit() == ExitCodes.OK || r.exit() == ExitCodes.BAD_INPUT, () -> r + "\ninput:\n" + shown);
        assertFalse(r.err().contains("internal error") || r.err().contains("\tat ") || r.err().contains("Exception"),
                () -> r + "\ninput:\n" + shown);
        int lines = r.err().split("\n", -1).length;
        assertTrue(r.err().length() <= lines * 1_000L, () -> "a message line over 1,000 characters: " + r.err().substring(0, 2000));
    }

    @Property(tries = 100)
    void aMutatedBaseScenarioValidatesOrIsRefusedCleanly(@ForAll long seed) throws IOException {
        String text = Mutations.mutate(baseline, seed, 6);
        Path file = Files.write(dir.resolve("lijin-baseline.yaml"), text.getBytes(StandardCharsets.UTF_8));
        try {
            assertClean(validate(file), text);
            assertClean(validate(dir.resolve("quick-county.yaml")), text);
        } finally {
            Files.writeString(dir.resolve("lijin-baseline.yaml"), baseline);
        }
    }

    @Property(tries = 100)
    void aMutatedScenarioThatExtendsValidatesOrIsRefusedCleanly(@ForAll long seed) throws IOException {
        String text = Mutations.mutate(quickCounty, seed, 4);
        Path file = Files.write(dir.resolve("q" + Long.toHexString(seed) + ".yaml"), text.getBytes(StandardCharsets.UTF_8));
        try {
            assertClean(validate(file), text);
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 100)
    void randomBytesAreRefusedCleanly(@ForAll long seed) throws IOException {
        byte[] bytes = Mutations.noise(seed, 4_000);
        Path file = Files.write(dir.resolve("noise.yaml"), bytes);
        assertClean(validate(file), new String(bytes, StandardCharsets.ISO_8859_1));
    }

    @Property(tries = 150)
    void aMutatedExperimentLoadsAndExpandsOrFailsWithAConfigException(@ForAll long seed) throws IOException {
        String text = Mutations.mutate(quickExperiment, seed, 5);
        Path file = Files.write(dir.resolve("experiments/e.yaml"), text.getBytes(StandardCharsets.UTF_8));
        try {
            Design.expand(ExperimentLoader.load(file));
        } catch (ConfigException e) {
            assertFalse(e.getMessage().isBlank(), "an empty message");
            assertTrue(e.getMessage().length() <= e.problems().size() * 1_000L, "an overlong message");
        } catch (UncheckedIOException e) {
            throw new AssertionError("input:\n" + text, e);
        }
    }

    /** Found by the property above: two variants with the same overrides were an internal error of the design. */
    @Example
    void variantsWithTheSameOverridesAreRefusedWhereTheyAreWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("experiments/same.yaml"), "base: ../quick-county.yaml\n"
                + "variants:\n  - name: a\n  - name: b\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> ExperimentLoader.load(file));
        assertTrue(e.getMessage().contains(":4:5 variants[1]: has the same overrides as variants[0]"), e.getMessage());
    }
}
