package cogov.cli;

/** The process exit codes every cogov command uses; scripts and CI may rely on them. */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** A bug or an unexpected failure inside cogov (not the user's input). */
    public static final int INTERNAL_ERROR = 1;
    /**
     * The input was unusable (usage error, invalid or missing file, output folder already holding results)
     * or the machine refused (disk full, read-only or unreadable folder, not enough memory).
     */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
