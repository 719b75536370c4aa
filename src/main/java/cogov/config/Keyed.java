package cogov.config;

/**
 * A value with a spelling in scenario files (an enum constant such as {@code old-urban}), so binding
 * scenario values to records can map text to constants without a hand-written table per enum.
 */
public interface Keyed {

    /** The spelling used in YAML and CSV files. */
    String key();
}
