package cogov.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Every run of a sweep in execution order: replication 0 of every configuration, then replication 1,
 * and so on, so a sweep stopped early has covered the whole design evenly.
 */
public final class RunPlan {

    private RunPlan() {
    }

    /** All runs of the design, round-robin over configurations. */
    public static List<RunSpec> of(Design design, int replications, long masterSeed) {
        int width = Math.max(2, Integer.toString(Math.max(0, replications - 1)).length());
        List<RunSpec> runs = new ArrayList<>();
        int index = 0;
        for (int rep = 0; rep < replications; rep++) {
            long seed = Seeds.forReplication(masterSeed, rep);
            for (int c = 0; c < design.configurations().size(); c++) {
                Configuration config = design.configurations().get(c);
                String runId = config.id() + "-r" + String.format("%0" + width + "d", rep);
                runs.add(new RunSpec(index++, runId, c, config, rep, seed));
            }
        }
        return runs;
    }

    /** The runs of shard {@code shard} (0-based) of {@code shards}: those whose index modulo shards is shard. */
    public static List<RunSpec> shard(List<RunSpec> runs, Shard shard) {
        List<RunSpec> mine = new ArrayList<>();
        for (RunSpec r : runs) {
            if (shard.owns(r.index())) {
                mine.add(r);
            }
        }
        return mine;
    }

    /**
     * A slice of a sweep for running on several machines: runs with index % count == index.
     */
    public record Shard(int index, int count) {
        public static final Shard ALL = new Shard(0, 1);

        public Shard {
            if (count < 1 || index < 0 || index >= count) {
                throw new IllegalArgumentException("shard must be i/n with 0 <= i < n (got " + index + "/" + count + ")");
            }
        }

        /** Parses {@code i/n}. */
        public static Shard parse(String text) {
            String[] parts = text.trim().split("/");
            if (parts.length != 2) {
                throw new IllegalArgumentException("shard must be i/n, for example 0/4 (got " + text + ")");
            }
            try {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("shard must be i/n, for example 0/4 (got " + text + ")", e);
            }
        }

        public boolean owns(int runIndex) {
            return runIndex % count == index;
        }

        public boolean isAll() {
            return count == 1;
        }

        @Override
        public String toString() {
            return index + "/" + count;
        }
    }
}
