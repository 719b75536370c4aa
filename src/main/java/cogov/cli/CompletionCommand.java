package cogov.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/**
 * {@code cogov completion}: prints picocli's generated bash/zsh completion script for every cogov
 * command and option, so a shell can complete {@code cogov sw<TAB>} without a hand-kept script
 * that would drift from the commands.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a bash/zsh completion script for cogov (commands, options, file names).",
            "bash: source <(cogov completion)    zsh: autoload -U +X bashcompinit && bashcompinit; "
                + "source <(cogov completion)",
            "Completion is registered for the name 'cogov': put the launcher on PATH or alias cogov=/path/to/cogov."})
final class CompletionCommand extends CogovCommand {

    @Override
    protected int execute() {
        out().print(AutoComplete.bash("cogov", spec.root().commandLine()));
        out().flush();
        return ExitCodes.OK;
    }
}
