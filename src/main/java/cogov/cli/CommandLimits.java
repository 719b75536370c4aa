package cogov.cli;

import cogov.config.Scenario;
import java.io.PrintWriter;

/** The ranges of the numeric options several commands share, checked before any work starts. */
final class CommandLimits {

    /** More threads than this many per core only slow a sweep down (each run already keeps a core busy). */
    static final int THREADS_PER_CORE = 4;

    private CommandLimits() {
    }

    /** Refuses a {@code --days} outside the range the scenario key {@code days} allows. */
    static void checkDays(Integer days) {
        if (days != null && (days < 1 || days > Scenario.MAX_DAYS)) {
            throw new UserException("--days must be between 1 and " + Scenario.MAX_DAYS + " (got " + days + ")");
        }
    }

    /**
     * The thread count to use: the cores when not given; at least 1; at most {@link #THREADS_PER_CORE}
     * per core, lowered with a note on {@code err}.
     */
    static int threads(Integer requested, int cores, PrintWriter err) {
        int n = requested == null ? cores : requested;
        if (n < 1) {
            throw new UserException("--threads must be at least 1 (got " + n + ")");
        }
        int cap = THREADS_PER_CORE * Math.max(1, cores);
        if (n > cap) {
            err.println("cogov: --threads " + n + " lowered to " + cap + " (" + THREADS_PER_CORE + " per core on "
                    + cores + " core" + (cores == 1 ? "" : "s") + "): more threads than that only slow a sweep down");
            err.flush();
            return cap;
        }
        return n;
    }
}
