package cogov.experiment;

import java.util.Random;

/** Line-level edits of a CSV text for the run-file property tests, driven by a seed. */
final class MutatedText {

    private static final String[] TOKENS = {",", "\"", "\n", "\r\n", "day", "summary", "county", "type", "9999999999",
        "-1", "0", "2000000000", "NaN", "1e999", "x", "\u0000", "\"\"", ",,,,"};

    private MutatedText() {
    }

    static String mutate(String text, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(text);
        for (int e = 0, n = 1 + random.nextInt(4); e < n; e++) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            switch (random.nextInt(6)) {
                case 0 -> sb.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 1 -> {
                    if (sb.length() > 0) {
                        sb.deleteCharAt(at);
                    }
                }
                case 2 -> sb.setLength(at);
                case 3 -> {
                    int start = sb.lastIndexOf("\n", at) + 1;
                    int end = sb.indexOf("\n", at);
                    if (end > start) {
                        sb.delete(start, end + 1);
                    }
                }
                case 4 -> {
                    int start = sb.lastIndexOf("\n", at) + 1;
                    int end = sb.indexOf("\n", at);
                    if (end > start) {
                        sb.insert(start, sb.substring(start, end + 1));
                    }
                }
                default -> sb.replace(at, Math.min(sb.length(), at + 1), String.valueOf(random.nextInt(10)));
            }
        }
        return sb.toString();
    }
}
