package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.ExperimentSpec;
import cogov.config.ExperimentSpec.Factorial;
import cogov.config.ExperimentSpec.Range;
import cogov.config.ExperimentSpec.ReferenceSpec;
import cogov.config.ExperimentSpec.Sample;
import cogov.config.ExperimentSpec.SampleMethod;
import cogov.config.ExperimentSpec.Variant;
import cogov.config.ExperimentSpec.Variants;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class DesignTest {

    private static ExperimentSpec spec(ExperimentSpec.DesignSpec design, ReferenceSpec ref) {
        return new ExperimentSpec("t", "", Path.of("t.yaml"), Path.of("b.yaml"), design, 3, 99L, 90, ref);
    }

    @Test
    void aMorrisDesignWithCandidatesUsesTheOptimisedTrajectories() {
        Map<String, Range> ranges = new LinkedHashMap<>();
        ranges.put("a", new Range(0, 1, false));
        ranges.put("b", new Range(10, 20, false));
        ranges.put("c", new Range(0.5, 0.7, false));
        Sampling random = Design.expand(spec(new ExperimentSpec.Morris(ranges, 6, 4), ReferenceSpec.FIRST)).sampling();
        Sampling optimised = Design.expand(spec(new ExperimentSpec.Morris(ranges, 6, 4, 120), ReferenceSpec.FIRST))
                .sampling();
        long seed = Seeds.forSampling(99L);
        assertArrayEquals(cogov.analysis.MorrisDesign.optimised(3, 6, 4, 120, seed).points(), optimised.morris().points());
        assertArrayEquals(cogov.analysis.MorrisDesign.generate(3, 6, 4, seed).points(), random.morris().points());
        assertTrue(optimised.morris().spread() > random.morris().spread());
        assertEquals(cogov.config.ExperimentLoader.MAX_MORRIS_CANDIDATES, cogov.analysis.MorrisDesign.MAX_CANDIDATES);
    }

    @Test
    void factorialCrossesEveryValueFirstFactorSlowest() {
        Map<String, List<Object>> f = new LinkedHashMap<>();
        f.put("a", List.of(1, 2));
        f.put("b", List.of("x", "y", "z"));
        f.put("c", List.of(true, false));
        Design d = Design.expand(spec(new Factorial(f), ReferenceSpec.FIRST));
        assertEquals(12, d.configurations().size());
        assertEquals(List.of("a", "b", "c"), d.factorKeys());
        assertEquals(Map.of("a", 1, "b", "x", "c", true), d.configurations().get(0).overrides());
        assertEquals(Map.of("a", 1, "b", "x", "c", false), d.configurations().get(1).overrides());
        assertEquals(Map.of("a", 1, "b", "y", "c", true), d.configurations().get(2).overrides());
        assertEquals(Map.of("a", 2, "b", "z", "c", false), d.configurations().get(11).overrides());
        Set<Map<String, Object>> distinct = new HashSet<>();
        d.configurations().forEach(c -> distinct.add(c.overrides()));
        assertEquals(12, distinct.size());
        assertEquals(0, d.referenceIndex());
    }

    @Test
    void fiveMechanismFactorialHas32ConfigurationsAndFindsAllOffReference() {
        Map<String, List<Object>> f = new LinkedHashMap<>();
        Map<String, Object> allOff = new LinkedHashMap<>();
        for (String m : List.of("joint_building", "regional_integration", "party_led_governance",
                "full_time_staff", "input_guarantee")) {
            f.put("mechanisms." + m + ".enabled", List.of(true, false));
            allOff.put("mechanisms." + m + ".enabled", false);
        }
        Design d = Design.expand(spec(new Factorial(f), new ReferenceSpec(null, allOff)));
        assertEquals(32, d.configurations().size());
        assertEquals(31, d.referenceIndex());
        assertTrue(d.reference().overrides().values().stream().allMatch(Boolean.FALSE::equals));
    }

    @Test
    void idsDependOnContentOnly() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", true);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", true);
        ba.put("a", 1);
        assertEquals(Configuration.idOf(ab), Configuration.idOf(ba));
        assertTrue(Configuration.idOf(ab).matches("c[0-9a-f]{10}"));
        assertNotEquals(Configuration.idOf(Map.of("a", "true")), Configuration.idOf(Map.of("a", true)));
    }

    @Test
    void variantsKeepOrderNamesAndReference() {
        Design d = Design.expand(spec(new Variants(List.of(
                new Variant("baseline", Map.of()),
                new Variant("jb", Map.of("mechanisms.joint_building.enabled", true)),
                new Variant("staff", Map.of("communities[0].staff", 9)))), new ReferenceSpec("jb", null)));
        assertEquals(3, d.configurations().size());
        assertEquals("baseline", d.configurations().get(0).name());
        assertEquals(Map.of(), d.configurations().get(0).overrides());
        assertEquals(1, d.referenceIndex());
        assertTrue(d.named());
        assertEquals(List.of("mechanisms.joint_building.enabled", "communities[0].staff"), d.factorKeys());
    }

    @Test
    void duplicateVariantsAndUnknownReferencesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Design.expand(spec(new Variants(List.of(
                new Variant("a", Map.of("x", 1)), new Variant("b", Map.of("x", 1)))), ReferenceSpec.FIRST)));
        assertThrows(IllegalArgumentException.class, () -> Design.expand(spec(new Variants(List.of(
                new Variant("a", Map.of("x", 1)))), new ReferenceSpec("nope", null))));
    }

    @Test
    void latinHypercubeHitsEveryStratumOfEveryDimensionOnce() {
        int n = 17;
        Map<String, Range> ranges = new LinkedHashMap<>();
        ranges.put("a", new Range(10, 20, false));
        ranges.put("b", new Range(-1, 1, false));
        ranges.put("c", new Range(0, 0.5, false));
        Design d = Design.expand(spec(new Sample(SampleMethod.LHS, n, ranges), ReferenceSpec.FIRST));
        assertEquals(n, d.configurations().size());
        for (Map.Entry<String, Range> e : ranges.entrySet()) {
            boolean[] hit = new boolean[n];
            for (Configuration c : d.configurations()) {
                double x = (Double) c.overrides().get(e.getKey());
                Range r = e.getValue();
                int stratum = (int) Math.floor((x - r.lo()) / (r.hi() - r.lo()) * n);
                assertTrue(stratum >= 0 && stratum < n, "in range");
                assertTrue(!hit[stratum], "stratum " + stratum + " of " + e.getKey() + " hit twice");
                hit[stratum] = true;
            }
        }
        // same master seed, same design; another seed, another design
        assertEquals(d, Design.expand(spec(new Sample(SampleMethod.LHS, n, ranges), ReferenceSpec.FIRST)));
        ExperimentSpec other = new ExperimentSpec("t", "", Path.of("t.yaml"), Path.of("b.yaml"),
                new Sample(SampleMethod.LHS, n, ranges), 3, 100L, 90, ReferenceSpec.FIRST);
        assertNotEquals(d.configurations(), Design.expand(other).configurations());
    }

    @Test
    void integerRangesGiveWholeNumbersCoveringTheRange() {
        Map<String, Range> ranges = Map.of("communities[0].staff", new Range(3, 7, true));
        Design d = Design.expand(spec(new Sample(SampleMethod.LHS, 5, ranges), ReferenceSpec.FIRST));
        Set<Object> values = new HashSet<>();
        d.configurations().forEach(c -> values.add(c.overrides().get("communities[0].staff")));
        assertEquals(Set.of(3L, 4L, 5L, 6L, 7L), values);
    }

    @Test
    void sobolPointsEqualCommonsMath() {
        Map<String, Range> ranges = new LinkedHashMap<>();
        ranges.put("a", new Range(0, 10, false));
        ranges.put("b", new Range(-2, 2, false));
        Design d = Design.expand(spec(new Sample(SampleMethod.SOBOL, 9, ranges), ReferenceSpec.FIRST));
        SobolSequenceGenerator g = new SobolSequenceGenerator(2);
        for (Configuration c : d.configurations()) {
            double[] v = g.nextVector();
            assertArrayEquals(new double[] {v[0] * 10, -2 + v[1] * 4},
                    new double[] {(Double) c.overrides().get("a"), (Double) c.overrides().get("b")}, 1e-15);
        }
    }
}
