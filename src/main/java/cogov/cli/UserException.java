package cogov.cli;

/** A problem with what the user asked for, reported as {@code cogov: <message>} with exit code 2. */
final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserException(String message) {
        super(message);
    }
}
