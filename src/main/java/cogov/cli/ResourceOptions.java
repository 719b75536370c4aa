package cogov.cli;

import cogov.experiment.ResourceEstimate;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * {@code --yes} and {@code --max-memory}, shared by {@code run} and {@code sweep}: the memory estimate
 * is checked against what Java may use before any work starts, and a run that cannot fit is refused
 * with the estimate and the ways to proceed.
 */
final class ResourceOptions {

    @Option(names = "--max-memory", paramLabel = "SIZE",
            description = "Memory the runs may use, e.g. 8g (default: Java's heap limit, set with"
                    + " COGOV_JAVA_OPTS=-Xmx8g). A sweep runs fewer threads at once when they would not fit.")
    String maxMemory;

    @Option(names = "--yes", description = "Start even when the memory estimate exceeds what is available.")
    boolean yes;

    /** The memory budget: {@code --max-memory}, else Java's heap limit. */
    long budget() {
        if (maxMemory == null) {
            return Runtime.getRuntime().maxMemory();
        }
        try {
            return ResourceEstimate.parseSize(maxMemory);
        } catch (IllegalArgumentException e) {
            throw new UserException("--max-memory must be " + e.getMessage());
        }
    }

    /**
     * Refuses (unless {@code --yes}) when one run needs more than the budget; returns how many of
     * {@code threads} runs fit at once (at least 1), with a note when that is fewer.
     */
    int fit(ResourceEstimate largestRun, long households, int threads, PrintWriter err) {
        long budget = budget();
        if (largestRun.bytes() > budget) {
            if (!yes) {
                long suggestion = Math.max(1, (long) Math.ceil(largestRun.bytes() * 1.25 / (1L << 30)));
                throw new UserException("a run of " + households + " households needs about "
                        + ResourceEstimate.bytes(largestRun.bytes()) + " of memory, and "
                        + (maxMemory == null ? "Java may use " : "--max-memory allows ")
                        + ResourceEstimate.bytes(budget) + " here; give Java more memory (COGOV_JAVA_OPTS=-Xmx"
                        + suggestion + "g ./cogov ...), use fewer households, or start anyway with --yes");
            }
            err.println("cogov: starting anyway (--yes): a run needs about "
                    + ResourceEstimate.bytes(largestRun.bytes())
                    + " of memory and " + ResourceEstimate.bytes(budget) + " is available");
            err.flush();
            return 1;
        }
        int fitting = (int) Math.max(1, Math.min(threads, budget / Math.max(1, largestRun.bytes())));
        if (fitting < threads) {
            err.println("cogov: running " + fitting + " run" + (fitting == 1 ? "" : "s") + " at a time instead of "
                    + threads + ": each needs about " + ResourceEstimate.bytes(largestRun.bytes()) + " and "
                    + ResourceEstimate.bytes(budget) + " of memory is available");
            err.flush();
        }
        return fitting;
    }
}
