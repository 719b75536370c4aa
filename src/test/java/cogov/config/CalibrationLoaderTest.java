package cogov.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.CalibrationSpec.ParameterSpec;
import cogov.config.CalibrationSpec.PriorKind;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationLoaderTest {

    /** A stand-in for the metric registry: two metrics, one of them county-only. */
    static final MetricCatalog CATALOG = new MetricCatalog() {
        @Override
        public Collection<String> names() {
            return List.of("participation_rate", "resolution_rate", "equity_participation_gap");
        }

        @Override
        public boolean countyOnly(String metric) {
            return metric.startsWith("equity_");
        }
    };

    @TempDir
    Path dir;

    @BeforeEach
    void baseScenario() throws IOException {
        write("base.yaml", """
                days: 60
                residents:
                  threshold: {distribution: normal, mean: 0.35, sd: 0.12}
                communities:
                  - {name: a, type: old-urban, households: 100}
                  - {name: b, type: relocated, households: 80}
                """);
    }

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    private List<String> problems(String calibration, String targets) throws IOException {
        write("t.yaml", targets);
        Path file = write("c.yaml", calibration);
        ConfigException e = assertThrows(ConfigException.class, () -> CalibrationLoader.load(file, CATALOG));
        return e.problems().stream().map(p -> p.format().replace(dir.toString() + File.separator, "")).toList();
    }

    private static final String TARGETS = """
            targets:
              - {name: p, metric: participation_rate, value: 0.4, sd: 0.05, source: a survey}
            """;

    private static final String HEAD = "base: base.yaml\ntargets: t.yaml\n";

    @Test
    void validFileGivesPriorsTargetsAndSettings() throws Exception {
        write("t.yaml", """
                targets:
                  - {name: p, metric: participation_rate, scope: {type: relocated}, value: 0.4, sd: 0.05, source: s}
                  - {name: r, metric: resolution_rate, scope: {community: a}, statistic: last, interval: [0.4, 0.6], source: s, holdout: true}
                  - {name: v, metric: turnout, status: needs-metric, value: 0.48, sd: 0.03, source: s}
                """);
        Path file = write("c.yaml", HEAD + """
                parameters:
                  residents.threshold.mean: [0.2, 0.5]
                  residents.party_member_share: {prior: normal, mean: 0.1, sd: 0.02, range: [0.05, 0.2]}
                  residents.member_invitations_per_event: [0, 4]
                particles: 50
                replications: 3
                generations: 4
                seed: 9
                """);
        CalibrationSpec spec = CalibrationLoader.load(file, CATALOG);
        assertEquals("c", spec.name());
        assertEquals(3, spec.parameters().size());
        ParameterSpec normal = spec.parameters().get(1);
        assertEquals(PriorKind.NORMAL, normal.prior());
        assertEquals(0.02, normal.sd());
        assertTrue(spec.parameters().get(2).integer());
        assertEquals(4, spec.parameters().get(2).scenarioValue(4.4));
        assertEquals(4, spec.parameters().get(2).scenarioValue(4.6), "rounded values stay in the range");
        assertEquals(0.3, spec.parameters().get(0).scenarioValue(0.3));
        assertEquals(3, spec.targets().size());
        assertEquals(2, spec.activeTargets().size());
        TargetSpec r = spec.targets().get(1);
        assertEquals(TargetSpec.ScopeKind.COMMUNITY, r.scope());
        assertEquals(0.5, r.value(), 1e-12);
        assertEquals(0.2 / TargetsLoader.INTERVAL_SDS, r.sd(), 1e-12);
        assertTrue(r.holdout());
        assertEquals(TargetSpec.Statistic.LAST, r.statistic());
        assertEquals(50, spec.particles());
        assertEquals(9, spec.seed());
    }

    @Test
    void priorOutsideTheKeysAllowedRangeIsRejectedAtItsLine() throws IOException {
        assertEquals(List.of("c.yaml:5:33 parameters.residents.party_member_share: prior range [0.5, 1.5] goes"
                        + " outside the key's allowed range (between 0 and 1)"),
                problems(HEAD + "parameters:\n  residents.threshold.mean: [0.2, 0.5]\n"
                        + "  residents.party_member_share: [0.5, 1.5]\n", TARGETS));
    }

    @Test
    void priorEndThatBreaksACrossKeyRuleIsRejected() throws IOException {
        List<String> p = problems(HEAD + "parameters:\n  residents.elderly_share: [0.3, 0.9]\n", TARGETS);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("c.yaml:4:28 parameters.residents.elderly_share: at 0.9 the base scenario is invalid"),
                p.get(0));
    }

    @Test
    void nonNumericUnknownAndListKeysAreRejected() throws IOException {
        List<String> p = problems(HEAD + """
                parameters:
                  network.kind: [1, 2]
                  residents.thresold.mean: [0.2, 0.5]
                  communities[0].staff: [2, 6]
                  residents.threshold: [0.2, 0.5]
                  days: [30.5, 60]
                """, TARGETS);
        assertEquals(List.of(
                "c.yaml:4:3 parameters.network.kind: is not a numeric scenario key (it takes one of)",
                "c.yaml:5:3 parameters.residents.thresold.mean: unknown scenario key 'thresold' (did you mean 'threshold'?)",
                "c.yaml:6:3 parameters.communities[0].staff: list entries cannot be calibrated yet: the calibrated"
                        + " scenario could not state only the fitted value of one entry (got communities[0].staff)",
                "c.yaml:7:3 parameters.residents.threshold: is a distribution: name one of its numbers, e.g."
                        + " residents.threshold.mean",
                "c.yaml:8:9 parameters.days: a whole-number key needs whole-number ends (got [30.5, 60])"), p);
    }

    @Test
    void priorRangesDefaultToTheSchemasUncertaintyRanges() throws Exception {
        write("t.yaml", TARGETS);
        Uncertainty reporting = ScenarioKeys.find("reporting.base").orElseThrow().uncertainty();
        Uncertainty productivity = ScenarioKeys.find("service.productivity").orElseThrow().uncertainty();
        Path list = write("c.yaml", HEAD + "parameters: [reporting.base, service.productivity]\n");
        CalibrationSpec spec = CalibrationLoader.load(list, CATALOG);
        assertEquals(reporting.lo(), spec.parameters().get(0).low());
        assertEquals(reporting.hi(), spec.parameters().get(0).high());
        assertEquals(productivity.hi(), spec.parameters().get(1).high());
        Path map = write("c.yaml", HEAD + "parameters:\n  reporting.base: {prior: normal, mean: 0.1, sd: 0.05}\n");
        ParameterSpec normal = CalibrationLoader.load(map, CATALOG).parameters().get(0);
        assertEquals(PriorKind.NORMAL, normal.prior());
        assertEquals(reporting.lo(), normal.low());
        assertEquals(List.of("c.yaml:4:3 parameters.residents.party_member_share.range: required key is missing: the prior's range"
                        + " [low, high] (the scenario schema gives no uncertainty range for this key)"),
                problems(HEAD + "parameters:\n  residents.party_member_share: {}\n", TARGETS));
    }

    @Test
    void distributionNumberNeedsTheDistributionStatedInTheBase() throws IOException {
        write("base.yaml", "communities:\n  - {name: a, type: old-urban, households: 100}\n");
        List<String> p = problems(HEAD + "parameters: {residents.awareness.sd: [0.05, 0.2]}\n", TARGETS);
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("c.yaml:3:38 parameters.residents.awareness.sd: at 0.05 the base scenario is"
                + " invalid: residents.awareness: a distribution needs"), p.get(0));
        assertTrue(p.get(0).endsWith("(state the whole distribution in the base scenario to fit one of its numbers)"),
                p.get(0));
    }

    @Test
    void targetsNeedKnownMetricsScopesAndAnUncertainty() throws IOException {
        List<String> p = problems(HEAD + "parameters: {residents.threshold.mean: [0.2, 0.5]}\n", """
                targets:
                  - {name: a, metric: participaton_rate, value: 0.4, sd: 0.05, source: s}
                  - {name: b, metric: participation_rate, value: 0.4, source: s}
                  - {name: c, metric: participation_rate, scope: {type: commodity-housing}, value: 0.4, sd: 0.1, source: s}
                  - {name: d, metric: participation_rate, scope: {community: z}, value: 0.4, sd: 0.1, source: s}
                  - {name: e, metric: equity_participation_gap, scope: {type: relocated}, value: 0.1, sd: 0.1, source: s}
                  - {name: f, metric: participation_rate, status: needs-metric, value: 0.4, sd: 0.1, source: s}
                  - {name: g, metric: participation_rate, value: 0.7, interval: [0.1, 0.5], source: s}
                  - {name: h, metric: participation_rate, value: 0.4, sd: 0, source: s, region: x}
                """);
        assertEquals(List.of(
                "t.yaml:2:23 targets[0].metric: unknown metric (did you mean 'participation_rate'?); a target whose"
                        + " metric the model does not report yet needs status: needs-metric (got 'participaton_rate')",
                "t.yaml:3:5 targets[1].sd: required key is missing: every target needs its uncertainty, as sd or as"
                        + " interval: [low, high] (a target without uncertainty cannot be weighed)",
                "t.yaml:4:57 targets[2].scope.type: the base scenario 'base' has no community of this type (got"
                        + " 'commodity-housing')",
                "t.yaml:5:62 targets[3].scope.community: no community of this name in the base scenario 'base'"
                        + " (did you mean 'a'?) (got 'z')",
                "t.yaml:6:56 targets[4].scope: metric equity_participation_gap is defined county-wide only; use"
                        + " scope: county (got a mapping)",
                "t.yaml:7:23 targets[5].metric: the model reports this metric now: remove status: needs-metric (got"
                        + " 'participation_rate')",
                "t.yaml:8:50 targets[6].value: lies outside its interval [0.1, 0.5] (got 0.7)",
                "t.yaml:9:59 targets[7].sd: must be greater than 0 (got 0)",
                "t.yaml:9:73 targets[7].region: unknown key (allowed: name, metric, scope, statistic, window_days,"
                        + " value, sd, interval, source, mapping, holdout, status)"), p);
    }

    @Test
    void missingFilesAndOnlyHoldoutsAreReported() throws IOException {
        assertEquals(List.of("c.yaml:2:10 targets: file not found: none.yaml (got 'none.yaml')"),
                problems("base: base.yaml\ntargets: none.yaml\nparameters: {residents.threshold.mean: [0.2, 0.5]}\n",
                        TARGETS));
        assertEquals(List.of("c.yaml:2:10 targets: no target to fit: every target is a hold-out or needs a metric"
                        + " (got 't.yaml')"),
                problems(HEAD + "parameters: {residents.threshold.mean: [0.2, 0.5]}\n", """
                        targets:
                          - {name: p, metric: participation_rate, value: 0.4, sd: 0.05, source: s, holdout: true}
                        """));
    }
}
