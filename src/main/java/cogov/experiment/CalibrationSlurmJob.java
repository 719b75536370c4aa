package cogov.experiment;

import cogov.output.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A calibration run on Slurm. Generations are sequential, so it is a chain: one job array per
 * generation, whose task k of N runs {@code cogov calibrate FILE --shard k/N} into the shared output
 * folder (it works on the first incomplete generation and reads the other tasks' candidates from the
 * folder), each array starting when the previous one has ended ({@code afterany}, so a failed task
 * does not cancel the chain: the next array finishes its candidates), then one job running
 * {@code cogov calibrate FILE --resume}, which simulates whatever is still missing and writes the
 * outputs and the report. The posterior files are those of an unsharded calibration. Owns
 * {@code slurm/} in the output folder (the two scripts, the logs, the job ids); every path in a script
 * is absolute, as the nodes are assumed to share the filesystem.
 */
public final class CalibrationSlurmJob {

    public static final String SHARD_SCRIPT = "calibrate-shards.sbatch";
    public static final String FINAL_SCRIPT = "calibrate-final.sbatch";

    /**
     * What the chain needs; {@code partition}, {@code time}, {@code cpusPerTask} and {@code mem} are null
     * when not given (the cluster's defaults apply).
     *
     * @param arrays job arrays in the chain: the calibration's generation limit (an array whose
     *               calibration has already stopped ends at once)
     */
    public record Settings(Path calibration, Path out, Path jar, int tasks, int arrays, String partition, String time,
                           Integer cpusPerTask, String mem) {
        public Settings {
            calibration = calibration.toAbsolutePath().normalize();
            out = out.toAbsolutePath().normalize();
            jar = jar.toAbsolutePath().normalize();
            if (tasks < 1 || arrays < 1) {
                throw new IllegalArgumentException("tasks and arrays must be at least 1 (got " + tasks + ", " + arrays + ")");
            }
            if (cpusPerTask != null && cpusPerTask < 1) {
                throw new IllegalArgumentException("cpus per task must be at least 1 (got " + cpusPerTask + ")");
            }
            String problem = SlurmJob.scriptProblem(calibration, out, jar, partition, time, mem);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        }
    }

    /** The job ids of one submission: the arrays in chain order, then the final job. */
    public record Submitted(List<String> arrays, String finalJob) {
        public Submitted {
            arrays = List.copyOf(arrays);
        }
    }

    private final Settings settings;

    public CalibrationSlurmJob(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    public Path slurmDir() {
        return settings.out().resolve(SlurmJob.SLURM_DIR);
    }

    public Path logsDir() {
        return slurmDir().resolve("logs");
    }

    public Path jobsFile() {
        return slurmDir().resolve(SlurmJob.JOBS);
    }

    /** The array script: task k runs shard k/N of the first incomplete generation. */
    public String shardScript() {
        StringBuilder sb = header("task k of this array runs shard k/" + settings.tasks() + " of the first"
                + " incomplete generation of the calibration", "shard-%a-job-%A.log");
        sb.append("#SBATCH --array=").append(SlurmJob.arraySpec(java.util.stream.IntStream.range(0, settings.tasks())
                .boxed().toList())).append('\n');
        resources(sb);
        sb.append("set -euo pipefail\n");
        sb.append("k=\"$SLURM_ARRAY_TASK_ID\"\n");
        sb.append(command()).append(" --shard \"$k/").append(settings.tasks()).append("\"\n");
        return sb.toString();
    }

    /** The final job's script: an unsharded resume that completes the calibration and writes its outputs. */
    public String finalScript() {
        StringBuilder sb = header("this job completes the calibration after the last array (simulating anything"
                + " still missing) and writes its outputs and report", "final-job-%j.log");
        resources(sb);
        sb.append("set -euo pipefail\n");
        sb.append(command()).append(" --resume\n");
        return sb.toString();
    }

    private StringBuilder header(String what, String log) {
        StringBuilder sb = new StringBuilder("#!/bin/bash\n");
        sb.append("# Written by 'cogov calibrate --slurm': ").append(what).append("\n# ")
                .append(settings.calibration()).append("\n# in ").append(settings.out()).append(".\n");
        sb.append("# Needs Java 17 on the nodes: $JAVA if set, else java on the PATH.\n");
        sb.append("#SBATCH --job-name=cogov-calibrate-").append(jobName()).append('\n');
        sb.append("#SBATCH --output=").append(logsDir()).append('/').append(log).append('\n');
        return sb;
    }

    private void resources(StringBuilder sb) {
        if (settings.cpusPerTask() != null) {
            sb.append("#SBATCH --cpus-per-task=").append(settings.cpusPerTask()).append('\n');
        }
        if (settings.partition() != null) {
            sb.append("#SBATCH --partition=").append(settings.partition()).append('\n');
        }
        if (settings.time() != null) {
            sb.append("#SBATCH --time=").append(settings.time()).append('\n');
        }
        if (settings.mem() != null) {
            sb.append("#SBATCH --mem=").append(settings.mem()).append('\n');
        }
    }

    private String command() {
        return "exec \"${JAVA:-java}\" -XX:+UseParallelGC -jar " + SlurmJob.quote(settings.jar()) + " \\\n  calibrate "
                + SlurmJob.quote(settings.calibration()) + " --out " + SlurmJob.quote(settings.out())
                + " --threads \"${SLURM_CPUS_PER_TASK:-1}\" \\\n ";
    }

    private String jobName() {
        String name = settings.calibration().getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Writes both scripts into {@code slurm/} and creates the log folder; returns {shard script, final script}. */
    public List<Path> writeScripts() throws IOException {
        Files.createDirectories(logsDir());
        Path shards = slurmDir().resolve(SHARD_SCRIPT);
        Path last = slurmDir().resolve(FINAL_SCRIPT);
        AtomicFiles.writeString(shards, shardScript());
        AtomicFiles.writeString(last, finalScript());
        return List.of(shards, last);
    }

    /**
     * Submits the chain ({@link Settings#arrays()} arrays, each after the previous, then the final job)
     * and appends each job id to {@code slurm/jobs.txt} as it is submitted.
     */
    public Submitted submit(SlurmClient client) throws IOException, InterruptedException {
        List<Path> scripts = writeScripts();
        List<String> ids = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < settings.arrays(); i++) {
            previous = client.submit(scripts.get(0), previous);
            ids.add(previous);
            record(previous, "array=0-" + (settings.tasks() - 1) + "\tround=" + (i + 1), scripts.get(0));
        }
        String last = client.submit(scripts.get(1), previous);
        record(last, "final", scripts.get(1));
        return new Submitted(ids, last);
    }

    private void record(String jobId, String what, Path script) throws IOException {
        Files.writeString(jobsFile(), jobId + "\t" + what + "\tscript=" + script.getFileName() + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
