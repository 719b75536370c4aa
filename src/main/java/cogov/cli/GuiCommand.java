package cogov.cli;

import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.gui.CountyGui;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sim.display.Console;

/** {@code cogov gui [SCENARIO]}: the live MASON GUI, or with {@code --snapshot} a PNG of day N. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the live GUI (MASON Console, county map, live charts, Model tab) on a scenario.",
            "With --snapshot, run --days days and write a PNG of the map instead of opening windows.",
            "Needs a display; on a machine without one use 'xvfb-run -a ./cogov gui ...' or 'cogov run'."})
final class GuiCommand extends CogovCommand {

    static final String DEFAULT_SCENARIO = "scenarios/lijin-baseline.yaml";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario YAML file (default: " + DEFAULT_SCENARIO + ").")
    Path scenarioFile;

    @Mixin
    RunOptions options = new RunOptions();

    @Option(names = "--snapshot", paramLabel = "FILE.png",
            description = "Run --days days (default: the scenario's), write a PNG of the map and exit.")
    Path snapshot;

    /** Whether there is no display; a seam for tests. */
    BooleanSupplier headless = GraphicsEnvironment::isHeadless;

    @Override
    protected int execute() throws Exception {
        options.checkDays();
        if ((options.fromSweep == null) != (options.runId == null)) {
            throw new UserException("--from and --run go together");
        }
        if (options.fromSweep != null && scenarioFile != null) {
            throw new UserException("give either SCENARIO or --from/--run, not both");
        }
        if (headless.getAsBoolean()) {
            err().println("cogov: no display available, so the GUI cannot open.");
            err().println("  Run it under a virtual display:  xvfb-run -a ./cogov gui ...");
            err().println("  or run without a GUI:            cogov run SCENARIO");
            err().flush();
            return ExitCodes.BAD_INPUT;
        }
        Path file = options.fromSweep != null ? sweepRunScenario(options.fromSweep, options.runId)
                : scenarioFile != null ? scenarioFile : Path.of(DEFAULT_SCENARIO);
        ScenarioFiles.requireReadable(file);
        Map<String, Object> overrides = new LinkedHashMap<>();
        if (options.days != null) {
            overrides.put("days", options.days);
        }
        if (options.seed != null) {
            overrides.put("seed", options.seed);
        }
        CountyGui gui = new CountyGui(file, overrides);
        if (snapshot != null) {
            return writeSnapshot(gui);
        }
        SwingUtilities.invokeAndWait(() -> new Console(gui).setVisible(true));
        gui.awaitQuit();
        return ExitCodes.OK;
    }

    private int writeSnapshot(CountyGui gui) throws Exception {
        gui.start();
        int target = gui.currentScenario().days();
        gui.stepToDay(target);
        int day = gui.model().day();
        gui.writeSnapshot(snapshot);
        gui.finish();
        out().println("Snapshot of day " + day + " in " + snapshot);
        out().flush();
        return ExitCodes.OK;
    }

    /**
     * The exact scenario of one sweep run (its configuration's overrides and its seed), written as a
     * resolved scenario file that the GUI opens; the file is removed when the JVM exits.
     */
    static Path sweepRunScenario(Path sweepDir, String runId) throws Exception {
        Scenario scenario = SweepRuns.scenario(sweepDir, runId);
        Path file = Files.createTempFile("cogov-" + runId + "-", ".yaml");
        file.toFile().deleteOnExit();
        Files.writeString(file, ScenarioLoader.toResolvedYaml(scenario));
        return file;
    }
}
