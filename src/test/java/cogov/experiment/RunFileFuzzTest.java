package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.output.FolderLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property tests: mutated run files (their CSV text edited and recompressed, or their bytes flipped)
 * are either read as a valid run or refused with a {@link RunFile.CorruptRunFileException} naming the
 * file, never another exception, and never trusted by {@link RunFile#verify} unless the checksum was
 * forged too.
 */
class RunFileFuzzTest {

    private static Path dir;
    private static Path good;
    private static String text;

    @BeforeContainer
    static void writeOneRun() throws Exception {
        dir = Files.createTempDirectory("cogov-runfile-fuzz");
        good = dir.resolve("good" + FolderLayout.RUN_FILE);
        try (RunFile.Writer w = new RunFile.Writer(good, 40, 10)) {
            FakeModel.run(FakeModel.source(40).scenario(Map.of()), w);
            w.finish();
        }
        text = new String(new GZIPInputStream(Files.newInputStream(good)).readAllBytes(), StandardCharsets.UTF_8);
    }

    @AfterContainer
    static void remove() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private static void forge(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Files.writeString(RunFile.checksumFile(file), "cogov run file, schema " + RunFile.SCHEMA_VERSION + "\nsha256 "
                + sha + "\nbytes " + bytes.length + "\n");
    }

    private static void readOrRefuse(Path file, String what) {
        try {
            RunFile.read(file);
        } catch (RunFile.CorruptRunFileException e) {
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("not a clean refusal of " + what, e);
        }
    }

    @Property(tries = 150)
    void anEditedRunFileIsReadOrRefusedByName(@ForAll long seed) throws Exception {
        String mutated = MutatedText.mutate(text, seed);
        Path file = dir.resolve("edited" + FolderLayout.RUN_FILE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(mutated.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(file, bytes.toByteArray());
        if (!mutated.equals(text)) {
            Files.copy(RunFile.checksumFile(good), RunFile.checksumFile(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertTrue(RunFile.verify(file) != null, "an edited file passed its checksum");
        }
        forge(file);
        readOrRefuse(file, mutated.length() > 300 ? mutated.substring(0, 300) : mutated);
    }

    @Property(tries = 100)
    void aRunFileWithFlippedBytesIsRefusedByName(@ForAll long seed) throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        Random random = new Random(seed);
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            int at = random.nextInt(bytes.length);
            bytes[at] = (byte) (bytes[at] ^ (1 << random.nextInt(8)));
        }
        if (random.nextInt(4) == 0) {
            bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        Path file = dir.resolve("flipped" + FolderLayout.RUN_FILE);
        Files.write(file, bytes);
        forge(file);
        readOrRefuse(file, "flipped bytes");
    }
}
