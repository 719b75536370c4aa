package cogov.config;

/**
 * The rules for text that cogov turns into folder names, CSV cells and report labels, in one place so
 * every input file applies the same ones. A name that becomes a folder ({@code results/<name>}) must
 * be a plain file name; a label (community, category, variant, string factor value) must be printable,
 * short, and must not start like a spreadsheet formula. Formula-like text is refused rather than
 * rewritten, so the value a user wrote is the value in every output (see docs/scenarios.md).
 */
public final class Names {

    /** Longest name or label accepted, in characters; keeps {@code results/<name>/runs/<id>.csv} under file-system limits. */
    public static final int MAX_LENGTH = 100;

    private Names() {
    }

    /**
     * Why {@code name} cannot name a folder, or null when it can: letters, digits, '.', '_' and '-', at
     * most {@link #MAX_LENGTH} characters, not {@code .} or {@code ..}, not starting with '-'.
     */
    public static String folderNameProblem(String name) {
        String label = labelProblem(name);
        if (label != null) {
            return label;
        }
        if (!name.matches("[A-Za-z0-9._-]+")) {
            return "may contain only letters, digits, '.', '_' and '-'";
        }
        if (name.chars().allMatch(c -> c == '.')) {
            return "may not be only dots ('.' and '..' name the current and the parent folder)";
        }
        return null;
    }

    /**
     * Why {@code text} cannot be a label written into CSV and HTML, or null when it can: not empty, at
     * most {@link #MAX_LENGTH} characters, no control or format characters, and not starting with
     * '=', '+', '@' or a '-' that does not begin a number (spreadsheets run such cells as formulas).
     */
    public static String labelProblem(String text) {
        if (text.isEmpty()) {
            return "may not be empty";
        }
        if (text.length() > MAX_LENGTH) {
            return "may have at most " + MAX_LENGTH + " characters (got " + text.length() + ")";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return "may not contain control characters such as tabs, line breaks or NUL (character "
                        + (i + 1) + " is U+" + String.format("%04X", (int) c) + ")";
            }
        }
        if (formulaLike(text)) {
            return "may not start with '=', '+', '-' or '@' (a spreadsheet would run it as a formula)";
        }
        return null;
    }

    /** Whether a spreadsheet would read a cell holding {@code text} as a formula. */
    static boolean formulaLike(String text) {
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '@') {
            return true;
        }
        return first == '-' && !text.matches("-(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    }
}
