package cogov.experiment;

import cogov.config.ExperimentSpec;
import cogov.config.ExperimentSpec.Morris;
import cogov.config.ExperimentSpec.Range;
import cogov.config.ExperimentSpec.ReferenceSpec;
import cogov.config.ExperimentSpec.Robustness;
import cogov.config.ExperimentSpec.Sample;
import cogov.config.ExperimentSpec.SampleMethod;
import cogov.config.ExperimentSpec.Saltelli;
import cogov.config.ExperimentSpec.SampledDesign;
import cogov.config.ExperimentSpec.Variant;
import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Speed and memory of the analysis at scale (issue 13: 10,000 runs x 20 parameters within 30 s and
 * 1 GiB): writes a synthetic runs.csv (every county metric an analytic function of the 20 parameters
 * plus seed noise) for a Saltelli, a Morris, a Latin-hypercube and a robustness design of about 10,000
 * runs each, then times {@link Sensitivity#write} (reading runs.csv, every metric, bootstrap intervals,
 * convergence, writing the files) and prints wall time and peak heap. A benchmark that prints numbers,
 * not a test. Run it with a 1 GiB heap:
 * <pre>
 * mvn -q -o test-compile
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/classpath.txt) cogov.experiment.SensitivityBenchmark
 * </pre>
 * (arguments, e.g. {@code robustness}, run only the designs named: saltelli, morris, lhs, robustness;
 * {@code -Dcogov.bench.keep=true} keeps the folders written, to compare the files of two versions)
 * ({@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt} writes the classpath.)
 */
public final class SensitivityBenchmark {

    private SensitivityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int k = 20;
        Map<String, Range> ranges = new LinkedHashMap<>();
        for (int i = 0; i < k; i++) {
            ranges.put("p" + i, new Range(0, 1, false));
        }
        List<Variant> variants = new ArrayList<>();
        for (int v = 0; v < 10; v++) {
            variants.add(new Variant("v" + v, Map.of("mechanism" + v, true)));
        }
        List<SampledDesign> designs = List.of(
                new Saltelli(ranges, 512),
                new Morris(ranges, 476, 4),
                new Sample(SampleMethod.LHS, 5000, ranges),
                new Robustness(variants, 500, ranges, 0.0));
        int[] replications = {1, 1, 2, 2};
        List<String> names = List.of("saltelli", "morris", "lhs", "robustness");
        List<String> only = args.length == 0 ? names : List.of(args);
        System.out.printf(Locale.ROOT, "%-10s %8s %6s %6s %10s %8s %10s %12s%n", "design", "runs", "params", "reps",
                "analysis_s", "cpu_s", "peak_MiB", "runs.csv_MB");
        for (int d = 0; d < designs.size(); d++) {
            if (!only.contains(names.get(d))) {
                continue;
            }
            SampledDesign spec = designs.get(d);
            ExperimentSpec experiment = new ExperimentSpec("bench", "", Path.of("bench.yaml"), Path.of("base.yaml"), spec,
                    replications[d], 99L, 90, spec instanceof Robustness ? new ReferenceSpec("v0", null)
                    : ReferenceSpec.FIRST, false);
            Design design = Design.expand(experiment);
            Path dir = Files.createTempDirectory("cogov-sensitivity-bench");
            writeRuns(design, replications[d], dir.resolve(cogov.output.FolderLayout.RUNS));
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            new Sensitivity(design, replications[d], 99L, cogov.analysis.Bootstrap.DEFAULT_RESAMPLES).write(dir);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "%-10s %8d %6d %6d %10.1f %8.1f %10.0f %12.1f%n", design.sampling().method(),
                    design.configurations().size() * replications[d], k, replications[d], seconds, cpuSeconds,
                    peakHeapMiB(),
                    Files.size(dir.resolve(cogov.output.FolderLayout.RUNS)) / 1e6);
            if (Boolean.getBoolean("cogov.bench.keep")) {
                System.out.println("  kept " + dir);
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** A runs.csv whose every metric is a different smooth function of the parameters plus seed noise. */
    private static void writeRuns(Design design, int reps, Path file) throws Exception {
        List<Metric> metrics = MetricRegistry.all();
        List<String> header = new ArrayList<>(List.of("run_id", "config_id"));
        header.addAll(List.of("replication", "seed", "status"));
        metrics.forEach(m -> header.add(m.name()));
        MersenneTwister noise = new MersenneTwister(5);
        List<String> params = design.sampling().parameters();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, RunFile.format())) {
            out.printRecord(header);
            for (Configuration c : design.configurations()) {
                for (int r = 0; r < reps; r++) {
                    List<String> row = new ArrayList<>(List.of(c.id() + "-r" + r, c.id(), Integer.toString(r), "0", "ok"));
                    for (int m = 0; m < metrics.size(); m++) {
                        double y = 0;
                        for (int i = 0; i < params.size(); i++) {
                            double x = ((Number) c.overrides().get(params.get(i))).doubleValue();
                            y += Math.sin((m + 1) * x + i) / (1 + i);
                        }
                        row.add(Num.format(y + 0.1 * noise.nextGaussian()));
                    }
                    out.printRecord(row);
                }
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** CPU time of the whole process (all threads, garbage collection included): independent of other load. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024.0 * 1024.0);
    }
}
