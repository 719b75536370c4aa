package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sbatch script, the stored settings and which shards a resubmission runs. */
class SlurmJobTest {

    @TempDir
    Path tmp;

    private SlurmJob job(int tasks, String partition, String time, Integer cpus, String mem) {
        return new SlurmJob(new SlurmJob.Settings(tmp.resolve("exp/quick.yaml"), tmp.resolve("out"),
                tmp.resolve("target/cogov.jar"), tasks, partition, time, cpus, mem));
    }

    @Test
    void scriptRunsOneShardPerArrayTaskWithAbsolutePaths() {
        String script = job(3, null, null, null, null).script(List.of(0, 1, 2));
        String out = tmp.resolve("out").toAbsolutePath().toString();
        assertTrue(script.startsWith("#!/bin/bash\n"), script);
        assertTrue(script.contains("\n#SBATCH --array=0-2\n"), script);
        assertTrue(script.contains("\n#SBATCH --output=" + out + "/slurm/logs/shard-%a-job-%A.log\n"), script);
        assertTrue(script.contains("exec \"${JAVA:-java}\" -XX:+UseParallelGC -jar '"
                + tmp.resolve("target/cogov.jar").toAbsolutePath() + "'"), script);
        assertTrue(script.contains("sweep '" + tmp.resolve("exp/quick.yaml").toAbsolutePath() + "'"), script);
        assertTrue(script.contains("--shard \"$k/3\" --threads \"${SLURM_CPUS_PER_TASK:-1}\""), script);
        assertTrue(script.contains("--out '" + out + "/shards'\"/shard-$k\" --resume --no-report"), script);
        assertTrue(script.contains("k=\"$SLURM_ARRAY_TASK_ID\""), script);
    }

    @Test
    void resourceLinesOnlyWhenGiven() {
        String plain = job(2, null, null, null, null).script(List.of(0, 1));
        for (String option : List.of("--partition", "--time", "--cpus-per-task", "--mem")) {
            assertFalse(plain.contains("#SBATCH " + option), () -> option + " without being asked:\n" + plain);
        }
        String full = job(2, "long", "02:00:00", 4, "8G").script(List.of(0, 1));
        assertTrue(full.contains("\n#SBATCH --partition=long\n"), full);
        assertTrue(full.contains("\n#SBATCH --time=02:00:00\n"), full);
        assertTrue(full.contains("\n#SBATCH --cpus-per-task=4\n"), full);
        assertTrue(full.contains("\n#SBATCH --mem=8G\n"), full);
    }

    @Test
    void arrayListsOnlyTheShardsAsked() {
        assertEquals("0-3", SlurmJob.arraySpec(List.of(0, 1, 2, 3)));
        assertEquals("0", SlurmJob.arraySpec(List.of(0)));
        assertEquals("1,3", SlurmJob.arraySpec(List.of(1, 3)));
        assertEquals("2", SlurmJob.arraySpec(List.of(2)));
        assertTrue(job(4, null, null, null, null).script(List.of(1, 3)).contains("\n#SBATCH --array=1,3\n"));
    }

    @Test
    void pathsWithQuotesAreQuotedForBash() {
        assertEquals("'/a/it'\\''s here'", SlurmJob.quote(Path.of("/a/it's here")));
    }

    @Test
    void settingsSurviveTheFolder() throws IOException {
        SlurmJob job = job(5, "debug", null, 2, "1G");
        Path script = job.writeScript(job.allShards(), false);
        assertEquals(tmp.resolve("out/slurm/sweep.sbatch").toAbsolutePath(), script);
        assertTrue(Files.isDirectory(job.logsDir()));
        assertEquals(job.settings(), SlurmJob.load(tmp.resolve("out")));
        Path again = job.writeScript(List.of(2), true);
        assertEquals("resume-1.sbatch", again.getFileName().toString());
        assertEquals("resume-2.sbatch", job.writeScript(List.of(2), true).getFileName().toString());
    }

    @Test
    void jobIdsAreAppended() throws IOException {
        SlurmJob job = job(2, null, null, null, null);
        Path script = job.writeScript(job.allShards(), false);
        job.recordJob("41", job.allShards(), script);
        job.recordJob("42", List.of(1), script);
        assertEquals(List.of("41", "42"), job.recordedJobs());
        assertTrue(Files.readString(job.jobsFile()).contains("42\tarray=1\tscript=sweep.sbatch\n"));
    }

    @Test
    void missingFailedAndPartialShardsAreIncomplete() throws Exception {
        List<RunSpec> plan = RunPlan.of(Design.expand(FakeModel.factorial(3)), 3, 42L);
        SlurmJob job = job(4, null, null, null, null);
        for (int k = 0; k < 4; k++) {
            for (RunSpec r : RunPlan.shard(plan, new RunPlan.Shard(k, 4))) {
                SweepFolder folder = new SweepFolder(job.shardDir(k));
                Files.createDirectories(folder.runs());
                try (RunFile.Writer w = new RunFile.Writer(folder.runFile(r.runId()), 40, 10)) {
                    FakeModel.run(FakeModel.source(40).scenario(java.util.Map.of()), w);
                    w.finish();
                }
            }
        }
        assertEquals(List.of(), job.incompleteShards(plan));
        RunSpec changed = RunPlan.shard(plan, new RunPlan.Shard(3, 4)).get(0);
        Path changedFile = new SweepFolder(job.shardDir(3)).runFile(changed.runId());
        byte[] good = Files.readAllBytes(changedFile);
        Files.write(changedFile, java.util.Arrays.copyOf(good, good.length - 1));
        assertEquals(List.of(3), job.incompleteShards(plan), "a run file failing its checksum is incomplete");
        Files.write(changedFile, good);
        SlurmJob.deleteTree(job.shardDir(1));
        SweepFolder two = new SweepFolder(job.shardDir(2));
        RunSpec failed = RunPlan.shard(plan, new RunPlan.Shard(2, 4)).get(0);
        Files.delete(two.runFile(failed.runId()));
        Files.writeString(two.failedFile(failed.runId()), "error");
        assertEquals(List.of(1, 2), job.incompleteShards(plan));
        assertTrue(job.isComplete(3, plan));
    }

    @Test
    void freshMeansMissingOrEmpty() throws IOException {
        assertTrue(SlurmJob.isFresh(tmp.resolve("nothing")));
        Files.createDirectories(tmp.resolve("empty"));
        assertTrue(SlurmJob.isFresh(tmp.resolve("empty")));
        Files.writeString(tmp.resolve("empty/x"), "x");
        assertFalse(SlurmJob.isFresh(tmp.resolve("empty")));
    }

    @Test
    void scontrolLinesGiveEachTaskState() {
        String text = "JobId=12 ArrayJobId=11 ArrayTaskId=1 JobName=x JobState=FAILED Reason=NonZeroExitCode\n"
                + "JobId=11 ArrayJobId=11 ArrayTaskId=0 JobName=x JobState=COMPLETED Reason=None\n";
        assertEquals(List.of(new SlurmClient.TaskState(0, "COMPLETED"), new SlurmClient.TaskState(1, "FAILED")),
                SlurmClient.parseStates(text));
    }

    @Test
    void sbatchIsLookedUpOnThePath() throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        assertTrue(SlurmClient.find(bin.toString()).isEmpty());
        assertTrue(SlurmClient.find("").isEmpty());
        assertTrue(SlurmClient.find(null).isEmpty());
        Path sbatch = Files.writeString(bin.resolve("sbatch"), "#!/bin/sh\n");
        assertTrue(SlurmClient.find(bin.toString()).isEmpty(), "not executable yet");
        assertTrue(sbatch.toFile().setExecutable(true));
        assertTrue(SlurmClient.find(tmp.resolve("none") + ":" + bin).isPresent());
    }
}
