package cogov.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Dependencies point one way (STYLE.md): cli -> experiment/gui/output -> metrics/mechanism -> model -> config.
 * The model must stay independent of CLI, YAML, charts and displays. {@code cogov.analysis} (sensitivity
 * and robustness estimators on plain arrays) and {@code cogov.calibration} (the ABC-SMC engine) are leaves
 * beside them: they use no other cogov package, and only experiment, output and cli use them.
 */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cogov");

    @Test
    void modelImportsNoCliYamlChartsOrDisplay() {
        noClasses().that().resideInAPackage("cogov.model..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.yaml..", "org.jfree..",
                        "sim.display..", "sim.portrayal..", "java.awt..", "javax.swing..")
                .check(CLASSES);
    }

    @Test
    void guiDoesNotImportExperiment() {
        noClasses().that().resideInAPackage("cogov.gui..")
                .should().dependOnClassesThat().resideInAPackage("cogov.experiment..")
                .because("the GUI builds its model through the composition root, cogov.mechanism.CountyModels")
                .check(CLASSES);
    }

    @Test
    void modelDrawsOnlyFromItsOwnSeededStreams() {
        noClasses().that().resideInAnyPackage("cogov.model..", "cogov.mechanism..")
                .should().dependOnClassesThat().areAssignableTo(java.util.Random.class)
                .because("every draw comes from one of the model's seeded MersenneTwisterFast streams (RandomStream)")
                .check(CLASSES);
    }

    @Test
    void modelDependsOnConfigOnly() {
        noClasses().that().resideInAPackage("cogov.model..")
                .should().dependOnClassesThat().resideInAnyPackage("cogov.mechanism..", "cogov.metrics..",
                        "cogov.experiment..", "cogov.output..", "cogov.gui..", "cogov.cli..")
                .check(CLASSES);
    }

    @Test
    void onlyConfigTouchesSnakeYaml() {
        noClasses().that().resideOutsideOfPackage("cogov.config..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yaml..")
                .check(CLASSES);
    }

    @Test
    void onlyCliTouchesPicocli() {
        noClasses().that().resideOutsideOfPackage("cogov.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .check(CLASSES);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("cogov.config..")
                .should().dependOnClassesThat().resideInAnyPackage("cogov.model..", "cogov.mechanism..",
                        "cogov.metrics..", "cogov.experiment..", "cogov.output..", "cogov.gui..", "cogov.cli..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("cogov.mechanism..", "cogov.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("cogov.experiment..", "cogov.output..",
                        "cogov.gui..", "cogov.cli..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("cogov.experiment..", "cogov.output..")
                .should().dependOnClassesThat().resideInAnyPackage("cogov.gui..", "cogov.cli..")
                .check(CLASSES);
    }

    @Test
    void analysisIsALeafUsedOnlyByExperimentOutputAndCli() {
        noClasses().that().resideInAPackage("cogov.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("cogov.config..", "cogov.model..",
                        "cogov.mechanism..", "cogov.metrics..", "cogov.experiment..", "cogov.output..",
                        "cogov.gui..", "cogov.cli..", "sim..", "ec..", "org.jfree..", "java.awt..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("cogov.config..", "cogov.model..", "cogov.mechanism..",
                        "cogov.metrics..", "cogov.gui..")
                .should().dependOnClassesThat().resideInAPackage("cogov.analysis..")
                .check(CLASSES);
    }

    @Test
    void calibrationEngineKnowsNoOtherCogovPackage() {
        noClasses().that().resideInAPackage("cogov.calibration..")
                .should().dependOnClassesThat().resideInAnyPackage("cogov.config..", "cogov.model..",
                        "cogov.mechanism..", "cogov.metrics..", "cogov.experiment..", "cogov.output..", "cogov.gui..",
                        "cogov.cli..", "org.yaml..", "picocli..", "org.jfree..", "sim..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("cogov.config..", "cogov.model..", "cogov.mechanism..",
                        "cogov.metrics..", "cogov.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("cogov.calibration..")
                .check(CLASSES);
    }
}
