package cogov.experiment;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slurm's command-line tools as cogov uses them: {@code sbatch --parsable} to submit,
 * {@code squeue -h -j ID} to see whether a job is still queued or running, and
 * {@code scontrol -o show job ID} for the final state of each array task (accounting may be off on a
 * cluster, so {@code sacct} is not used). The tools find their cluster as usual ({@code SLURM_CONF} or
 * the system configuration), inherited from cogov's environment.
 */
public final class SlurmClient {

    /** One array task's final state, for example {@code COMPLETED} or {@code FAILED}. */
    public record TaskState(int task, String state) {
    }

    private final Path sbatch;

    private SlurmClient(Path sbatch) {
        this.sbatch = sbatch;
    }

    /** The client, or empty when {@code sbatch} is not on {@code path} (a {@code PATH}-style list). */
    public static Optional<SlurmClient> find(String path) {
        return onPath("sbatch", path).map(SlurmClient::new);
    }

    /** The first executable file called {@code name} in the folders of {@code path}. */
    public static Optional<Path> onPath(String name, String path) {
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Submits {@code script} and returns the job id. */
    public String submit(Path script) throws IOException, InterruptedException {
        return submit(script, null);
    }

    /**
     * Submits {@code script} to start once job {@code after} has ended, whatever its state
     * ({@code --dependency=afterany}; no dependency when null), and returns the job id.
     */
    public String submit(Path script, String after) throws IOException, InterruptedException {
        if (after != null && !after.matches("\\d+")) {
            throw new IllegalArgumentException("not a job id: " + after);
        }
        List<String> command = new ArrayList<>(List.of(sbatch.toString(), "--parsable"));
        if (after != null) {
            command.add("--dependency=afterany:" + after);
        }
        command.add(script.toString());
        Output o = run(command);
        if (o.exit() != 0) {
            throw new IOException("sbatch failed (exit " + o.exit() + "): " + o.err().strip());
        }
        String id = o.out().strip().split(";", 2)[0];
        if (!id.matches("\\d+")) {
            throw new IOException("sbatch printed no job id: " + o.out().strip());
        }
        return id;
    }

    /** True while any task of the job is queued or running; a job squeue no longer knows has ended. */
    public boolean active(String jobId) throws IOException, InterruptedException {
        Output o = run(List.of(tool("squeue"), "-h", "-j", jobId, "-o", "%i"));
        return o.exit() == 0 && !o.out().isBlank();
    }

    /** Polls until the job has ended. */
    public void await(String jobId, Duration every) throws IOException, InterruptedException {
        while (active(jobId)) {
            Thread.sleep(every.toMillis());
        }
    }

    /** The state of each array task as {@code scontrol} reports it; empty when Slurm has forgotten the job. */
    public List<TaskState> states(String jobId) throws IOException, InterruptedException {
        Output o = run(List.of(tool("scontrol"), "-o", "show", "job", jobId));
        return o.exit() == 0 ? parseStates(o.out()) : List.of();
    }

    private static final Pattern TASK = Pattern.compile("(?:^|\\s)ArrayTaskId=(\\d+)(?:\\s|$)");
    private static final Pattern STATE = Pattern.compile("(?:^|\\s)JobState=(\\S+)");

    /** Reads {@code scontrol -o show job} output: one line per task. */
    static List<TaskState> parseStates(String text) {
        TreeMap<Integer, String> states = new TreeMap<>();
        for (String line : text.split("\n")) {
            Matcher t = TASK.matcher(line);
            Matcher s = STATE.matcher(line);
            if (t.find() && s.find()) {
                states.put(Integer.parseInt(t.group(1)), s.group(1));
            }
        }
        List<TaskState> out = new ArrayList<>();
        states.forEach((k, v) -> out.add(new TaskState(k, v)));
        return out;
    }

    /** A sibling tool of sbatch (squeue, scontrol), from the same folder when it is there. */
    private String tool(String name) {
        Path sibling = sbatch.resolveSibling(name);
        return Files.isExecutable(sibling) ? sibling.toString() : name;
    }

    private record Output(int exit, String out, String err) {
    }

    private static Output run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        int exit = p.waitFor();
        return new Output(exit, out, err.join());
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
