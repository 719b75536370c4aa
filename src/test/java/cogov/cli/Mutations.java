package cogov.cli;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Ways a hostile or broken file differs from a good one, applied to a good file's bytes: flipped
 * and deleted bytes, inserted YAML and JSON syntax, control characters, duplicated, swapped and
 * truncated lines, huge numbers, deep nesting, anchors and aliases. Driven by a seed so a failing
 * case can be replayed.
 */
final class Mutations {

    private static final String[] TOKENS = {":", ": ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "!!str ", "!!java.io.File ",
        "<<: ", "'", "\"", "#", "\n", "\t", "\u0000", "\r", "|\n", ">-\n", "~", "null", ".nan", "-.inf", "1e400",
        "99999999999999999999", "-2147483649", "2147483648", "0x1F", "true", "=cmd|' /C calc'!A0", "..", "/", "\\u0000raw:",
        "\"\\u0000raw:<script>\"", "{\"a\": [[[[[[[[[[]]]]]]]]]]}", "extends: /dev/zero\n", "extends: ../x.yaml\n", "é", "\uFEFF",
        "\uD800"};

    private Mutations() {
    }

    /** {@code good} with between 1 and {@code maxEdits} random edits. */
    static String mutate(String good, long seed, int maxEdits) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(good);
        int edits = 1 + random.nextInt(maxEdits);
        for (int e = 0; e < edits; e++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length());
            switch (random.nextInt(9)) {
                case 0 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 1 -> {
                    if (text.length() > 0) {
                        text.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (text.length() > 0) {
                        text.setCharAt(at, (char) (text.charAt(at) ^ (1 << random.nextInt(7))));
                    }
                }
                case 3 -> text.setLength(at);
                case 4 -> duplicateLine(text, at);
                case 5 -> text.insert(at, "[".repeat(random.nextInt(200)));
                case 6 -> text.insert(at, String.valueOf(random.nextLong()));
                case 7 -> text.insert(at, "x".repeat(random.nextInt(5000)));
                default -> replaceNumber(text, at, random);
            }
        }
        return text.toString();
    }

    /** Random bytes, sometimes valid UTF-8, sometimes not. */
    static byte[] noise(long seed, int maxLength) {
        Random random = new Random(seed);
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) {
            return new String(bytes, StandardCharsets.ISO_8859_1).replaceAll("[^ -~\n]", "").getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    private static void duplicateLine(StringBuilder text, int at) {
        int start = text.lastIndexOf("\n", at) + 1;
        int end = text.indexOf("\n", at);
        end = end < 0 ? text.length() : end + 1;
        text.insert(start, text.substring(start, end));
    }

    private static void replaceNumber(StringBuilder text, int at, Random random) {
        for (int i = at; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                int end = i;
                while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                String[] numbers = {"0", "-1", "1e308", "2000000000", "100001", "0.0000001", "-0", "NaN", "9".repeat(30)};
                text.replace(i, end, numbers[random.nextInt(numbers.length)]);
                return;
            }
        }
    }
}
