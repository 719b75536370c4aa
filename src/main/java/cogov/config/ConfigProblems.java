package cogov.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import cogov.config.YamlTree.Origin;

/**
 * Collects every problem found in an input file instead of stopping at the first, so a user fixes
 * them all in one go; also suggests the closest allowed key for a misspelt one.
 */
public final class ConfigProblems {

    private final List<ConfigProblem> problems = new ArrayList<>();

    /** Records a problem located at {@code origin}; {@code message} should end with {@code (got X)} where a value was given. */
    public void add(Origin origin, String keyPath, String message) {
        ConfigProblem p = new ConfigProblem(origin.file(), origin.line(), origin.column(),
                cut(keyPath, MAX_KEY_PATH), cut(message, MAX_MESSAGE));
        if (!problems.contains(p)) {
            problems.add(p);
        }
    }

    /** Longest key path shown in a message; longer ones are cut in the middle. */
    static final int MAX_KEY_PATH = 200;
    /** Longest message shown; longer ones (values given in full) are cut in the middle. */
    static final int MAX_MESSAGE = 400;
    /** Longest value quoted in a {@code (got X)} suffix. */
    public static final int MAX_SHOWN = 80;

    /**
     * {@code text}, or its start and end around {@code "... (N characters) ..."} when longer than
     * {@code max}: one overlong value (repeated through aliases, perhaps) must not flood the terminal.
     */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int keep = Math.max(8, (max - 30) / 2);
        return text.substring(0, keep) + "... (" + text.length() + " characters) ..."
                + text.substring(text.length() - keep);
    }

    /** Records an unknown key with a "did you mean" suggestion drawn from the keys allowed at that level. */
    public void unknownKey(Origin origin, String keyPath, String key, Collection<String> allowed) {
        add(origin, keyPath, "unknown key" + suggestion(key, allowed));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems so far, in the order found. */
    public List<ConfigProblem> list() {
        return List.copyOf(problems);
    }

    /** Throws a {@link ConfigException} carrying every problem (sorted by file and position) if any were found. */
    public void throwIfAny() throws ConfigException {
        if (!problems.isEmpty()) {
            List<ConfigProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparing(ConfigProblem::file).thenComparingInt(ConfigProblem::line)
                    .thenComparingInt(ConfigProblem::column));
            throw new ConfigException(sorted);
        }
    }

    /** {@code parent.key}, or {@code key} at the top level. */
    public static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /**
     * {@code " (did you mean 'x'?)"} for the closest allowed key when it is close enough, else the list
     * of allowed keys.
     */
    public static String suggestion(String key, Collection<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = levenshtein(key, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= Math.max(2, key.length() / 3)) {
            return " (did you mean '" + best + "'?)";
        }
        return " (allowed: " + String.join(", ", allowed) + ")";
    }

    /** Edit distance (insertions, deletions, substitutions). */
    public static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
