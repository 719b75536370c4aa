package cogov.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** picocli stays in {@code cogov.cli}; output writers stay free of the CLI so sweeps can reuse them. */
class PicocliConfinementTest {

    private static final JavaClasses COGOV = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cogov");

    @Test
    void onlyTheCliImportsPicocli() {
        noClasses().that().resideOutsideOfPackage("cogov.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(COGOV);
    }

    @Test
    void outputDoesNotDependOnTheCliOrTheRunner() {
        noClasses().that().resideInAPackage("cogov.output..")
                .should().dependOnClassesThat().resideInAnyPackage("cogov.cli..", "cogov.experiment..")
                .check(COGOV);
    }
}
