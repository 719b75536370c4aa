package cogov.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one way cogov reads a file a user names (scenarios, their bases, experiments): ordinary files
 * only, never a FIFO, device, socket or a file under {@code /proc}, {@code /sys} or {@code /dev}
 * (which can block forever or never end), and never more than {@link #MAX_BYTES}. Each refusal says
 * why in the user's terms.
 */
public final class InputFiles {

    /** Largest input file read, in bytes: far above any scenario or experiment, far below the memory. */
    public static final long MAX_BYTES = 8L << 20;

    private static final List<Path> SYSTEM_TREES = List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));

    private InputFiles() {
    }

    /** Why a file cannot be read, in words fit for {@code cannot read X: <reason>}. */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String reason) {
            super(reason);
        }
    }

    /** The file's bytes, after the checks above. */
    public static byte[] readBytes(Path file) throws UnreadableException {
        check(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UnreadableException("No such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableException("Permission denied");
        } catch (IOException e) {
            throw new UnreadableException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** The file as UTF-8 text, after the checks above; text that is not UTF-8 is refused. */
    public static String readText(Path file) throws UnreadableException {
        byte[] bytes = readBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableException("not UTF-8 text");
        }
    }

    /** Throws with the reason when {@code file} is not an ordinary, readable file of acceptable size. */
    public static void check(Path file) throws UnreadableException {
        if (!Files.exists(file)) {
            throw new UnreadableException("No such file");
        }
        if (Files.isDirectory(file)) {
            throw new UnreadableException("Is a folder");
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new UnreadableException("No such file");
        }
        for (Path tree : SYSTEM_TREES) {
            if (real.startsWith(tree)) {
                throw new UnreadableException("a system file under " + tree + "; cogov reads only ordinary files");
            }
        }
        if (!Files.isRegularFile(real)) {
            throw new UnreadableException("not an ordinary file (a FIFO, device or socket)");
        }
        if (!Files.isReadable(real)) {
            throw new UnreadableException("Permission denied");
        }
        try {
            if (Files.size(real) > MAX_BYTES) {
                throw tooLarge();
            }
        } catch (IOException e) {
            throw new UnreadableException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static UnreadableException tooLarge() {
        return new UnreadableException("larger than " + (MAX_BYTES >> 20) + " MB; not a scenario or experiment file");
    }
}
