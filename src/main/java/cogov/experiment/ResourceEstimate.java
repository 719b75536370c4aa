package cogov.experiment;

import cogov.config.Scenario;
import java.util.Locale;

/**
 * What a run will need before it starts, so that a run too large for the machine is refused with
 * advice instead of failing hours later, and a long one says how long. The figures are measured, not
 * derived: peak heap of runs of 100,000 to 2,500,000 households (ParallelGC, 344-366 bytes per household
 * above about 40 MiB of fixed cost; {@code cogov bench}) and throughput of 7-30 million household-days
 * per second on one core of the development machine (README, Speed and memory).
 *
 * @param bytes   heap one run needs at its peak
 * @param seconds wall time of one run on one thread
 */
public record ResourceEstimate(long bytes, double seconds) {

    /** Peak heap per household, rounded up from the measured 344-366 bytes. */
    public static final long BYTES_PER_HOUSEHOLD = 380;
    /** Heap a run needs whatever its size: classes, metrics buffers, the scenario. */
    public static final long FIXED_BYTES = 40L << 20;
    /** Household-days simulated per second on one thread: the low end of the measured range, for large counties. */
    public static final double HOUSEHOLD_DAYS_PER_SECOND = 7e6;

    /** The estimate for one run of {@code scenario}. */
    public static ResourceEstimate of(Scenario scenario) {
        long households = scenario.communities().stream().mapToLong(c -> c.households()).sum();
        return new ResourceEstimate(FIXED_BYTES + households * BYTES_PER_HOUSEHOLD,
                households * (double) scenario.days() / HOUSEHOLD_DAYS_PER_SECOND);
    }

    /** Bytes as people read them: {@code 512 MB}, {@code 15.2 GB}. */
    public static String bytes(long bytes) {
        if (bytes < (1L << 30)) {
            return String.format(Locale.ROOT, "%d MB", Math.max(1, bytes >> 20));
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }

    /** A duration as people read it: {@code 40 s}, {@code 12 min}, {@code 7 h 40 min}. */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 90) {
            return s + " s";
        }
        long minutes = Math.round(seconds / 60);
        if (minutes < 90) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    /**
     * A size such as {@code 8g}, {@code 512m}, {@code 4G}, {@code 2048M} or plain bytes, as {@code -Xmx}
     * takes it.
     *
     * @throws IllegalArgumentException when {@code text} is not such a size
     */
    public static long parseSize(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (!t.matches("\\d{1,12}(\\.\\d+)?[kmgt]?b?")) {
            throw new IllegalArgumentException("a size such as 8g, 512m or 4G (got '" + text + "')");
        }
        t = t.endsWith("b") ? t.substring(0, t.length() - 1) : t;
        char unit = t.charAt(t.length() - 1);
        int shift = switch (unit) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            case 't' -> 40;
            default -> 0;
        };
        String number = shift == 0 ? t : t.substring(0, t.length() - 1);
        return (long) (Double.parseDouble(number) * (1L << shift));
    }
}
