package cogov.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.ScenarioKeys.KeyInfo;
import cogov.config.ScenarioKeys.KeyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scenario key is one schema entry plus one record component, and its metadata is complete. */
class ScenarioKeysTest {

    @Test
    void schemaKeysAndRecordComponentsAgree() {
        assertEquals(List.of(), RecordBinding.mismatches(Scenario.class, ScenarioSchema.SCENARIO));
    }

    record Pair(int first, double secondValue) {
    }

    @Test
    void aMissingRenamedOrMistypedComponentIsReported() {
        Schema.ObjectType extra = Schema.object(Schema.intKey("first", 1), Schema.doubleKey("second_value", 2),
                Schema.doubleKey("third", 3));
        assertEquals(List.of("Pair: schema key third has no record component third"), RecordBinding.mismatches(Pair.class, extra));
        Schema.ObjectType renamed = Schema.object(Schema.intKey("first", 1), Schema.doubleKey("second", 2));
        assertEquals(List.of("Pair.secondValue has no schema key", "Pair: schema key second has no record component second"),
                RecordBinding.mismatches(Pair.class, renamed));
        Schema.ObjectType mistyped = Schema.object(Schema.doubleKey("first", 1), Schema.doubleKey("second_value", 2));
        assertTrue(RecordBinding.mismatches(Pair.class, mistyped).get(0).contains("cannot hold schema kind DOUBLE"));
    }

    @Test
    void bindingRoundTripsNestedRecordsListsAndEnums() throws ConfigException {
        Scenario s = ScenarioLoader.parse("""
                name: t
                communities:
                  - {name: A, type: relocated, households: 10, budget_yuan: 5}
                residents:
                  type_effects: {commodity_housing: {trust: -0.25}}
                  age_effects: {elderly: {threshold: 0.125}}
                participation:
                  availability: {youth: 0.5}
                network: {kind: well-mixed}
                """, "t.yaml", java.nio.file.Path.of("."));
        assertEquals(CommunityType.RELOCATED, s.communities().get(0).type());
        assertEquals(5.0, s.communities().get(0).budgetYuan());
        assertEquals(-0.25, s.residents().effectOf(CommunityType.COMMODITY_HOUSING).trust());
        assertEquals(0.125, s.residents().ageEffects().elderly().threshold());
        assertEquals(0.5, s.participation().availability().youth());
        assertEquals(NetworkKind.WELL_MIXED, s.network().kind());
        Map<String, Object> values = ScenarioBinder.unbind(s);
        assertEquals(s, ScenarioBinder.bind(values));
        assertEquals("well-mixed", ((Map<?, ?>) values.get("network")).get("kind"));
    }

    @Test
    void everyAssumedNumericKeyHasAPlausibleUncertaintyRangeAndAReason() {
        List<String> missing = new ArrayList<>();
        for (KeyInfo k : ScenarioKeys.all()) {
            boolean needs = k.assumption() && k.isNumeric();
            if (needs && k.uncertainty() == null) {
                missing.add(k.path());
            }
            if (!needs) {
                assertNull(k.uncertainty(), k.path() + " is not an assumed number, so it takes no uncertainty range");
                continue;
            }
            if (k.uncertainty() == null) {
                continue;
            }
            double def = ((Number) k.defaultValue()).doubleValue();
            Uncertainty u = k.uncertainty();
            assertTrue(u.lo() <= def && def <= u.hi(), k.path() + ": default " + def + " outside " + u);
            assertTrue(u.lo() < u.hi(), k.path() + ": empty range " + u);
            assertTrue(u.lo() >= k.min() && u.hi() <= k.max(), k.path() + ": " + u + " outside the allowed range");
            assertFalse(u.reason().isBlank(), k.path() + " needs a reason");
        }
        assertEquals(List.of(), missing, "assumed keys without an uncertainty range");
    }

    @Test
    void everyAssumedDistributionDeclaresARangeForEachParameterOfItsDefault() {
        List<String> missing = new ArrayList<>();
        for (KeyInfo k : ScenarioKeys.all()) {
            if (k.kind() != KeyKind.DISTRIBUTION || !k.assumption()) {
                continue;
            }
            DistributionSpec d = (DistributionSpec) k.defaultValue();
            for (Map.Entry<String, Double> parameter : d.parameters().entrySet()) {
                String path = k.path() + "." + parameter.getKey();
                KeyInfo p = ScenarioKeys.find(path).orElse(null);
                if (p == null || p.uncertainty() == null) {
                    missing.add(path);
                    continue;
                }
                Uncertainty u = p.uncertainty();
                assertEquals(KeyKind.NUMBER, p.kind(), path);
                assertTrue(u.lo() <= parameter.getValue() && parameter.getValue() <= u.hi(),
                        path + ": default " + parameter.getValue() + " outside " + u);
                assertTrue(u.lo() < u.hi() && u.lo() >= p.min() && u.hi() <= p.max(), path + ": " + u);
                assertFalse(u.reason().isBlank(), path + " needs a reason");
                assertTrue(ScenarioKeys.distributionParameters().contains(p), path + " is listed as a distribution's parameter");
                assertFalse(ScenarioKeys.all().contains(p), path + " is not a key of its own in the file");
            }
        }
        assertEquals(List.of(), missing, "assumed distributions without a range for a parameter");
        assertTrue(ScenarioKeys.find("residents.threshold.mean").isPresent());
    }

    /** Every key's uncertainty declaration, over the whole schema (list items included). */
    private static List<String> uncertaintyProblems(Schema.ObjectType type, String prefix) {
        List<String> problems = new ArrayList<>();
        for (Schema.Field f : type.fields()) {
            String path = prefix.isEmpty() ? f.key() : prefix + "." + f.key();
            problems.addAll(f.uncertaintyProblems(path));
            if (f.object() != null) {
                problems.addAll(uncertaintyProblems(f.object(), f.kind() == Schema.Kind.LIST ? path + "[]" : path));
            }
        }
        return problems;
    }

    @Test
    void everyAssumptionDeclaresHowItMightDifferAndNoSwitchDoes() {
        assertEquals(List.of(), uncertaintyProblems(ScenarioSchema.SCENARIO, ""));
        for (KeyInfo k : ScenarioKeys.all()) {
            boolean structural = k.assumption() && (k.kind() == KeyKind.BOOLEAN || k.kind() == KeyKind.CHOICE);
            assertEquals(structural, k.alternatives() != null, k.path() + ": alternatives exactly for structural assumptions");
            if (k.role() == ScenarioKeys.KeyRole.SWITCH) {
                assertNull(k.uncertainty(), k.path());
                assertFalse(k.assumption(), k.path());
            }
        }
        assertEquals(ScenarioKeys.all().stream().filter(k -> k.alternatives() != null).toList(),
                ScenarioKeys.structuralAssumptions());
    }

    @Test
    void theDeclarationCheckFailsForAMissingRangeOrAlternativesAndForASwitchThatClaimsOne() {
        Schema.ObjectType bad = Schema.object(
                Schema.doubleKey("rate", 0.1),
                Schema.boolKey("permanent", true),
                Schema.enumKey("kind", "a", List.of("a", "b", "c")).alternatives("b or c", "b", "c"),
                Schema.enumKey("shape", "a", List.of("a", "b")).alternatives("", "a", "x"),
                Schema.boolKey("enabled", false).configSwitch().alternatives("claimed", true, false),
                Schema.doubleKey("gain", 1).configSwitch().unc(0, 2, "claimed"),
                Schema.distKey("spread", DistributionSpec.normal(0.5, 0.1)).paramUnc("mean", 0.3, 0.7, "only the mean"),
                Schema.doubleKey("hours", 2).unc(1, 3, "ok").alternatives("not for numbers", 1, 3),
                Schema.boolKey("stagger", true).src("a published source").alternatives("claimed", true, false));
        assertEquals(List.of(
                "rate is an assumed number without an uncertainty range (unc)",
                "permanent is an assumed true/false key without its plausible alternatives (alternatives), or a switch"
                        + " not declared as one (configSwitch)",
                "kind: alternatives [b, c] leave out the default a",
                "shape: alternatives [a, x] are not all allowed values [a, b]",
                "shape: alternatives need a reason",
                "enabled is a switch, so it declares no uncertainty range or alternatives",
                "gain is a switch, so it declares no uncertainty range or alternatives",
                "spread.sd is an assumed distribution's parameter without an uncertainty range (paramUnc)",
                "hours is a number, so it takes an uncertainty range, not alternatives",
                "stagger is not an assumption, so it declares no uncertainty range or alternatives"),
                uncertaintyProblems(bad, ""));
    }

    @Test
    void switchesAndStructuralAssumptionsAreToldApart() {
        KeyInfo network = ScenarioKeys.find("network.kind").orElseThrow();
        assertEquals(ScenarioKeys.KeyRole.ASSUMPTION, network.role());
        assertEquals(List.of("small-world", "erdos-renyi"), network.alternatives().values());
        assertEquals(List.of(true, false), ScenarioKeys.find("events.capacity_limited").orElseThrow().alternatives().values());
        for (String path : List.of("mechanisms.joint_building.enabled", "activities.enabled", "election.enabled",
                "feedback.satisfaction_model", "participation.permanent")) {
            KeyInfo k = ScenarioKeys.find(path).orElseThrow();
            assertEquals(ScenarioKeys.KeyRole.SWITCH, k.role(), path);
            assertNull(k.alternatives(), path);
        }
        assertEquals(ScenarioKeys.KeyRole.SETTING, ScenarioKeys.find("days").orElseThrow().role());
        assertEquals(ScenarioKeys.KeyRole.SOURCED, ScenarioKeys.find("communities[].staff").orElseThrow().role());
        assertEquals(ScenarioKeys.KeyRole.INPUT, ScenarioKeys.find("communities[].households").orElseThrow().role());
        assertTrue(ScenarioKeys.parameters().stream().allMatch(KeyInfo::isNumeric),
                "all-assumptions designs sample numbers only");
    }

    @Test
    void leafKeysCarryTheirMetadata() {
        KeyInfo staff = ScenarioKeys.find("communities[].staff").orElseThrow();
        assertEquals(KeyKind.INTEGER, staff.kind());
        assertEquals(5, staff.defaultValue());
        assertFalse(staff.assumption());
        KeyInfo kind = ScenarioKeys.find("network.kind").orElseThrow();
        assertEquals(List.of("well-mixed", "small-world", "erdos-renyi"), kind.choices());
        KeyInfo weight = ScenarioKeys.find("participation.trust_weight").orElseThrow();
        assertTrue(weight.assumption());
        assertEquals(0.15, weight.defaultValue());
        assertTrue(ScenarioKeys.parameters().contains(weight));
        assertTrue(ScenarioKeys.find("extends").isEmpty());
        assertTrue(ScenarioKeys.find("days").orElseThrow().uncertainty() == null);
    }
}
