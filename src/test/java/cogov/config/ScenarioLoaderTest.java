package cogov.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {

    @TempDir
    Path dir;

    private static final String ONE_COMMUNITY = """
            communities:
              - {name: a, type: old-urban, households: 100}
            """;

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    /** Loads {@code yaml} from s.yaml and returns the formatted problems with the directory prefix removed. */
    private List<String> problems(String yaml) throws IOException {
        return problems(write("s.yaml", yaml), Map.of());
    }

    private List<String> problems(Path file, Map<String, Object> overrides) {
        ConfigException e = assertThrows(ConfigException.class, () -> ScenarioLoader.load(file, overrides));
        return e.problems().stream().map(p -> p.format().replace(dir.toString() + java.io.File.separator, "")).toList();
    }

    private static void assertOnly(String expected, List<String> actual) {
        assertEquals(List.of(expected), actual);
    }

    @Test
    void aPreparedBaseBuildsTheSameScenariosAndProblemsAsLoadingTheFile() throws Exception {
        Path lijin = Path.of("scenarios/quick-county.yaml"); // extends lijin-baseline.yaml
        ScenarioLoader.Base base = ScenarioLoader.prepare(lijin);
        for (Map<String, Object> overrides : List.of(Map.<String, Object>of(),
                Map.<String, Object>of("residents.volunteer_hours_per_year", 35.5, "communities[1].staff", 3),
                Map.<String, Object>of("mechanisms.joint_building.enabled", true), Map.<String, Object>of())) {
            assertEquals(ScenarioLoader.load(lijin, overrides), base.load(overrides), overrides::toString);
        }
        assertEquals(ScenarioLoader.load(lijin, Map.of("residents.youth_share", 0.3)),
                base.load(Map.of("residents.youth_share", 0.3)));
        Map<String, Object> bad = Map.of("residents.youth_share", 0.9, "network.degre", 4);
        ConfigException fromFile = assertThrows(ConfigException.class, () -> ScenarioLoader.load(lijin, bad));
        ConfigException fromBase = assertThrows(ConfigException.class, () -> base.load(bad));
        assertEquals(fromFile.problems(), fromBase.problems());
        assertFalse(fromBase.problems().isEmpty());
    }

    @Test
    void stringWhereNumberIsRejected() throws IOException {
        assertOnly("s.yaml:1:7 days: must be a whole number (got 'many')", problems("days: many\n" + ONE_COMMUNITY));
    }

    @Test
    void booleanWhereNumberIsRejected() throws IOException {
        assertOnly("s.yaml:5:23 residents.party_member_share: must be a number (got true)",
                problems(ONE_COMMUNITY + "residents:\n  youth_share: 0.2\n  party_member_share: true\n"));
    }

    @Test
    void fractionWhereWholeNumberIsRejectedButIntegerWhereNumberIsAccepted() throws Exception {
        assertOnly("s.yaml:3:56 communities[0].staff: must be a whole number (got 3.5)", problems("""
                days: 10
                communities:
                  - {name: a, type: old-urban, households: 100, staff: 3.5, venue_m2: 200}
                """));
        Scenario s = ScenarioLoader.load(write("ok.yaml", ONE_COMMUNITY + "residents: {party_member_share: 0}\n"));
        assertEquals(0.0, s.residents().partyMemberShare());
    }

    @Test
    void unknownKeySuggestsTheClosestAllowedKey() throws IOException {
        assertOnly("s.yaml:4:3 mechanisms.jiont_building: unknown key (did you mean 'joint_building'?)",
                problems(ONE_COMMUNITY + "mechanisms:\n  jiont_building: {enabled: true}\n"));
    }

    @Test
    void duplicateKeyIsReportedWithBothLines() throws IOException {
        assertOnly("s.yaml:4:1 days: duplicate key (first given at line 3)", problems(ONE_COMMUNITY + "days: 5\ndays: 6\n"));
    }

    @Test
    void missingRequiredKeyPointsAtTheMapping() throws IOException {
        assertOnly("s.yaml:2:5 communities[0].households: required key is missing",
                problems("communities:\n  - {name: a, type: relocated}\n"));
        assertEquals(List.of("s.yaml:1:1 communities: required key is missing",
                "s.yaml:1:1 extends: not given, and the file lists no communities: a scenario that states only what"
                        + " differs from a base needs 'extends: BASE.yaml' (for example 'extends: lijin-baseline.yaml'),"
                        + " a path relative to this file"), problems("days: 5\n"));
    }

    @Test
    void aVariantWithoutExtendsIsToldToExtendItsBase() throws IOException {
        List<String> found = problems("name: jb-only\nmechanisms: {joint_building: {enabled: true}}\n");
        assertTrue(found.stream().anyMatch(p -> p.startsWith("s.yaml:1:1 extends: not given")
                && p.contains("extends: lijin-baseline.yaml")), found::toString);
        write("base.yaml", "days: 5\n");
        assertTrue(problems("extends: base.yaml\n").stream().noneMatch(p -> p.contains("extends: not given")),
                "a file with extends gets no hint to add it");
    }

    @Test
    void anExperimentFileIsToldToUseSweep() throws IOException {
        List<String> found = problems("name: e\nbase: base.yaml\nvariants:\n  - name: a\nreplications: 3\n");
        assertOnly("s.yaml:2:1 this is an experiment file, not a scenario (it has 'base', 'variants',"
                + " 'replications'): run it with 'cogov sweep s.yaml'", found);
    }

    @Test
    void notANumberAndInfinityAreRejected() throws IOException {
        assertEquals(List.of("s.yaml:4:21 network.degree: must be a finite number (got .nan)",
                "s.yaml:5:21 network.rewire: must be a finite number (got .inf)"),
                problems(ONE_COMMUNITY + "network:\n  degree:           .nan\n  rewire:           .inf\n"));
    }

    @Test
    void negativeCountIsRejected() throws IOException {
        assertOnly("s.yaml:2:71 communities[0].relocated_households: must not be negative (got -3)",
                problems("communities:\n  - {name: a, type: old-urban, households: 100, relocated_households: -3}\n"));
    }

    @Test
    void shareOutsideZeroOneIsRejected() throws IOException {
        assertOnly("s.yaml:4:24 residents.migrant_share: must be a share between 0 and 1 (got 1.5)",
                problems(ONE_COMMUNITY + "residents:\n  migrant_share:       1.5\n"));
    }

    @Test
    void valueOutOfRangeNamesTheRange() throws IOException {
        assertOnly("s.yaml:1:7 days: must be between 1 and 100000 (got 0)", problems("days: 0\n" + ONE_COMMUNITY));
        assertOnly("s.yaml:3:28 service.time_limit_days: must be greater than 0 and at most 365 (got 0)",
                problems(ONE_COMMUNITY + "service: {time_limit_days: 0}\n"));
    }

    @Test
    void badEnumValueListsTheAllowedOnes() throws IOException {
        assertOnly("s.yaml:2:21 communities[0].type: must be one of old-urban, commodity-housing, relocated (got 'suburb')",
                problems("communities:\n  - {name: a, type: suburb, households: 100}\n"));
    }

    @Test
    void distributionProblemsAreReported() throws IOException {
        List<String> got = problems(ONE_COMMUNITY + """
                residents:
                  threshold: {distribution: gaussian, mean: 0.3}
                  awareness: {distribution: normal, mean: 0.3}
                  trust: {distribution: normal, mean: 0.3, sd: -1}
                  satisfaction: {distribution: uniform, lower: 0, uper: 1}
                """);
        assertEquals(List.of(
                "s.yaml:4:29 residents.threshold.distribution: unknown distribution"
                        + " (allowed: constant, normal, uniform, beta, lognormal, gamma, exponential, triangular, logistic)"
                        + " (got 'gaussian')",
                "s.yaml:5:14 residents.awareness.sd: normal needs parameter 'sd' (normal(mean, sd))",
                "s.yaml:6:48 residents.trust.sd: must be greater than 0 (got -1)",
                "s.yaml:7:17 residents.satisfaction.upper: uniform needs parameter 'upper' (uniform(lower, upper))",
                "s.yaml:7:51 residents.satisfaction.uper: unknown parameter for uniform (did you mean 'upper'?)"), got);
    }

    @Test
    void explicitThresholdValuesMustBeShares() throws IOException {
        assertOnly("s.yaml:4:25 residents.threshold.values[2]: must be between 0 and 1 (got 1.2)",
                problems(ONE_COMMUNITY + "residents:\n  threshold: [0.1, 0.5, 1.2]\n"));
    }

    @Test
    void categorySharesMustSumToOne() throws IOException {
        assertOnly("s.yaml:5:5 needs.categories: shares must sum to 1 (got 0.9)", problems(ONE_COMMUNITY + """
                needs:
                  categories:
                    - {name: care, share: 0.5, effort_hours: 2}
                    - {name: repair, share: 0.4, effort_hours: 3}
                """));
    }

    @Test
    void youthPlusElderlyMustNotExceedOne() throws IOException {
        assertOnly("s.yaml:3:46 residents.elderly_share: youth_share + elderly_share must not exceed 1 (got 0.6 + 0.5)",
                problems(ONE_COMMUNITY + "residents: {youth_share: 0.6, elderly_share: 0.5}\n"));
    }

    @Test
    void relocatedHouseholdsMustNotExceedHouseholds() throws IOException {
        assertOnly("s.yaml:2:71 communities[0].relocated_households: must not exceed households (100) (got 150)",
                problems("communities:\n  - {name: a, type: relocated, households: 100, relocated_households: 150}\n"));
    }

    @Test
    void duplicateCommunityNamesAreRejected() throws IOException {
        assertOnly("s.yaml:3:12 communities[1].name: duplicate community name (got 'a')", problems("""
                communities:
                  - {name: a, type: old-urban, households: 100}
                  - {name: a, type: relocated, households: 100}
                """));
    }

    @Test
    void emptyCommunitiesListIsRejected() throws IOException {
        assertOnly("s.yaml:1:14 communities: must have at least 1 entry (got an empty list)", problems("communities: []\n"));
    }

    @Test
    void missingFileIsReported() {
        Path missing = dir.resolve("nope.yaml");
        assertOnly("nope.yaml file not found: nope.yaml", problems(missing, Map.of()));
    }

    @Test
    void malformedYamlCarriesTheParserMark() throws IOException {
        List<String> got = problems("days: 5\ncommunities: [\n  {name: a\n");
        assertEquals(1, got.size());
        assertTrue(got.get(0).startsWith("s.yaml:4:1 malformed YAML: "), got.get(0));
    }

    @Test
    void aliasBombIsRejectedWithOwnWording() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String prev = String.valueOf((char) (c - 1));
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + prev + ", ").repeat(8)).append('*')
                    .append(prev).append("]\n");
        }
        assertOnly("s.yaml too many aliases: more than 50 references to anchored lists or mappings"
                + " (rejected as a possible alias bomb)", problems(bomb.toString()));
    }

    @Test
    void typeTagsAreRejected() throws IOException {
        List<String> got = problems("description: !!javax.script.ScriptEngineManager [x]\n" + ONE_COMMUNITY);
        assertEquals(1, got.size());
        assertTrue(got.get(0).startsWith("s.yaml:1:14 "), got.get(0));
        List<String> set = problems("description: !!set {a, b}\n" + ONE_COMMUNITY);
        assertOnly("s.yaml:1:14 description: type tags are not allowed (got tag:yaml.org,2002:set)", set);
    }

    @Test
    void everyProblemInAFileIsReportedTogether() throws IOException {
        List<String> got = problems("""
                name: bad name
                days: -1
                communities:
                  - {name: a, type: old-urban, households: 0, staf: 3}
                network: {kind: ring}
                participation: {permanent: maybe}
                """);
        assertEquals(List.of(
                "s.yaml:1:7 name: must be letters, digits, '.', '_' or '-' only (got 'bad name')",
                "s.yaml:2:7 days: must be between 1 and 100000 (got -1)",
                "s.yaml:4:44 communities[0].households: must be between 1 and 2000000 (got 0)",
                "s.yaml:4:47 communities[0].staf: unknown key (did you mean 'staff'?)",
                "s.yaml:5:17 network.kind: must be one of well-mixed, small-world, erdos-renyi (got 'ring')",
                "s.yaml:6:28 participation.permanent: must be true or false (got 'maybe')"), got);
    }

    @Test
    void defaultsAreFilledAndNameComesFromTheFile() throws Exception {
        Scenario s = ScenarioLoader.load(write("my-base.yaml", ONE_COMMUNITY));
        assertEquals("my-base", s.name());
        assertEquals(730, s.days());
        assertEquals(1L, s.seed());
        assertEquals(DistributionSpec.normal(0.35, 0.12), s.residents().threshold());
        assertEquals(new StateOffsets(-0.05, -0.08, -0.04, 0.05), s.residents().effectOf(CommunityType.RELOCATED));
        assertEquals(6, s.needs().categories().size());
        assertEquals(new NeedCategory("property_repair", 0.20, 4.0, 0.20), s.needs().categories().get(2));
        assertEquals(NetworkKind.SMALL_WORLD, s.network().kind());
        assertEquals(350.0, s.mechanisms().fullTimeStaff().householdsPerWorker());
        assertFalse(s.mechanisms().jointBuilding().enabled());
        CommunitySpec c = s.communities().get(0);
        assertEquals(new CommunitySpec("a", CommunityType.OLD_URBAN, 100, 0, 4, 5, 4, 150.0, 40_000.0), c);
    }

    @Test
    void extendsMergesMapsKeepsBaseValuesAndReplacesLists() throws Exception {
        write("base.yaml", """
                name: base
                description: the base
                days: 365
                communities:
                  - {name: a, type: old-urban, households: 100}
                  - {name: b, type: relocated, households: 200}
                residents:
                  threshold: {distribution: normal, mean: 0.3, sd: 0.1}
                  party_member_share: 0.12
                mechanisms:
                  joint_building: {enabled: false, units_per_community: 7}
                """);
        Scenario v = ScenarioLoader.load(write("variant.yaml", """
                extends: base.yaml
                mechanisms: {joint_building: {enabled: true}}
                residents: {threshold: {mean: 0.4}}
                communities:
                  - {name: c, type: commodity-housing, households: 50}
                """));
        assertEquals("variant", v.name());
        assertEquals("the base", v.description());
        assertEquals(365, v.days());
        assertTrue(v.mechanisms().jointBuilding().enabled());
        assertEquals(7, v.mechanisms().jointBuilding().unitsPerCommunity());
        assertEquals(0.12, v.residents().partyMemberShare());
        assertEquals(DistributionSpec.normal(0.4, 0.1), v.residents().threshold());
        assertEquals(List.of("c"), v.communities().stream().map(CommunitySpec::name).toList());
    }

    @Test
    void aDistributionThatNamesItsKindReplacesTheBaseOne() throws Exception {
        write("base.yaml", ONE_COMMUNITY + "residents: {threshold: {distribution: normal, mean: 0.3, sd: 0.1}}\n");
        Scenario v = ScenarioLoader.load(write("v.yaml",
                "extends: base.yaml\nresidents: {threshold: {distribution: uniform, lower: 0, upper: 1}}\n"));
        assertEquals(new DistributionSpec("uniform", Map.of("lower", 0.0, "upper", 1.0), List.of()),
                v.residents().threshold());
    }

    @Test
    void extendsChainsAndReportsProblemsInTheFileThatHoldsThem() throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        write("lib/root.yaml", ONE_COMMUNITY + "days: 100\nseed: 7\nnetwork: {degree: 900}\n");
        write("lib/mid.yaml", "extends: root.yaml\ndays: 200\n");
        Path top = write("top.yaml", "extends: lib/mid.yaml\nseed: 9\n");
        assertOnly("lib/root.yaml:5:19 network.degree: must be between 0 and 500 (got 900)", problems(top, Map.of()));
        write("lib/root.yaml", ONE_COMMUNITY + "days: 100\nseed: 7\n");
        Scenario s = ScenarioLoader.load(top);
        assertEquals(200, s.days());
        assertEquals(9L, s.seed());
        assertEquals("top", s.name());
    }

    @Test
    void extendsCycleNamesTheChain() throws IOException {
        write("a.yaml", "extends: b.yaml\n" + ONE_COMMUNITY);
        write("b.yaml", "extends: c.yaml\n");
        write("c.yaml", "days: 5\nextends: a.yaml\n");
        assertOnly("c.yaml:2:10 extends: extends cycle: a.yaml -> b.yaml -> c.yaml -> a.yaml",
                problems(dir.resolve("a.yaml"), Map.of()));
    }

    @Test
    void missingBaseNamesTheChain() throws IOException {
        write("a.yaml", "extends: b.yaml\n");
        write("b.yaml", "extends: gone.yaml\n");
        assertOnly("b.yaml:1:10 extends: file not found: gone.yaml (extends chain: a.yaml -> b.yaml -> gone.yaml)",
                problems(dir.resolve("a.yaml"), Map.of()));
    }

    @Test
    void overridesApplyToTheMergedTree() throws Exception {
        write("base.yaml", ONE_COMMUNITY);
        Path v = write("v.yaml", "extends: base.yaml\ndays: 50\n");
        Map<String, Object> overrides = new LinkedHashMap<>();
        overrides.put("mechanisms.joint_building.enabled", true);
        overrides.put("days", 80);
        overrides.put("communities[0].staff", 9);
        overrides.put("residents.threshold", Map.of("distribution", "constant", "value", 0.25));
        overrides.put("network.degree", "12");
        overrides.put("residents.threshold.value", 0.5);
        Scenario s = ScenarioLoader.load(v, overrides);
        assertTrue(s.mechanisms().jointBuilding().enabled());
        assertEquals(80, s.days());
        assertEquals(9, s.communities().get(0).staff());
        assertEquals(12.0, s.network().degree());
        assertEquals(new DistributionSpec("constant", Map.of("value", 0.5), List.of()), s.residents().threshold());
    }

    @Test
    void overrideProblemsAreLabelledOverride() throws IOException {
        Path file = write("s.yaml", ONE_COMMUNITY);
        assertOnly("<override> mechanisms.joint_building.enabeld: unknown key 'enabeld' (did you mean 'enabled'?)",
                problems(file, Map.of("mechanisms.joint_building.enabeld", true)));
        assertOnly("<override> communities[3].staff: index 3 is out of range ('communities' has 1 entries)",
                problems(file, Map.of("communities[3].staff", 2)));
        assertOnly("<override> days: must be a whole number (got 2.5)", problems(file, Map.of("days", 2.5)));
    }

    @Test
    void resolvedYamlLoadsBackToAnEqualScenario() throws Exception {
        Path file = write("full.yaml", """
                name: full.test_1
                description: "quotes \\" and backslash \\\\ and: colon"
                days: 123
                seed: -9007199254740993
                communities:
                  - {name: "x: y", type: commodity-housing, households: 1000, relocated_households: 10, grids: 3,
                     staff: 2, grid_workers: 0, venue_m2: 0.1, budget_yuan: 1e-7}
                  - {name: z, type: relocated, households: 7}
                residents:
                  threshold: [0.0, 0.1, 0.30000000000000004, 1]
                  awareness: {distribution: beta, alpha: 2, beta: 3.5}
                  trust: {distribution: triangular, lower: 0, mode: 0.2, upper: 0.9}
                  satisfaction: {distribution: logistic, mu: 0.5, s: 0.05}
                  party_member_share: 0.123456789012345
                  type_effects: {relocated: {trust: -0.2}}
                network: {kind: erdos-renyi, degree: 4}
                participation: {permanent: true, initial_count: 1, awareness_weight: 0, trust_weight: 0}
                needs:
                  effort_distribution: constant
                  categories:
                    - {name: only, share: 1, effort_hours: 1.5, department_share: 0.5}
                mechanisms:
                  full_time_staff: {enabled: true, households_per_worker: 300}
                  input_guarantee: {enabled: true, yuan_per_1000_households: 123456.789}
                """);
        Scenario original = ScenarioLoader.load(file);
        assertEquals(List.of(0.0, 0.1, 0.30000000000000004, 1.0), original.residents().threshold().values());
        String yaml = ScenarioLoader.toResolvedYaml(original);
        Scenario again = ScenarioLoader.parse(yaml, "resolved.yaml", dir);
        assertEquals(original, again);
        assertEquals(yaml, ScenarioLoader.toResolvedYaml(again));
        assertTrue(yaml.startsWith("# "));
        assertTrue(yaml.contains("\nseed: -9007199254740993\n"));
    }

    @Test
    void sharedSmallScenarioIsValid() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("src/test/resources/scenarios/small.yaml"));
        assertEquals(2, s.communities().size());
        assertTrue(s.totalHouseholds() >= 300 && s.totalHouseholds() <= 500);
    }
}
