package cogov.cli;

import cogov.config.ConfigException;
import cogov.config.ConfigProblems;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into a short message and an exit code. Stack traces reach the user only with
 * {@code --debug}: input problems are the user's to fix, and an internal error's trace helps only
 * whoever fixes cogov.
 */
final class Errors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /** Reports {@code e} on {@code err} and returns the exit code for it. */
    static int report(Throwable e, PrintWriter err, boolean debug) {
        int code;
        if (e instanceof ConfigException) {
            err.println(e.getMessage());
            code = ExitCodes.BAD_INPUT;
        } else if (e instanceof ParameterException p) {
            err.println("cogov: " + message(p));
            code = ExitCodes.BAD_INPUT;
        } else if (e instanceof UserException) {
            err.println("cogov: " + e.getMessage());
            code = ExitCodes.BAD_INPUT;
        } else if (e instanceof FileAlreadyExistsException f) {
            err.println("cogov: output folder '" + f.getFile() + "' " + f.getReason()
                    + "; name another with --out or remove it");
            code = ExitCodes.BAD_INPUT;
        } else {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println("cogov: internal error: " + message
                    + (debug ? "" : " (run with --debug for the stack trace)"));
            code = ExitCodes.INTERNAL_ERROR;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        return report(e, commandLine.getErr(), Main.debug(commandLine));
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("cogov: " + message(e));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        if (Main.debug(cmd)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /**
     * The usage error in words: a word where a command was expected is an unknown command, named with
     * the closest command (by edit distance, as for unknown YAML keys) or the list of commands.
     */
    static String message(ParameterException e) {
        CommandLine cmd = e.getCommandLine();
        if (e instanceof UnmatchedArgumentException u && !cmd.getSubcommands().isEmpty()
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            String word = u.getUnmatched().get(0);
            Set<String> commands = cmd.getSubcommands().keySet();
            String closest = null;
            int distance = Integer.MAX_VALUE;
            for (String command : commands) {
                int d = ConfigProblems.levenshtein(word.toLowerCase(Locale.ROOT), command);
                if (d < distance) {
                    closest = command;
                    distance = d;
                }
            }
            return "unknown command '" + word + "'" + (distance <= Math.max(1, word.length() / 3)
                    ? " (did you mean '" + closest + "'?)" : " (commands: " + String.join(", ", commands) + ")");
        }
        return e.getMessage();
    }
}
