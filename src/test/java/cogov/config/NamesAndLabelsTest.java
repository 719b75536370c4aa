package cogov.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that become folders and labels that become CSV cells and report text: '.' and '..' cannot
 * escape {@code results/}, control characters and formula-like text are refused, overlong names are
 * refused before any file is written, and long values are cut in messages.
 */
class NamesAndLabelsTest {

    @TempDir
    Path dir;

    private static final String COMMUNITY = "communities:\n  - {name: a, type: old-urban, households: 100}\n";

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    private String scenarioProblems(String yaml) throws IOException {
        Path file = write("s.yaml", yaml);
        ConfigException e = assertThrows(ConfigException.class, () -> ScenarioLoader.load(file));
        return e.getMessage();
    }

    private String experimentProblems(String name, String yaml) throws IOException {
        write("base.yaml", COMMUNITY);
        Path file = write(name, "base: base.yaml\n" + yaml);
        ConfigException e = assertThrows(ConfigException.class, () -> ExperimentLoader.load(file));
        return e.getMessage();
    }

    @Test
    void dotAndDotDotCannotNameAScenarioOrAnExperiment() throws IOException {
        for (String name : List.of(".", "..", "'...'")) {
            String scenario = scenarioProblems("name: " + name + "\n" + COMMUNITY);
            assertTrue(scenario.contains("name: may not be only dots"), scenario);
            String experiment = experimentProblems("e.yaml", "name: " + name + "\n");
            assertTrue(experiment.contains("name: may not be only dots"), experiment);
        }
        String byFileName = experimentProblems("...yaml", "");
        assertTrue(byFileName.contains("cannot name the results folder"), byFileName);
    }

    @Test
    void pathSeparatorsAndOverlongNamesAreRefused() throws IOException {
        assertTrue(scenarioProblems("name: a/b\n" + COMMUNITY).contains("letters, digits"));
        assertTrue(experimentProblems("e.yaml", "name: ../up\n").contains("letters, digits"));
        String longName = "n".repeat(Names.MAX_LENGTH + 1);
        String message = scenarioProblems("name: " + longName + "\n" + COMMUNITY);
        assertTrue(message.contains("may have at most " + Names.MAX_LENGTH + " characters"), message);
        assertDoesNotThrow(() -> ScenarioLoader.load(write("ok.yaml", "name: " + "n".repeat(Names.MAX_LENGTH)
                + "\n" + COMMUNITY)));
    }

    @Test
    void controlCharactersInCommunityNamesAreRefused() throws IOException {
        String message = scenarioProblems("communities:\n  - {name: \"a\\0raw:<b>\", type: old-urban, households: 100}\n");
        assertTrue(message.contains("communities[0].name: may not contain control characters"), message);
        assertTrue(scenarioProblems("communities:\n  - {name: \"a\\tb\", type: old-urban, households: 100}\n")
                .contains("control characters"));
    }

    @Test
    void formulaLikeLabelsAreRefusedButNegativeNumbersAndHyphensInsideAreNot() throws IOException {
        for (String formula : List.of("'=HYPERLINK(\"http://x\")'", "'+1+1'", "'@SUM(A1)'", "'-cmd'")) {
            String message = scenarioProblems("communities:\n  - {name: " + formula
                    + ", type: old-urban, households: 100}\n");
            assertTrue(message.contains("a spreadsheet would run it as a formula"), formula + ": " + message);
        }
        String factor = experimentProblems("e.yaml", "factors:\n  communities[0].name: [a, '=1+2']\n");
        assertTrue(factor.contains("factors.communities[0].name[1]: may not start with"), factor);
        String variant = experimentProblems("e.yaml", "variants:\n  - name: v\n    overrides:\n      communities[0].name: '@x'\n");
        assertTrue(variant.contains("variants[0].overrides.communities[0].name: may not start with"), variant);
        assertDoesNotThrow(() -> ScenarioLoader.load(write("ok.yaml",
                "communities:\n  - {name: old-town-2, type: old-urban, households: 100}\n")));
        assertTrue(Names.labelProblem("-1.5") == null, "a negative number is not a formula");
    }

    @Test
    void longValuesAreCutInMessages() throws IOException {
        String huge = "x".repeat(200_000);
        String message = scenarioProblems("days: '" + huge + "'\n" + COMMUNITY);
        assertTrue(message.length() < 1_000, "message of " + message.length() + " characters");
        assertTrue(message.contains("(200000 characters)"), message);
    }

    @Test
    void aLongValueRepeatedThroughAliasesDoesNotFloodTheMessage() throws IOException {
        StringBuilder yaml = new StringBuilder("description: &big '" + "y".repeat(200_000) + "'\ncommunities:\n");
        for (int i = 0; i < 100; i++) {
            yaml.append("  - {name: c").append(i).append(", type: *big, households: 100}\n");
        }
        String message = scenarioProblems(yaml.toString());
        assertTrue(message.contains("communities[99].type"), () -> message.substring(0, 500));
        assertTrue(message.length() < 100 * 500, "message of " + message.length() + " characters");
    }
}
