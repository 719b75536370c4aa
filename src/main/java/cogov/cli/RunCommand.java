package cogov.cli;

import cogov.config.Scenario;
import cogov.experiment.ResourceEstimate;
import cogov.output.Hashing;
import cogov.output.RunFolder;
import cogov.output.Manifest;
import cogov.output.SummaryWriter;
import cogov.output.report.Headlines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cogov run SCENARIO}: one simulation run into a new results folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one scenario into a new results folder.",
            "Writes timeseries.csv, summary.csv, scenario.resolved.yaml and manifest.json.",
            "With --from SWEEP_DIR --run RUN_ID: repeat one run of a sweep exactly (same overrides and seed).",
            "Default folder: results/<scenario>/seed<SEED>-<HASH>/ (HASH: first 8 hex digits of the"
                + " resolved scenario's SHA-256), relative to the current folder."})
final class RunCommand extends CogovCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario YAML file.")
    Path scenarioFile;

    @Mixin
    RunOptions options = new RunOptions();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder to create; must not exist or be empty (unless --force).")
    Path out;

    @Option(names = "--force", description = "Replace the results folder if it exists: the old one is deleted"
            + " only once the new one is complete, and kept if the run fails or is interrupted.")
    boolean force;

    @Mixin
    ResourceOptions resources = new ResourceOptions();

    @Override
    protected int execute() throws Exception {
        options.checkDays();
        Engine engine = main().engine();
        Scenario scenario = options.fromSweep != null ? sweepRun() : load(engine);
        if (options.seed != null) {
            scenario = scenario.withSeed(options.seed);
        }
        if (options.days != null) {
            scenario = scenario.withDays(options.days);
        }
        String resolvedYaml = engine.toResolvedYaml(scenario);
        String sha256 = Hashing.sha256Hex(resolvedYaml);
        Path target = out != null ? out
                : main().resultsRoot().resolve(safeName(scenario.name())).resolve(RunFolder.runId(scenario.seed(), sha256));

        ResourceEstimate estimate = ResourceEstimate.of(scenario);
        long households = scenario.communities().stream().mapToLong(c -> c.households()).sum();
        resources.fit(estimate, households, 1, err());
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        try (RunFolder folder = RunFolder.create(target, RunFolder.runId(scenario.seed(), sha256),
                SummaryWriter.DEFAULT_WINDOW_DAYS, force)) {
            err().printf("cogov: running '%s' for %d days, seed %d%n", scenario.name(), scenario.days(), scenario.seed());
            if (estimate.seconds() > 60) {
                err().printf("cogov: estimated time about %s (%d households x %d days at an assumed %.0f million"
                        + " household-days a second; progress every 30 s)%n", ResourceEstimate.duration(estimate.seconds()),
                        households, scenario.days(), ResourceEstimate.HOUSEHOLD_DAYS_PER_SECOND / 1e6);
            }
            err().flush();
            engine.run(scenario, new RunProgress(folder.sink(), scenario.days(), err()));
            double wall = (System.nanoTime() - t0) / 1e9;
            String source = scenarioFile != null ? scenarioFile.toString() : options.fromSweep + " run " + options.runId;
            folder.finish(resolvedYaml, Manifest.ofRun(scenario.name(), source, scenario.seed(),
                    scenario.days(), sha256, commandLine(), start, wall));
            err().printf("cogov: done in %.1f s%n", wall);
            if (!folder.driftDiagnosable()) {
                err().printf("cogov: note: no drift diagnostic: it compares the summary window with the %d days before"
                        + " it, so the run needs at least %d days%n", SummaryWriter.DEFAULT_WINDOW_DAYS,
                        2 * SummaryWriter.DEFAULT_WINDOW_DAYS);
            }
            for (String warning : folder.driftWarnings()) {
                err().println("cogov: warning: not settled: " + warning);
            }
        } catch (IOException | UncheckedIOException e) {
            throw Errors.namingFolder(e, target);
        }
        Headlines.run(target).forEach(err()::println);
        err().flush();
        out().println("Results in " + target);
        out().flush();
        return ExitCodes.OK;
    }

    private Scenario load(Engine engine) throws Exception {
        if (scenarioFile == null || options.runId != null) {
            throw new UserException(scenarioFile == null ? "give a SCENARIO file, or --from SWEEP_DIR --run RUN_ID"
                    : "--run needs --from SWEEP_DIR");
        }
        ScenarioFiles.requireReadable(scenarioFile);
        return engine.load(scenarioFile);
    }

    /** The exact scenario (overrides and seed) of one run of a sweep folder. */
    private Scenario sweepRun() throws Exception {
        if (scenarioFile != null || options.runId == null || options.seed != null || options.days != null) {
            throw new UserException("--from SWEEP_DIR takes --run RUN_ID and no SCENARIO, --seed or --days");
        }
        return SweepRuns.scenario(options.fromSweep, options.runId);
    }

    /** The scenario name as a single safe path element (the loader already restricts names). */
    private static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }

    private List<String> commandLine() {
        List<String> line = new ArrayList<>();
        line.add("cogov");
        line.addAll(spec.root().commandLine().getParseResult().originalArgs());
        return line;
    }
}
