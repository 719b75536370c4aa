package cogov.output;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Which cogov produced a result: the Maven version baked into the jar and, when the code runs from
 * a git checkout, the commit. Never fails: unknown parts read {@code "unknown"}.
 */
public final class BuildInfo {

    public static final String UNKNOWN = "unknown";
    private static final String VERSION_RESOURCE = "/cogov/version.properties";
    private static volatile String commit;

    private BuildInfo() {
    }

    /** The project version, such as {@code 0.1.0}. */
    public static String version() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", UNKNOWN).trim();
            return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    /**
     * The git commit of the checkout the code was loaded from (the folder holding {@code target/}),
     * with {@code -dirty} appended when tracked files differ from it; {@code "unknown"} outside git.
     */
    public static String gitCommit() {
        String c = commit;
        if (c == null) {
            c = lookUpCommit();
            commit = c;
        }
        return c;
    }

    private static String lookUpCommit() {
        Path dir = codeLocation();
        if (dir == null) {
            return UNKNOWN;
        }
        String head = git(dir, "rev-parse", "HEAD");
        if (head == null || !head.matches("[0-9a-f]{40}")) {
            return UNKNOWN;
        }
        String status = git(dir, "status", "--porcelain", "--untracked-files=no");
        return status == null || status.isEmpty() ? head : head + "-dirty";
    }

    /** The folder of the jar or classes folder this class came from. */
    private static Path codeLocation() {
        try {
            var source = BuildInfo.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isDirectory(p) ? p : p.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Output of a git command, trimmed, or null when git is missing, fails or hangs. */
    private static String git(Path dir, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = dir.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8).trim() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
