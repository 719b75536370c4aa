package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {

    @TempDir
    Path tmp;

    /** Sources the generated script in a real bash and asks it to complete {@code words}. */
    private String complete(Path script, String... words) throws IOException, InterruptedException {
        String line = String.join(" ", words);
        String program = "source '" + script + "'\n"
                + "COMP_WORDS=(" + line + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'\n"
                + "COMP_POINT=" + line.length() + "\n"
                + "_complete_cogov\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
        assertEquals(0, bash.exitValue(), out);
        return out;
    }

    @Test
    void bashCompletesCommandsAndTheirOptions() throws Exception {
        CliHarness.Result r = CliHarness.real(new Main(), "completion");
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("complete -F _complete_cogov"), r::toString);
        Path script = tmp.resolve("cogov-completion.bash");
        Files.writeString(script, r.out());

        assertEquals(List.of("sweep"), complete(script, "cogov", "swe").lines().toList());
        assertEquals(List.of("slurm"), complete(script, "cogov", "sl").lines().toList());
        assertTrue(complete(script, "cogov", "sweep", "--re").lines().toList().contains("--resume"));
        assertTrue(complete(script, "cogov", "report", "--fo").lines().toList().contains("--format"));
    }
}
