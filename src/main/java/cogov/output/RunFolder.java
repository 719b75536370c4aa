package cogov.output;

import cogov.metrics.MetricsRow;
import cogov.metrics.MetricsSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the folder of one run: {@code timeseries.csv} streamed while the run goes, then
 * {@code summary.csv}, {@code scenario.resolved.yaml} and {@code manifest.json}, all inside an
 * {@link AtomicDirectory} so the folder appears complete or not at all.
 *
 * <pre>{@code
 * try (RunFolder folder = RunFolder.create(target)) {
 *     Simulation.run(scenario, folder.sink());
 *     folder.finish(resolvedYaml, manifest);
 * }
 * }</pre>
 */
public final class RunFolder implements AutoCloseable {


    private final AtomicDirectory dir;
    private final TimeseriesWriter timeseries;
    private final SummaryWriter summary;
    private final MetricsSink sink;

    private RunFolder(AtomicDirectory dir, TimeseriesWriter timeseries, SummaryWriter summary) {
        this.dir = dir;
        this.timeseries = timeseries;
        this.summary = summary;
        this.sink = this::accept;
    }

    /** Starts a run folder at {@code target} (absent or empty), with the default summary window. */
    public static RunFolder create(Path target) throws IOException {
        return create(target, SummaryWriter.DEFAULT_WINDOW_DAYS);
    }

    public static RunFolder create(Path target, int summaryWindowDays) throws IOException {
        return create(target, summaryWindowDays, false);
    }

    /**
     * With {@code replace}, an existing folder at {@code target} is replaced when the new one is
     * finished (see {@link AtomicDirectory#create(Path, boolean)}); until then it stays as it was.
     */
    public static RunFolder create(Path target, int summaryWindowDays, boolean replace) throws IOException {
        return create(target, String.valueOf(target.getFileName()), summaryWindowDays, replace);
    }

    /** @param runId the run's id ({@link #runId(long, String)}), written in the time series' {@link Columns#RUN_ID} */
    public static RunFolder create(Path target, String runId, int summaryWindowDays, boolean replace)
            throws IOException {
        AtomicDirectory dir = AtomicDirectory.create(target, replace);
        try {
            return new RunFolder(dir, new TimeseriesWriter(dir.path().resolve(FolderLayout.TIMESERIES), runId),
                    new SummaryWriter(summaryWindowDays));
        } catch (IOException | RuntimeException e) {
            dir.abort();
            throw e;
        }
    }

    /** The deterministic folder name of a run: {@code seed<seed>-<first 8 hex of the resolved scenario's SHA-256>}. */
    public static String runId(long seed, String resolvedSha256) {
        return "seed" + seed + "-" + resolvedSha256.substring(0, 8);
    }

    /** Receives the run's daily rows. */
    public MetricsSink sink() {
        return sink;
    }

    private void accept(List<MetricsRow> dayRows) {
        timeseries.accept(dayRows);
        summary.accept(dayRows);
    }

    /** Where the folder lands on {@link #finish}. */
    /** The summary window's drift diagnostic (see {@link SummaryWriter#driftWarnings()}). */
    public List<String> driftWarnings() {
        return summary.driftWarnings();
    }

    /** Whether the run was long enough (two summary windows) for the drift diagnostic. */
    public boolean driftDiagnosable() {
        return summary.driftDiagnosable();
    }

    public Path target() {
        return dir.target();
    }

    /** Writes the remaining files and moves the folder into place. */
    public void finish(String resolvedYaml, Manifest manifest) throws IOException {
        timeseries.close();
        summary.writeTo(dir.path().resolve(FolderLayout.SUMMARY));
        Files.writeString(dir.path().resolve(FolderLayout.RESOLVED_SCENARIO), resolvedYaml, StandardCharsets.UTF_8);
        Files.writeString(dir.path().resolve(FolderLayout.MANIFEST), manifest.toJson(), StandardCharsets.UTF_8);
        dir.commit();
    }

    /** Discards everything unless {@link #finish} succeeded. */
    @Override
    public void close() throws IOException {
        try {
            timeseries.close();
        } finally {
            dir.abort();
        }
    }
}
