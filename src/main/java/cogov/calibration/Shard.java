package cogov.calibration;

/**
 * Which candidates one process of a sharded calibration may simulate: those whose index is
 * congruent to {@code index} modulo {@code count}. Shards share an {@link EvaluationStore} (a folder
 * on a shared filesystem), read each other's candidates from it, and so together evaluate exactly
 * the candidates one unsharded process would; {@link #ALL} is that one process.
 *
 * @param index 0-based shard number, below {@code count}
 * @param count number of shards
 */
public record Shard(int index, int count) {

    /** The whole calibration in one process. */
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("a shard needs 0 <= index < count (got " + index + "/" + count + ")");
        }
    }

    /** True when this shard simulates candidate {@code candidate} (when it is missing from the store). */
    public boolean owns(int candidate) {
        return candidate % count == index;
    }

    public boolean isAll() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
