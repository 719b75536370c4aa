package cogov.config;

/**
 * One thing wrong with an input file, located precisely enough for a user to fix it.
 *
 * @param file    the file as the user named it (or a label such as {@code <override>})
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param keyPath dotted key path such as {@code communities[2].households}, or empty for the whole file
 * @param message what is wrong, ending with {@code (got X)} where a value was given
 */
public record ConfigProblem(String file, int line, int column, String keyPath, String message) {

    /** {@code file:line:column key.path: message}, omitting unknown parts. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(' ');
        if (!keyPath.isEmpty()) {
            sb.append(keyPath).append(": ");
        }
        return sb.append(message).toString();
    }
}
