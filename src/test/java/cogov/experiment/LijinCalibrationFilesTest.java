package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.CalibrationLoader;
import cogov.config.CalibrationSpec;
import cogov.config.CalibrationSpec.ParameterSpec;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.config.TargetSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped Lijin calibration: its file loads and validates against the real metric registry and the
 * baseline, and it fits what the README says it fits.
 */
class LijinCalibrationFilesTest {

    static final Path CALIBRATION = Path.of("scenarios/calibration/lijin.yaml");
    static final Path BASELINE = Path.of("scenarios/lijin-baseline.yaml");
    static final Path SHORT_BASE = Path.of("scenarios/calibration/lijin-baseline-450d.yaml");

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
                "relocated-participation-gap", "relocated-satisfaction-gap"), holdouts);
        assertTrue(spec.replications() >= 2, "one run's resolution rate varies by about the target's sd between seeds");
    }
}
