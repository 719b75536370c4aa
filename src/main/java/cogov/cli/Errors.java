package cogov.cli;

import cogov.config.ConfigException;
import cogov.config.ConfigProblems;
import cogov.experiment.RunFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
            err.println("cogov: output folder '" + f.getFile() + "' "
                    + (f.getReason() == null ? "exists" : f.getReason())
                    + "; name another with --out or remove it");
            code = ExitCodes.BAD_INPUT;
        } else if (cause(e, RunFile.CorruptRunFileException.class) != null) {
            err.println("cogov: " + cause(e, RunFile.CorruptRunFileException.class).getMessage()
                    + "; 'cogov sweep --resume' on its folder runs it again");
            code = ExitCodes.BAD_INPUT;
        } else if (cause(e, OutOfMemoryError.class) != null) {
            err.println("cogov: ran out of memory (Java may use at most " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB here); try fewer households or communities, fewer --threads, or give Java more memory,"
                    + " e.g. COGOV_JAVA_OPTS=-Xmx8g ./cogov ...");
            code = ExitCodes.BAD_INPUT;
        } else if (environment(e) != null) {
            err.println("cogov: " + environment(e));
            code = ExitCodes.BAD_INPUT;
        } else if (e instanceof StackOverflowError) {
            err.println("cogov: internal error: stack overflow (please report it with the input that caused it)"
                    + (debug ? "" : "; run with --debug for the stack trace"));
            code = ExitCodes.INTERNAL_ERROR;
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

    /** The first throwable of type {@code type} in {@code e}'s cause chain, or null. */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** What the operating system reports as the environment's fault, with the path when known. */
    private static final Pattern ENVIRONMENT = Pattern.compile("No space left on device|Disk quota exceeded"
            + "|Read-only file system|Input/output error|File name too long|Too many open files|Permission denied"
            + "|Not a directory|Is a directory|Stale file handle|Operation not permitted");

    /**
     * A message for an I/O failure caused by the machine rather than by cogov (a full disk, a read-only
     * or unreadable folder, a name too long for the file system): the path and the reason. Null for
     * anything else.
     */
    static String environment(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException a) {
                return "cannot use '" + a.getFile() + "': Permission denied";
            }
            if (t instanceof NoSuchFileException n) {
                return "cannot use '" + n.getFile() + "': No such file or folder"
                        + (n.getReason() == null ? "" : " (" + n.getReason() + ")");
            }
            if (t instanceof FileSystemException f && f.getReason() != null
                    && ENVIRONMENT.matcher(f.getReason()).find()) {
                return "cannot use '" + f.getFile() + "': " + f.getReason();
            }
            if (t instanceof IOException && t.getMessage() != null && ENVIRONMENT.matcher(t.getMessage()).find()) {
                String path = pathOf(e);
                return (path == null ? "" : "cannot write '" + path + "': ") + t.getMessage();
            }
        }
        return null;
    }

    /**
     * {@code e} with the folder a command was writing into named, when it is a failure of the machine
     * that names no path itself (a write that hit a full disk reports only the reason); otherwise
     * {@code e} itself, so {@link #report} says of it what it would have said.
     */
    static Exception namingFolder(Exception e, Path folder) {
        if (environment(e) != null && pathOf(e) == null && cause(e, AccessDeniedException.class) == null) {
            return new UserException("cannot write the results into '" + folder + "': " + environment(e));
        }
        return e;
    }

    /** The file named by the nearest {@link FileSystemException} in the chain, or null. */
    private static String pathOf(Throwable e) {
        FileSystemException f = cause(e, FileSystemException.class);
        return f == null ? null : f.getFile();
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
