package cogov.cli;

import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.config.ScenarioKeys;
import cogov.gui.ColourMode;
import cogov.gui.CountyGui;
import cogov.gui.GuiSettings;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sim.display.Console;

/** {@code cogov gui [SCENARIO]}: the live MASON GUI, or with {@code --snapshot} a PNG of day N. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the live GUI (MASON Console, county map, live charts, Model tab) on a scenario.",
            "With --snapshot and/or --charts, run --days days and write the map (PNG or SVG) and every live chart"
                + " (PNG and SVG) instead of opening windows.",
            "Needs a display; on a machine without one use 'xvfb-run -a ./cogov gui ...' or 'cogov run'."})
final class GuiCommand extends CogovCommand {

    static final String DEFAULT_SCENARIO = "scenarios/lijin-baseline.yaml";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario YAML file (default: " + DEFAULT_SCENARIO + ").")
    Path scenarioFile;

    @Mixin
    RunOptions options = new RunOptions();

    @Option(names = "--snapshot", paramLabel = "FILE.png|FILE.svg",
            description = "Run --days days (default: the scenario's), write the map as PNG or SVG (by the extension) and exit.")
    Path snapshot;

    @Option(names = "--charts", paramLabel = "DIR",
            description = "Run --days days and write every live chart as PNG (300 dpi) and SVG into DIR, then exit.")
    Path chartsDir;

    @Option(names = "--colour", paramLabel = "MODE",
            description = "Colour mode of the map: ${COMPLETION-CANDIDATES} (default: state).")
    ColourMode colour;

    @Option(names = "--twin", description = "Twin run: the scenario changed by --set beside the scenario as opened,"
            + " with the same seed; --charts then holds both sides and their difference.")
    boolean twin;

    @Option(names = "--replications", paramLabel = "N", description = "Twin run: replications (seeds seed, seed+1, ...).")
    Integer replications;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Change a scenario key for the run (as in the Model tab), e.g. mechanisms.joint_building.enabled=true.")
    Map<String, String> settings = new LinkedHashMap<>();

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
        if (options.fromSweep != null) {
            gui.scenarioFileIsTemporary();
        }
        for (Map.Entry<String, String> e : settings.entrySet()) {
            applySetting(gui, e.getKey(), e.getValue());
        }
        if (colour != null) {
            gui.settings().colourMode(colour);
        }
        if (twin) {
            if (settings.isEmpty()) {
                throw new UserException("--twin compares a changed configuration with the opened scenario: give the"
                        + " change with --set KEY=VALUE");
            }
            gui.settings().setTwinRun(true);
        }
        if (replications != null) {
            if (replications < 1 || replications > GuiSettings.MAX_REPLICATIONS) {
                throw new UserException("--replications must be 1 to " + GuiSettings.MAX_REPLICATIONS
                        + " (got " + replications + ")");
            }
            gui.settings().setReplications(replications);
        }
        if (snapshot != null || chartsDir != null) {
            return writeSnapshot(gui);
        }
        SwingUtilities.invokeAndWait(() -> new Console(gui).setVisible(true));
        gui.awaitQuit();
        return ExitCodes.OK;
    }

    private static void applySetting(CountyGui gui, String key, String value) {
        GuiSettings.Setting s = gui.settings().setting(key);
        if (s == null || !s.editable()) {
            throw new UserException("--set " + key + ": not a scenario key the GUI can change (see docs/scenarios.md)");
        }
        Object v = switch (s.key().kind()) {
            case BOOLEAN -> parseBoolean(key, value);
            case INTEGER -> parse(key, value, Integer::valueOf);
            case LONG -> parse(key, value, Long::valueOf);
            case NUMBER, DISTRIBUTION -> parse(key, value, Double::valueOf);
            case CHOICE, TEXT -> value;
        };
        if (s.key().kind() == ScenarioKeys.KeyKind.CHOICE && !s.key().choices().contains(value)) {
            throw new UserException("--set " + key + ": one of " + String.join(", ", s.key().choices()) + " (got "
                    + value + ")");
        }
        gui.settings().set(key, v);
    }

    private static Boolean parseBoolean(String key, String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new UserException("--set " + key + ": true or false (got " + value + ")");
        }
        return Boolean.valueOf(value);
    }

    private static <T> T parse(String key, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            throw new UserException("--set " + key + ": not a number (got " + value + ")");
        }
    }

    private int writeSnapshot(CountyGui gui) throws Exception {
        gui.start();
        if (gui.lastProblem() != null) {
            throw new UserException("the --set values are invalid:\n" + gui.lastProblem());
        }
        while (gui.step()) {
            // to the last day (of the last replication in a twin run)
        }
        int day = gui.model().day();
        if (snapshot != null) {
            gui.writeSnapshot(snapshot);
            out().println("Snapshot of day " + day + " in " + snapshot);
        }
        if (chartsDir != null) {
            int files = gui.writeChartSnapshots(chartsDir).size();
            out().println(files + " chart files (PNG and SVG) of day " + day + " in " + chartsDir);
        }
        gui.finish();
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
