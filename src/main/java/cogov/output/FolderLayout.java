package cogov.output;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The names and layout of cogov's result folders, in one place that every writer and reader uses.
 *
 * <p>A <b>run folder</b> ({@code cogov run}) holds {@link #TIMESERIES}, {@link #SUMMARY},
 * {@link #RESOLVED_SCENARIO} and {@link #MANIFEST}. A <b>sweep folder</b> ({@code cogov sweep}) holds
 * {@link #EXPERIMENT} (the experiment file as given, the resolved design appended), {@link #SCENARIO}
 * (the base scenario, every default filled in), {@link #MANIFEST}, {@link #RUNS_DIR}{@code /<run_id>}
 * {@link #RUN_FILE} (or {@link #FAILED_RUN}), and the aggregates {@link #RUNS}, {@link #TIMESERIES},
 * {@link #SUMMARY} and {@link #COMPARISON}, and {@link #METRICS}; a sampled sweep also {@link #SENSITIVITY},
 * a robustness sweep {@link #ROBUSTNESS} and {@link #PRIM}. Reports go to {@link #REPORT_DIR}.
 */
public final class FolderLayout {

    /** Provenance of a run or a sweep (JSON). */
    public static final String MANIFEST = "manifest.json";
    /** Daily rows: a run's every row, a sweep's mean and CI per configuration. */
    public static final String TIMESERIES = "timeseries.csv";
    /** Summary statistics per unit and metric. */
    public static final String SUMMARY = "summary.csv";
    /** A run's scenario with every default filled in. */
    public static final String RESOLVED_SCENARIO = "scenario.resolved.yaml";
    /** A sweep's experiment file as given, with the resolved design appended as comments. */
    public static final String EXPERIMENT = "experiment.yaml";
    /** A sweep's base scenario with every default filled in. */
    public static final String SCENARIO = "scenario.yaml";
    /** Folder of a sweep's per-run files. */
    public static final String RUNS_DIR = "runs";
    /** Ending of a finished run's file in {@link #RUNS_DIR} (gzip-compressed CSV). */
    public static final String RUN_FILE = ".csv.gz";
    /** Ending of a failed run's file in {@link #RUNS_DIR}. */
    public static final String FAILED_RUN = ".failed";
    /** One row per run: design factors, seed, status, summary outcomes. */
    public static final String RUNS = "runs.csv";
    /** Paired differences of each configuration against the reference. */
    public static final String COMPARISON = "comparison.csv";
    /** Sensitivity indices of a sampled sweep (tidy: outcome, parameter, index, estimate, interval, N). */
    public static final String SENSITIVITY = "sensitivity.csv";
    /** Paired effects across assumption samples, win probabilities (robustness designs). */
    public static final String ROBUSTNESS = "robustness.csv";
    /** PRIM boxes of where rankings flip (robustness designs). */
    public static final String PRIM = "prim.csv";
    /** A sweep's metric and configuration labels, units and directions, for analysis tools. */
    public static final String METRICS = "metrics.json";
    /** Where reports are written by default, inside a run or sweep folder. */
    public static final String REPORT_DIR = "report";

    private FolderLayout() {
    }

    /** Whether {@code dir} is a sweep folder (it has {@link #RUNS}). */
    public static boolean isSweep(Path dir) {
        return Files.isRegularFile(dir.resolve(RUNS));
    }
}
