package cogov.experiment;

import cogov.config.ExperimentLoader;
import cogov.config.ExperimentSpec;
import cogov.config.Scenario;
import cogov.output.AtomicFiles;
import cogov.output.FolderLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The layout of a sweep's output folder and what can be rebuilt from it. The folder is
 * self-contained: {@code experiment.yaml} (the experiment file as given, the resolved design appended as
 * comments), {@code scenario.yaml} (the base scenario with every default filled in), {@code manifest.json},
 * {@code runs/<run_id>.csv} or {@code runs/<run_id>.failed}, and the aggregates.
 */
public final class SweepFolder {

    /** Marks where the appended design starts in the stored experiment copy. */
    static final String DESIGN_MARKER = "# ---- resolved design (appended by cogov sweep) ----";

    private final Path root;

    public SweepFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path runs() {
        return root.resolve(FolderLayout.RUNS_DIR);
    }

    public Path experimentCopy() {
        return root.resolve(FolderLayout.EXPERIMENT);
    }

    public Path scenarioCopy() {
        return root.resolve(FolderLayout.SCENARIO);
    }

    public Path runFile(String runId) {
        return runs().resolve(runId + FolderLayout.RUN_FILE);
    }

    public Path failedFile(String runId) {
        return runs().resolve(runId + FolderLayout.FAILED_RUN);
    }

    /**
     * True when the folder exists and holds anything but its lock file and temporaries (what a sweep
     * killed before its first file was complete leaves: such a folder is as good as new).
     */
    public boolean isNonEmpty() {
        if (!Files.isDirectory(root)) {
            return Files.exists(root);
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.anyMatch(p -> !isScaffolding(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lock file, or a temporary file of an unfinished write. */
    static boolean isScaffolding(Path p) {
        String name = p.getFileName().toString();
        return name.equals(FolderLock.FILE) || (name.startsWith(".") && name.contains(AtomicFiles.TMP_MARK)
                && Files.isRegularFile(p));
    }

    /** The experiment file's original bytes, recovered from the stored copy (the appended design removed). */
    public byte[] originalExperimentBytes() throws IOException {
        String text = Files.readString(experimentCopy(), StandardCharsets.UTF_8);
        int at = text.lastIndexOf("\n" + DESIGN_MARKER + "\n");
        return (at < 0 ? text : text.substring(0, at)).getBytes(StandardCharsets.UTF_8);
    }

    /** Deletes temporary files left by a killed sweep, in the folder and in {@code runs/}; call with the folder locked. */
    void cleanTemporaryFiles() throws IOException {
        for (Path dir : List.of(root, runs())) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.getFileName().toString().contains(AtomicFiles.TMP_MARK)
                        && Files.isRegularFile(f)).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Rebuilds the exact scenario of one run from this folder alone: the stored experiment copy, read
     * with the stored resolved base scenario, expanded into the same design.
     */
    public Scenario scenarioFor(String runId) throws Exception {
        ExperimentSpec spec = ExperimentLoader.load(experimentCopy(), scenarioCopy());
        return scenarioFor(runId, spec, ScenarioSource.of(scenarioCopy()));
    }

    /**
     * Rebuilds the exact scenario of one run from an experiment (whose base is this folder's
     * {@code scenario.yaml}) and its design: the configuration's overrides and the replication's seed.
     */
    public static Scenario scenarioFor(String runId, ExperimentSpec spec, ScenarioSource source) throws Exception {
        Design design = Design.expand(spec);
        Posterior posterior = spec.basePosterior() == null ? null : Posterior.read(spec.basePosterior());
        for (RunSpec run : RunPlan.of(design, spec.replications(), spec.seed())) {
            if (run.runId().equals(runId)) {
                return source.scenario(Sweep.runOverrides(posterior, spec.seed(), run.replication(), run.configuration()))
                        .withSeed(run.seed());
            }
        }
        throw new IllegalArgumentException("no run " + runId + " in this sweep's design");
    }
}
