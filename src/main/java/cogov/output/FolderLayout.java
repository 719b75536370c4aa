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
 * {@link #SUMMARY} and {@link #COMPARISON}, and {@link #METRICS}. A <b>calibration folder</b>
 * ({@code cogov calibrate}) holds {@link #CALIBRATION}, {@link #TARGETS}, {@link #SCENARIO}, {@link #MANIFEST},
 * {@link #CANDIDATES_DIR} and the results {@link #POSTERIOR}, {@link #POSTERIOR_SUMMARY}, {@link #GENERATIONS},
 * {@link #PREDICTIVE} and {@link #CALIBRATED}. A sampled sweep also holds
 * {@link #SENSITIVITY}, a robustness sweep {@link #ROBUSTNESS} and {@link #PRIM}. Reports go to {@link #REPORT_DIR}.
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
    /** Appended to a run file's name for its checksum file (schema version, SHA-256, length). */
    public static final String CHECKSUM = ".sha256";
    /** The checksum file of a run: {@code runs/<run_id>.csv.gz.sha256}. */
    public static final String RUN_CHECKSUM = RUN_FILE + CHECKSUM;
    /** Held (an operating-system lock) while a sweep, resume or merge writes into the folder; not a result. */
    public static final String LOCK = ".lock";
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
    /** Metric labels, units, directions and tags (a sweep's also its configuration labels), for analysis tools. */
    public static final String METRICS = "metrics.json";
    /** Where reports are written by default, inside a run or sweep folder. */
    public static final String REPORT_DIR = "report";
    /** A calibration's calibration file as given. */
    public static final String CALIBRATION = "calibration.yaml";
    /** A calibration's targets file as given. */
    public static final String TARGETS = "targets.yaml";
    /** Folder of a calibration's evaluated candidates, one file each. */
    public static final String CANDIDATES_DIR = "candidates";
    /** The posterior sample: weighted particles. */
    public static final String POSTERIOR = "posterior.csv";
    /** Median and 90% interval per calibrated parameter. */
    public static final String POSTERIOR_SUMMARY = "posterior_summary.csv";
    /** Tolerance, acceptance rate and ESS per ABC-SMC generation. */
    public static final String GENERATIONS = "generations.csv";
    /** Posterior predictive check of every target. */
    public static final String PREDICTIVE = "predictive.csv";
    /** The calibrated scenario: extends the base, states the fitted values. */
    public static final String CALIBRATED = "calibrated.yaml";

    private FolderLayout() {
    }

    /** Whether {@code dir} is a finished calibration folder (it has {@link #POSTERIOR} and {@link #PREDICTIVE}). */
    public static boolean isCalibration(Path dir) {
        return Files.isRegularFile(dir.resolve(POSTERIOR)) && Files.isRegularFile(dir.resolve(PREDICTIVE));
    }

    /** Whether {@code dir} is a sweep folder (it has {@link #RUNS}). */
    public static boolean isSweep(Path dir) {
        return Files.isRegularFile(dir.resolve(RUNS));
    }
}
