package cogov.cli;

import cogov.experiment.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/** {@code cogov bench}: prints the speed and memory figures of the standard workloads. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the model: agent-days per second, wall time and peak heap of three workloads.",
            "The workloads: the shipped baseline (its own length), one community of 3,000 households (730 days) and a",
            "county of 100,000 households (365 days). Each runs --warmup times unmeasured, then once measured."})
final class BenchCommand extends CogovCommand {

    @Option(names = "--baseline", paramLabel = "FILE", defaultValue = "scenarios/lijin-baseline.yaml",
            description = "Baseline scenario the workloads derive from (default: ${DEFAULT-VALUE}).")
    Path baseline;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "Unmeasured runs of each workload first, so the JIT has compiled the model (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    protected int execute() throws Exception {
        ScenarioFiles.requireReadable(baseline);
        List<Benchmark.Workload> workloads = Benchmark.standardWorkloads(baseline);
        out().printf("cogov bench: Java %s, %d cores, max heap %d MiB, GC %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                garbageCollectors());
        out().printf("%-48s %10s %6s %10s %16s %14s%n", "workload", "households", "days", "wall (s)",
                "agent-days/s", "peak heap MiB");
        for (Benchmark.Workload w : workloads) {
            for (int k = 0; k < warmup; k++) {
                Benchmark.measure(w);
            }
            Benchmark.Result r = Benchmark.measure(w);
            out().printf("%-48s %10d %6d %10.2f %16.0f %14.0f%n", r.name(), r.households(), r.days(), r.wallSeconds(),
                    r.agentDaysPerSecond(), r.peakHeapMiB());
            out().flush();
        }
        return ExitCodes.OK;
    }

    private static String garbageCollectors() {
        StringBuilder sb = new StringBuilder();
        ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> sb.append(sb.length() > 0 ? "+" : "").append(gc.getName()));
        return sb.toString();
    }
}
