package cogov.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of cogov's subcommands: gives access to the root {@link Main} (global options, the engine),
 * the output streams, and reports any failure through {@link Errors} however the command line was
 * built.
 */
abstract class CogovCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The command's work; returns an exit code from {@link ExitCodes}. */
    protected abstract int execute() throws Exception;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (Exception | Error e) {
            return Errors.report(e, err(), main().debug());
        }
    }

    protected Main main() {
        return (Main) spec.root().userObject();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
