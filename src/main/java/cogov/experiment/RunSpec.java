package cogov.experiment;

/**
 * One run of a sweep: a configuration, a replication and the seed derived for that replication.
 *
 * @param index       position in round-robin order (replication-major), used for sharding
 * @param runId       {@code <config id>-r<replication>}, zero-padded so ids sort by configuration then replication
 * @param configIndex index of the configuration in the design
 */
public record RunSpec(int index, String runId, int configIndex, Configuration configuration, int replication,
                      long seed) {
}
