package cogov.cli;

import cogov.output.BuildInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code cogov} command. Subcommands are registered in the one list below; each is a small class
 * in this package that delegates real work to the non-CLI packages.
 */
@Command(name = "cogov",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
        exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR,
        versionProvider = Main.Version.class,
        description = "Agent-based simulator of community co-governance.",
        subcommands = {
            RunCommand.class,
            ValidateCommand.class,
            SweepCommand.class,
            CalibrateCommand.class,
            MergeCommand.class,
            SlurmCommand.class,
            BenchCommand.class,
            ReportCommand.class,
            GuiCommand.class,
            CompletionCommand.class,
            HelpCommand.class,
        },
        footer = {"", "Examples:",
            "  cogov sweep scenarios/experiments/mechanisms.yaml      (the main job: 2^5 mechanisms x 20 seeds)",
            "  cogov run scenarios/lijin-baseline.yaml",
            "  cogov run scenarios/lijin-baseline.yaml --seed 7 --days 365 --out /tmp/try1",
            "  cogov validate scenarios/*.yaml",
            "  cogov sweep scenarios/experiments/quick.yaml --threads 2",
            "  cogov sweep scenarios/experiments/mechanisms.yaml --dry-run",
            "  cogov calibrate scenarios/calibration/quick.yaml",
            "  cogov slurm scenarios/experiments/mechanisms.yaml --tasks 8 --cpus-per-task 4 --wait",
            "  cogov report results/my-sweep --format png,pdf",
            "  cogov gui scenarios/quick-county.yaml",
            "  xvfb-run -a cogov gui scenarios/quick-county.yaml --days 60 --snapshot map.png",
            "  source <(cogov completion)                             (tab completion in bash or zsh)",
            "", "Exit codes: 0 success, 1 internal error, 2 bad input or a problem of the machine (disk full,",
            "  permissions, not enough memory)."})
public final class Main implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces of errors.")
    boolean debug;

    @Spec
    CommandSpec spec;

    private final Engine engine;
    private final Path resultsRoot;
    private final Path cogovJar;

    public Main() {
        this(Engine.DEFAULT, Path.of("results"));
    }

    /** For tests: another engine, and another folder instead of {@code ./results}. */
    Main(Engine engine, Path resultsRoot) {
        this(engine, resultsRoot, null);
    }

    /** For tests: also the jar that {@code cogov slurm} puts in its scripts (null: the running one). */
    Main(Engine engine, Path resultsRoot, Path cogovJar) {
        this.engine = engine;
        this.resultsRoot = resultsRoot;
        this.cogovJar = cogovJar;
    }

    /**
     * PDFBox logs one warning per glyph run when it substitutes a font for the PDF charts' Helvetica:
     * thousands of identical lines per report. Held in a field so the level setting is not collected.
     */
    private static final Logger PDF_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    public static void main(String[] args) {
        PDF_FONTS.setLevel(Level.SEVERE);
        int code;
        try {
            code = commandLine(new Main()).execute(args);
        } catch (Exception | Error e) {
            code = Errors.report(e, new PrintWriter(System.err, true), false);
        }
        System.exit(code);
    }

    /** The command line with cogov's error handling: short messages, named exit codes, no stack traces. */
    public static CommandLine commandLine(Main main) {
        Errors errors = new Errors();
        return new CommandLine(main)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }

    boolean debug() {
        return debug;
    }

    Engine engine() {
        return engine;
    }

    /** The jar a Slurm job array runs: the test's stand-in, else the running jar (found by {@link SlurmCommand}). */
    Path cogovJar() {
        return cogovJar != null ? cogovJar : SlurmCommand.cogovJar();
    }

    /** Where run folders go by default: {@code results/} under the current folder. */
    Path resultsRoot() {
        return resultsRoot;
    }

    /** Whether {@code --debug} was given, found from any command of the tree. */
    static boolean debug(CommandLine commandLine) {
        Object root = commandLine.getCommandSpec().root().userObject();
        return root instanceof Main m && m.debug;
    }

    /** {@code --version}: the project version and, when known, the git commit. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String commit = BuildInfo.gitCommit();
            return new String[] {
                "cogov " + BuildInfo.version() + (BuildInfo.UNKNOWN.equals(commit) ? "" : " (commit " + commit + ")"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
            };
        }
    }
}
