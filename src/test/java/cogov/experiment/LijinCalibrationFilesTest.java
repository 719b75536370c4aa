package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.calibration.WeightedStats;
import cogov.config.CalibrationLoader;
import cogov.config.CalibrationSpec;
import cogov.config.CalibrationSpec.ParameterSpec;
import cogov.config.ExperimentLoader;
import cogov.config.ExperimentSpec;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.config.TargetSpec;
import cogov.output.FolderLayout;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The shipped Lijin calibration: its file loads and validates against the real metric registry and the
 * baseline, and it fits what the README says it fits.
 */
class LijinCalibrationFilesTest {

    static final Path CALIBRATION = Path.of("scenarios/calibration/lijin.yaml");
    static final Path BASELINE = Path.of("scenarios/lijin-baseline.yaml");
    static final Path SHORT_BASE = Path.of("scenarios/calibration/lijin-baseline-450d.yaml");
    static final Path CALIBRATED = Path.of("scenarios/lijin-calibrated.yaml");
    static final Path POSTERIOR_DIR = Path.of("scenarios/calibration/lijin-posterior");

    /** The calibration's base is the baseline itself, only run for 450 days with the election on day 420. */
    @Test
    void theCalibrationBaseIsTheBaselineShortened() throws Exception {
        Scenario shortBase = ScenarioLoader.load(SHORT_BASE);
        Scenario baseline = ScenarioLoader.load(BASELINE, Map.of("days", 450, "election.first_day", 420,
                "name", shortBase.name(), "description", shortBase.description()));
        assertEquals(ScenarioLoader.toResolvedYaml(baseline), ScenarioLoader.toResolvedYaml(shortBase));
        assertTrue(ScenarioLoader.load(BASELINE).days() > shortBase.days());
    }

    @Test
    void theLijinCalibrationLoadsAndFitsTheSurveyTargetsOfTheBaseline() throws Exception {
        CalibrationSpec spec = CalibrationLoader.load(CALIBRATION, CalibrationTargets.CATALOG);
        assertEquals(SHORT_BASE.toAbsolutePath().normalize(), spec.base().toAbsolutePath().normalize());
        assertEquals(List.of("service.hours_per_staff_day", "feedback.satisfied_threshold", "election.salience"), spec.parameters().stream().map(ParameterSpec::key).toList());
        List<String> fitted = spec.activeTargets().stream().filter(t -> !t.holdout()).map(TargetSpec::name).toList();
        assertEquals(List.of("resolution-baseline", "satisfaction-baseline", "turnout-overall"), fitted);
        List<String> holdouts = spec.activeTargets().stream().filter(TargetSpec::holdout).map(TargetSpec::name).toList();
        assertEquals(List.of("turnout-youth", "turnout-elderly", "turnout-members", "willing-overall",
                "volunteers-share", "members-share", "relocated-participation-gap", "relocated-trust-gap",
                "relocated-satisfaction-gap"), holdouts);
        assertEquals(spec.targets().size(), spec.activeTargets().size(), "no target waits for its metric");
        assertTrue(spec.replications() >= 2, "one run's resolution rate varies by about the target's sd between seeds");
    }

    /**
     * The shipped calibrated scenario is the baseline plus the posterior medians of the shipped posterior,
     * nothing else; the medians are those of the shipped particles and lie inside the priors.
     */
    @Test
    void theCalibratedScenarioIsTheBaselineWithTheShippedPosteriorMedians() throws Exception {
        CalibrationSpec spec = CalibrationLoader.load(CALIBRATION, CalibrationTargets.CATALOG);
        List<String> keys = spec.parameters().stream().map(ParameterSpec::key).toList();
        Posterior posterior = Posterior.read(POSTERIOR_DIR.resolve(FolderLayout.POSTERIOR));
        assertEquals(keys, posterior.keys());
        assertEquals(spec.particles(), posterior.weights().length);

        Map<String, Object> fitted = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(POSTERIOR_DIR.resolve(FolderLayout.POSTERIOR_SUMMARY))) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(in).getRecords();
            assertEquals(keys, rows.stream().map(r -> r.get("parameter")).toList());
            for (int k = 0; k < rows.size(); k++) {
                CSVRecord row = rows.get(k);
                double[] values = new double[posterior.weights().length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = ((Number) posterior.values().get(i).get(k)).doubleValue();
                }
                double median = WeightedStats.quantile(values, posterior.weights(), 0.5);
                assertEquals(median, Double.parseDouble(row.get("median")), 1e-9, row.get("parameter"));
                double stated = Double.parseDouble(row.get("calibrated_value"));
                assertEquals(median, stated, Math.abs(median) * 1e-3, row.get("parameter"));
                ParameterSpec prior = spec.parameters().get(k);
                assertTrue(stated >= prior.low() && stated <= prior.high(), row.get("parameter"));
                fitted.put(row.get("parameter"), stated);
            }
        }
        Scenario calibrated = ScenarioLoader.load(CALIBRATED);
        Map<String, Object> overrides = new LinkedHashMap<>(fitted);
        overrides.put("name", calibrated.name());
        overrides.put("description", calibrated.description());
        assertEquals(ScenarioLoader.toResolvedYaml(ScenarioLoader.load(BASELINE, overrides)),
                ScenarioLoader.toResolvedYaml(calibrated), "the calibrated scenario states the fitted values only");
        assertNotEquals(ScenarioLoader.toResolvedYaml(ScenarioLoader.load(BASELINE, Map.of("name", calibrated.name(),
                "description", calibrated.description()))), ScenarioLoader.toResolvedYaml(calibrated));
    }

    /** The main job runs on the calibrated baseline, and a sweep can draw its base values from the shipped posterior. */
    @Test
    void theMainJobRunsOnTheCalibratedBaseline() throws Exception {
        ExperimentSpec main = ExperimentLoader.load(Path.of("scenarios/experiments/mechanisms.yaml"));
        assertEquals(CALIBRATED.toAbsolutePath().normalize(), main.base().toAbsolutePath().normalize());
    }

    /**
     * Every shipped Lijin experiment runs on the calibrated baseline, and every shipped mechanism scenario is
     * the calibrated baseline with its mechanisms on: the calibrated values, whatever the mechanisms change.
     */
    @Test
    void everyShippedLijinExperimentAndMechanismScenarioRunsOnTheCalibratedBaseline() throws Exception {
        for (String experiment : List.of("mechanisms", "pathways", "robustness", "singles")) {
            ExperimentSpec spec = ExperimentLoader.load(Path.of("scenarios/experiments/" + experiment + ".yaml"));
            assertEquals(CALIBRATED.toAbsolutePath().normalize(), spec.base().toAbsolutePath().normalize(), experiment);
        }
        Scenario calibrated = ScenarioLoader.load(CALIBRATED);
        for (String scenario : List.of("all-mechanisms", "joint-building-only", "regional-integration-only",
                "party-led-governance-only", "full-time-staff-only", "input-guarantee-only")) {
            Scenario s = ScenarioLoader.load(Path.of("scenarios/" + scenario + ".yaml"));
            assertEquals(calibrated.service().hoursPerStaffDay(), s.service().hoursPerStaffDay(), 0, scenario);
            assertEquals(calibrated.feedback().satisfiedThreshold(), s.feedback().satisfiedThreshold(), 0, scenario);
            assertEquals(calibrated.election().salience(), s.election().salience(), 0, scenario);
            assertTrue(Files.readString(Path.of("scenarios/" + scenario + ".yaml")).contains("extends: lijin-calibrated.yaml"),
                    scenario);
        }
    }

    /** The 730-day check's calibrated variant is the calibrated scenario, its other variant the hand-set baseline. */
    @Test
    void theCheckAtSevenHundredThirtyDaysComparesTheCalibratedWithTheHandSetBaseline() throws Exception {
        Path file = Path.of("scenarios/experiments/lijin-calibration-check.yaml");
        ExperimentSpec check = ExperimentLoader.load(file);
        Sweep sweep = new Sweep(check, Files.readAllBytes(file), ScenarioSource.of(check.base()), RunFunction.SIMULATION);
        List<String> resolved = sweep.scenarios().stream().map(ScenarioLoader::toResolvedYaml).toList();
        Scenario first = sweep.scenarios().get(0);
        Map<String, Object> same = Map.of("name", first.name(), "description", first.description());
        assertTrue(resolved.contains(ScenarioLoader.toResolvedYaml(ScenarioLoader.load(CALIBRATED, same))));
        assertTrue(resolved.contains(ScenarioLoader.toResolvedYaml(ScenarioLoader.load(BASELINE, same))));
        assertEquals(2, resolved.size());
    }
}
