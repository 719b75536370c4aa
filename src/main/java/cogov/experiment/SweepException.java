package cogov.experiment;

/**
 * A sweep that must not start or cannot be merged: an output folder in the way, a resume into a folder
 * of another experiment, shards that do not fit together. The CLI maps it to exit code 2.
 */
public final class SweepException extends Exception {
    private static final long serialVersionUID = 1L;

    public SweepException(String message) {
        super(message);
    }
}
