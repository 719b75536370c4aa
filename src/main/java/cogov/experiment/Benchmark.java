package cogov.experiment;

import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The speed and memory benchmark behind {@code cogov bench}: three standard workloads, each run with
 * the metrics collector attached (as real runs are), reporting agent-days per second, wall time and
 * peak heap.
 */
public final class Benchmark {

    /** One workload's figures. */
    public record Result(String name, int households, int days, double wallSeconds, double agentDaysPerSecond,
                         double peakHeapMiB) {
    }

    /** A named workload: a scenario derived from the baseline. */
    public record Workload(String name, Scenario scenario) {
    }

    private Benchmark() {
    }

    /** The three standard workloads of issue 2, derived from the given baseline file. */
    public static List<Workload> standardWorkloads(Path baseline) throws ConfigException {
        List<Workload> list = new ArrayList<>();
        Scenario base = ScenarioLoader.load(baseline);
        list.add(new Workload(base.name() + " (" + base.days() + " days)", base));
        Map<String, Object> one = new HashMap<>();
        one.put("days", 730);
        one.put("communities", List.of(community("single", "old-urban", 3000)));
        list.add(new Workload("one community of 3,000 households (730 days)", ScenarioLoader.load(baseline, one)));
        Map<String, Object> county = new HashMap<>();
        county.put("days", 365);
        List<Object> communities = new ArrayList<>();
        String[] types = {"old-urban", "commodity-housing", "relocated"};
        for (int c = 0; c < 50; c++) {
            communities.add(community("c" + c, types[c % 3], 2000));
        }
        county.put("communities", communities);
        list.add(new Workload("county of 100,000 households (365 days)", ScenarioLoader.load(baseline, county)));
        return list;
    }

    private static Map<String, Object> community(String name, String type, int households) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("type", type);
        m.put("households", households);
        m.put("grids", Math.max(1, households / 500));
        m.put("staff", Math.max(3, households / 500));
        m.put("grid_workers", Math.max(1, households / 600));
        m.put("venue_m2", households / 12.0);
        m.put("budget_yuan", households * 20.0);
        return m;
    }

    /** Runs a workload once and measures it; the JVM's heap peak is reset first. */
    public static Result measure(Workload w) {
        System.gc();
        List<MemoryPoolMXBean> heapPools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heapPools.add(pool);
            }
        }
        long t0 = System.nanoTime();
        long[] rows = {0};
        Simulation.run(w.scenario(), dayRows -> rows[0] += dayRows.size());
        double wall = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            peak += pool.getPeakUsage().getUsed();
        }
        int households = w.scenario().totalHouseholds();
        int days = w.scenario().days();
        return new Result(w.name(), households, days, wall, (double) households * days / wall, peak / (1024.0 * 1024.0));
    }
}
