package cogov.output.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property tests: a sweep folder whose {@code manifest.json} is mutated (edited, truncated, minified,
 * nested deeply, made huge) is loaded by the report or refused with a {@link ResultsFormatException}
 * (which {@code cogov report} turns into exit 2), never another exception or error.
 */
class ManifestFuzzTest {

    private static Path dir;
    private static String manifest;

    @BeforeContainer
    static void writeSweep() throws IOException {
        dir = Files.createTempDirectory("cogov-manifest-fuzz");
        SweepFixture.write(dir.resolve("sweep"), 2);
        manifest = Files.readString(dir.resolve("sweep/manifest.json"));
    }

    @AfterContainer
    static void remove() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void loadOrRefuse(byte[] bytes, String what) throws IOException {
        Files.write(dir.resolve("sweep/manifest.json"), bytes);
        try {
            Report.load(dir.resolve("sweep"));
        } catch (ResultsFormatException e) {
            return;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("not a clean refusal of " + what, e);
        } finally {
            Files.writeString(dir.resolve("sweep/manifest.json"), manifest);
        }
    }

    @Property(tries = 150)
    void aMutatedManifestIsLoadedOrRefusedAsAFormatError(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(manifest);
        String[] tokens = {"{", "}", "[", "]", ",", ":", "\"", "\\", "\\u12", "\\uD800", "null", "1e999", "-", "\n", "\u0000"};
        for (int e = 0, n = 1 + random.nextInt(5); e < n; e++) {
            int at = random.nextInt(sb.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> sb.insert(at, tokens[random.nextInt(tokens.length)]);
                case 1 -> sb.setLength(Math.min(at, sb.length()));
                case 2 -> {
                    if (at < sb.length()) {
                        sb.deleteCharAt(at);
                    }
                }
                default -> sb.insert(at, "[".repeat(random.nextInt(300)));
            }
        }
        loadOrRefuse(sb.toString().getBytes(StandardCharsets.UTF_8), sb.length() > 300 ? sb.substring(0, 300) : sb.toString());
    }

    @Property(tries = 50)
    void randomBytesAsAManifestAreRefusedAsAFormatError(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        byte[] bytes = new byte[random.nextInt(2000)];
        random.nextBytes(bytes);
        loadOrRefuse(bytes, "random bytes");
    }

    @Example
    void aMinifiedManifestIsReadLikeTheIndentedOne() throws IOException {
        String minified = manifest.replaceAll("\n\\s*", "");
        loadOrRefuse(minified.getBytes(StandardCharsets.UTF_8), "minified");
        Files.writeString(dir.resolve("sweep/manifest.json"), minified);
        try {
            org.junit.jupiter.api.Assertions.assertEquals(Report.load(dir.resolve("sweep")).figures().size() > 0, true);
        } finally {
            Files.writeString(dir.resolve("sweep/manifest.json"), manifest);
        }
    }

    @Example
    void aDeeplyNestedOrHugeManifestIsRefusedWithoutOverflowingTheStack() throws IOException {
        loadOrRefuse(("{\"a\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}").getBytes(StandardCharsets.UTF_8),
                "200,000 nested arrays");
        byte[] huge = new byte[64 << 20];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        loadOrRefuse(huge, "a 64 MB manifest");
    }
}
