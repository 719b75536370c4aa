package cogov.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Temporary siblings of result files and folders, created with the permissions of the user's umask
 * (0644 files and 0755 folders by default). {@link Files#createTempFile} and
 * {@link Files#createTempDirectory} always give 0600 and 0700, and a rename keeps them: results that
 * colleagues on a shared drive cannot open.
 */
public final class TempPaths {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TempPaths() {
    }

    /** A new empty file {@code dir/<prefix><random><suffix>}, permissions from the umask. */
    public static Path newFile(Path dir, String prefix, String suffix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + suffix);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** A new empty folder {@code dir/<prefix><random>}, permissions from the umask. */
    public static Path newDirectory(Path dir, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }
}
