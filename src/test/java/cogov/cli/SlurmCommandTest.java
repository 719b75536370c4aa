package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cogov slurm} without a cluster: options, the dry run, and a login node without sbatch. */
class SlurmCommandTest {

    private static final Path QUICK = Path.of("scenarios/experiments/quick.yaml").toAbsolutePath();

    @TempDir
    Path tmp;

    private CliHarness.Result slurm(String... args) throws IOException {
        Path jar = Files.writeString(tmp.resolve("cogov.jar"), "stand-in");
        String[] all = new String[args.length + 1];
        all[0] = "slurm";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliHarness.real(new Main(Engine.DEFAULT, tmp.resolve("results"), jar), all);
    }

    @Test
    void dryRunWritesTheScriptAndPrintsItsPath() throws IOException {
        Path out = tmp.resolve("sweep");
        CliHarness.Result r = slurm(QUICK.toString(), "--tasks", "4", "--out", out.toString(), "--dry-run",
                "--partition", "short", "--time", "00:30:00");
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        Path script = out.resolve("slurm/sweep.sbatch");
        assertEquals(script.toString(), r.out().strip());
        String text = Files.readString(script);
        assertTrue(text.contains("#SBATCH --array=0-3\n"), text);
        assertTrue(text.contains("#SBATCH --partition=short\n"), text);
        assertTrue(text.contains("#SBATCH --time=00:30:00\n"), text);
        assertFalse(text.contains("--mem"), text);
        assertTrue(text.contains("-jar '" + tmp.resolve("cogov.jar") + "'"), text);
        assertTrue(text.contains("sweep '" + QUICK + "'"), text);
        assertFalse(Files.exists(out.resolve("slurm/jobs.txt")), "a dry run submits nothing");
    }

    @Test
    void resumeDryRunListsOnlyTheMissingShards() throws IOException {
        Path out = tmp.resolve("sweep");
        assertEquals(ExitCodes.OK, slurm(QUICK.toString(), "--tasks", "3", "--out", out.toString(), "--dry-run").exit());
        CliHarness.Result r = slurm("--resume", out.toString(), "--dry-run");
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertEquals(out.resolve("slurm/resume-1.sbatch").toString(), r.out().strip());
        assertTrue(Files.readString(out.resolve("slurm/resume-1.sbatch")).contains("#SBATCH --array=0-2\n"));
    }

    @Test
    void optionsAreChecked() throws IOException {
        assertEquals(ExitCodes.BAD_INPUT, slurm(QUICK.toString(), "--dry-run").exit());
        assertEquals(ExitCodes.BAD_INPUT, slurm("--tasks", "2", "--dry-run").exit());
        assertEquals(ExitCodes.BAD_INPUT, slurm(QUICK.toString(), "--tasks", "0", "--dry-run").exit());
        assertEquals(ExitCodes.BAD_INPUT, slurm(QUICK.toString(), "--tasks", "2", "--time", "soon", "--dry-run").exit());
        CliHarness.Result r = slurm("--resume", tmp.resolve("nothing").toString(), "--dry-run");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("not a 'cogov slurm' folder"), r::toString);
    }

    @Test
    void aFolderInTheWayIsRefused() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(out.resolve("x"), "x");
        CliHarness.Result r = slurm(QUICK.toString(), "--tasks", "2", "--out", out.toString(), "--dry-run");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("--resume"), r::toString);
    }

    @Test
    void theJarIsFoundBesideTheClassesFolder() throws IOException {
        Path classes = Files.createDirectories(tmp.resolve("target/classes"));
        assertEquals(tmp.resolve("target/cogov.jar"), SlurmCommand.jarFor(classes));
        Path jar = Files.writeString(tmp.resolve("elsewhere.jar"), "x");
        assertEquals(jar, SlurmCommand.jarFor(jar));
    }

    @Test
    void withoutSbatchOnThePathItExitsTwoAndSaysWhatToDo() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "slurm", QUICK.toString(), "--tasks", "2", "--out", tmp.resolve("o").toString()))
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("log").toFile());
        pb.environment().put("PATH", "");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child did not finish");
        String log = Files.readString(tmp.resolve("log"), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.BAD_INPUT, p.exitValue(), log);
        assertTrue(log.contains("cogov: " + SlurmCommand.NO_SBATCH), log);
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written without sbatch");
    }

    @Test
    void lineBreaksAndShellCharactersInValuesAreRefusedAndNoScriptIsWritten() throws IOException {
        Path out = tmp.resolve("sweep");
        String[][] hostile = {
            {"--partition", "short\ntouch /tmp/pwned"},
            {"--mem", "4G\nrm -rf ~"},
            {"--mem", "4G;id"},
            {"--partition", "a b"},
            {"--out", tmp.resolve("x\ntouch pwned").toString()},
        };
        for (String[] option : hostile) {
            List<String> args = new java.util.ArrayList<>(List.of(QUICK.toString(), "--tasks", "2", "--dry-run"));
            if (!option[0].equals("--out")) {
                args.addAll(List.of("--out", out.toString()));
            }
            args.addAll(List.of(option[0], option[1]));
            CliHarness.Result r = slurm(args.toArray(String[]::new));
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), () -> option[0] + " " + option[1] + ": " + r);
            assertFalse(r.err().contains("\n" + option[1].substring(option[1].indexOf('\n') + 1)),
                    "the value is shown with its line break: " + r.err());
            assertFalse(Files.exists(out.resolve("slurm/sweep.sbatch")), option[0] + ": a script was written");
        }
    }

    @Test
    void anExperimentPathWithALineBreakIsRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("evil\nid"));
        Path experiment = dir.resolve("quick.yaml");
        Files.writeString(experiment, Files.readString(QUICK).replace("../quick-county.yaml",
                QUICK.getParent().resolve("../quick-county.yaml").normalize().toString()));
        Path out = tmp.resolve("sweep");
        CliHarness.Result r = slurm(experiment.toString(), "--tasks", "2", "--out", out.toString(), "--dry-run");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("control character"), r.err());
        assertFalse(Files.exists(out.resolve("slurm/sweep.sbatch")));
    }
}
