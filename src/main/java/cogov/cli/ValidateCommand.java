package cogov.cli;

import cogov.config.ConfigException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cogov validate FILE...}: checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files: prints OK or every problem found (file:line key: message).")
final class ValidateCommand extends CogovCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario YAML files.")
    List<Path> files;

    @Override
    protected int execute() {
        int exit = ExitCodes.OK;
        for (Path file : files) {
            try {
                ScenarioFiles.requireReadable(file);
                main().engine().load(file);
                out().println("OK " + file);
            } catch (UserException | ConfigException e) {
                exit = Errors.report(e, err(), main().debug());
            }
        }
        out().flush();
        return exit;
    }
}
