package cogov.experiment;

import cogov.config.ConfigException;
import cogov.output.AtomicDirectory;
import cogov.output.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A sweep run as a Slurm job array: task k of N runs {@code cogov sweep --shard k/N} into its own shard
 * folder, and the shards are merged into the output folder afterwards. This class owns the folder
 * layout ({@code slurm/} with the sbatch scripts, logs, settings and job ids; {@code shards/shard-k}),
 * writes the scripts and decides which shards are complete; talking to Slurm is {@link SlurmClient}'s
 * job. Every path in a script is absolute: the nodes are assumed to share the filesystem.
 */
public final class SlurmJob {

    public static final String SLURM_DIR = "slurm";
    public static final String SHARDS_DIR = "shards";
    public static final String SCRIPT = "sweep.sbatch";
    public static final String SETTINGS = "settings.properties";
    public static final String JOBS = "jobs.txt";
    private static final String MERGE_STAGING = "merge-staging";

    /**
     * What a job array needs; {@code partition}, {@code time}, {@code cpusPerTask} and {@code mem} are
     * null when not given (then the cluster's defaults apply and no {@code #SBATCH} line is written).
     */
    public record Settings(Path experiment, Path out, Path jar, int tasks, String partition, String time,
                           Integer cpusPerTask, String mem) {
        public Settings {
            experiment = experiment.toAbsolutePath().normalize();
            out = out.toAbsolutePath().normalize();
            jar = jar.toAbsolutePath().normalize();
            if (tasks < 1) {
                throw new IllegalArgumentException("tasks must be at least 1 (got " + tasks + ")");
            }
            if (cpusPerTask != null && cpusPerTask < 1) {
                throw new IllegalArgumentException("cpus per task must be at least 1 (got " + cpusPerTask + ")");
            }
        }
    }

    private final Settings settings;

    public SlurmJob(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    public Path slurmDir() {
        return settings.out().resolve(SLURM_DIR);
    }

    public Path logsDir() {
        return slurmDir().resolve("logs");
    }

    public Path jobsFile() {
        return slurmDir().resolve(JOBS);
    }

    public Path shardDir(int k) {
        return settings.out().resolve(SHARDS_DIR).resolve("shard-" + k);
    }

    /** All shard indices, 0 to tasks - 1. */
    public List<Integer> allShards() {
        return IntStream.range(0, settings.tasks()).boxed().toList();
    }

    /** Slurm's {@code --array} value: {@code 0-(N-1)} for a whole range starting at 0, else the indices listed. */
    public static String arraySpec(List<Integer> shards) {
        if (shards.isEmpty()) {
            throw new IllegalArgumentException("no shards to submit");
        }
        boolean whole = IntStream.range(0, shards.size()).allMatch(i -> shards.get(i) == i);
        if (whole) {
            return shards.size() == 1 ? "0" : "0-" + (shards.size() - 1);
        }
        return shards.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The sbatch script that runs {@code shards} (task k runs shard k of N). */
    public String script(List<Integer> shards) {
        Settings s = settings;
        StringBuilder sb = new StringBuilder();
        sb.append("#!/bin/bash\n");
        sb.append("# Written by 'cogov slurm': task k of this array runs shard k/").append(s.tasks())
                .append(" of the sweep\n# ").append(s.experiment()).append('\n');
        sb.append("# into ").append(s.out().resolve(SHARDS_DIR)).append("/shard-k; 'cogov slurm --wait' merges the"
                + " shards into\n# ").append(s.out()).append(" when the array has ended.\n");
        sb.append("# Needs Java 17 on the nodes: $JAVA if set, else java on the PATH.\n");
        sb.append("#SBATCH --job-name=cogov-").append(jobName()).append('\n');
        sb.append("#SBATCH --array=").append(arraySpec(shards)).append('\n');
        sb.append("#SBATCH --output=").append(logsDir()).append("/shard-%a-job-%A.log\n");
        if (s.cpusPerTask() != null) {
            sb.append("#SBATCH --cpus-per-task=").append(s.cpusPerTask()).append('\n');
        }
        if (s.partition() != null) {
            sb.append("#SBATCH --partition=").append(s.partition()).append('\n');
        }
        if (s.time() != null) {
            sb.append("#SBATCH --time=").append(s.time()).append('\n');
        }
        if (s.mem() != null) {
            sb.append("#SBATCH --mem=").append(s.mem()).append('\n');
        }
        sb.append("set -euo pipefail\n");
        sb.append("k=\"$SLURM_ARRAY_TASK_ID\"\n");
        sb.append("exec \"${JAVA:-java}\" -XX:+UseParallelGC -jar ").append(quote(s.jar())).append(" \\\n");
        sb.append("  sweep ").append(quote(s.experiment())).append(" \\\n");
        sb.append("  --shard \"$k/").append(s.tasks()).append("\" --threads \"${SLURM_CPUS_PER_TASK:-1}\" \\\n");
        sb.append("  --out ").append(quote(s.out().resolve(SHARDS_DIR))).append("\"/shard-$k\" --resume --no-report\n");
        return sb.toString();
    }

    private String jobName() {
        String name = settings.experiment().getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Single-quotes a path for bash. */
    static String quote(Path p) {
        return "'" + p.toString().replace("'", "'\\''") + "'";
    }

    /**
     * Writes the script for {@code shards} into {@code slurm/} (the first submission's is
     * {@code sweep.sbatch}, a resubmission's {@code resume-<i>.sbatch}), creates the log folder and
     * stores the settings so {@code --resume} needs only the folder. Returns the script's path.
     */
    public Path writeScript(List<Integer> shards, boolean resubmission) throws IOException {
        Files.createDirectories(logsDir());
        Path script = slurmDir().resolve(SCRIPT);
        if (resubmission) {
            int i = 1;
            while (Files.exists(slurmDir().resolve("resume-" + i + ".sbatch"))) {
                i++;
            }
            script = slurmDir().resolve("resume-" + i + ".sbatch");
        }
        AtomicFiles.writeString(script, script(shards));
        AtomicFiles.writeString(slurmDir().resolve(SETTINGS), settingsText());
        return script;
    }

    /** Appends one submission to {@code slurm/jobs.txt}: job id, array, script. */
    public void recordJob(String jobId, List<Integer> shards, Path script) throws IOException {
        String line = jobId + "\tarray=" + arraySpec(shards) + "\tscript=" + script.getFileName() + "\n";
        Files.writeString(jobsFile(), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** The job ids recorded so far, oldest first. */
    public List<String> recordedJobs() throws IOException {
        if (!Files.isRegularFile(jobsFile())) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(jobsFile(), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                ids.add(line.split("\t", 2)[0].trim());
            }
        }
        return ids;
    }

    private String settingsText() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("experiment", settings.experiment());
        m.put("jar", settings.jar());
        m.put("tasks", settings.tasks());
        m.put("partition", settings.partition());
        m.put("time", settings.time());
        m.put("cpus_per_task", settings.cpusPerTask());
        m.put("mem", settings.mem());
        StringBuilder sb = new StringBuilder("# cogov slurm: what 'cogov slurm --resume' resubmits with\n");
        m.forEach((k, v) -> {
            if (v != null) {
                sb.append(k).append('=').append(v).append('\n');
            }
        });
        return sb.toString();
    }

    /**
     * Reads the settings stored in {@code out/slurm/} by an earlier submission.
     *
     * @throws IOException when {@code out} holds no such settings
     */
    public static Settings load(Path out) throws IOException {
        Path file = out.resolve(SLURM_DIR).resolve(SETTINGS);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    "not a 'cogov slurm' folder (no " + SLURM_DIR + "/" + SETTINGS + ")");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        String cpus = m.get("cpus_per_task");
        return new Settings(Path.of(m.get("experiment")), out, Path.of(m.get("jar")), Integer.parseInt(m.get("tasks")),
                m.get("partition"), m.get("time"), cpus == null ? null : Integer.valueOf(cpus), m.get("mem"));
    }

    /** True when shard k's folder holds a finished run file for every run of shard k/N of {@code plan}. */
    public boolean isComplete(int k, List<RunSpec> plan) {
        SweepFolder folder = new SweepFolder(shardDir(k));
        for (RunSpec run : RunPlan.shard(plan, new RunPlan.Shard(k, settings.tasks()))) {
            if (!Files.isRegularFile(folder.runFile(run.runId()))) {
                return false;
            }
        }
        return true;
    }

    /** The shards whose folder is missing, or lacks a run, or holds a failed run: what a resubmission runs. */
    public List<Integer> incompleteShards(List<RunSpec> plan) {
        return allShards().stream().filter(k -> !isComplete(k, plan)).toList();
    }

    /** The shard folders that exist. */
    public List<Path> existingShardDirs() {
        return allShards().stream().map(this::shardDir).filter(Files::isDirectory).toList();
    }

    /**
     * Merges the shards into the output folder with {@link Sweep#merge}, which names any missing run.
     * The merge goes to a fresh staging folder first, then its files replace those of an earlier merge,
     * so {@code slurm/} and {@code shards/} stay where they are.
     */
    public Sweep.Result merge(Sweep sweep) throws SweepException, ConfigException, IOException {
        Path staging = slurmDir().resolve(MERGE_STAGING);
        deleteTree(staging);
        Sweep.Result result = sweep.merge(staging, existingShardDirs());
        try (Stream<Path> entries = Files.list(staging)) {
            for (Path entry : entries.toList()) {
                Path dest = settings.out().resolve(entry.getFileName().toString());
                deleteTree(dest);
                Files.move(entry, dest, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        deleteTree(staging);
        return new Sweep.Result(settings.out(), result.planned(), result.skipped(), result.done(), result.failed(),
                result.failedRunIds(), result.wall());
    }

    static void deleteTree(Path root) {
        AtomicDirectory.deleteTree(root);
    }

    /** True when {@code out} may receive a new job array: missing, or an empty folder. */
    public static boolean isFresh(Path out) {
        if (!Files.exists(out)) {
            return true;
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
