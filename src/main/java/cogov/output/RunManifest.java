package cogov.output;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Provenance of one run, written as {@code manifest.json}: enough to tell which code, input and
 * machine produced a run folder and to reproduce it.
 *
 * @param scenarioName     the scenario's name
 * @param sourceFile       the scenario file as given on the command line
 * @param seed             effective seed
 * @param days             effective number of days
 * @param resolvedSha256   SHA-256 (hex) of {@code scenario.resolved.yaml}
 * @param commandLine      the command as typed, starting with {@code cogov}
 * @param start            when the run started
 * @param wallSeconds      wall-clock seconds the run took
 */
public record RunManifest(String scenarioName, String sourceFile, long seed, int days, String resolvedSha256,
                          List<String> commandLine, Instant start, double wallSeconds) {

    public RunManifest {
        commandLine = List.copyOf(commandLine);
    }

    /** The manifest as JSON: run fields, then {@link #environment()}. */
    public JsonObject toJson() {
        JsonObject json = new JsonObject()
                .put("cogov_version", BuildInfo.version())
                .put("git_commit", BuildInfo.gitCommit())
                .put("scenario", scenarioName)
                .put("source_file", sourceFile)
                .put("seed", seed)
                .put("days", days)
                .put("resolved_scenario_sha256", resolvedSha256)
                .put("start_time", start.truncatedTo(ChronoUnit.MILLIS).toString())
                .put("wall_time_seconds", Math.round(wallSeconds * 1000) / 1000.0)
                .put("command_line", commandLine);
        return json.put("environment", environment());
    }

    /** Java, OS and hardware of this process, shared by every manifest cogov writes. */
    public static JsonObject environment() {
        return new JsonObject()
                .put("java_version", System.getProperty("java.version"))
                .put("java_vendor", System.getProperty("java.vendor"))
                .put("os", System.getProperty("os.name") + " " + System.getProperty("os.version")
                        + " " + System.getProperty("os.arch"))
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
