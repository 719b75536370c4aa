package cogov.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the cogov command line in-process with captured output. */
final class CliHarness {

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private CliHarness() {
    }

    /** Plain {@code new CommandLine(main)}: cogov must behave even without the handlers of {@link Main#commandLine}. */
    static Result plain(Main main, String... args) {
        return execute(new CommandLine(main), args);
    }

    /** The command line as {@link Main#main} builds it. */
    static Result real(Main main, String... args) {
        return execute(Main.commandLine(main), args);
    }

    private static Result execute(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
