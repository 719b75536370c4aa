package cogov.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A folder that appears complete or not at all. Files are written into a hidden sibling
 * {@code .<name>.tmp-<random>} and the whole folder is renamed onto the target by {@link #commit()}.
 * {@link #close()} without a commit, an exception, or a JVM shutdown (Ctrl-C) deletes the temporary
 * folder, so a target that exists always holds a finished result.
 *
 * <pre>{@code
 * try (AtomicDirectory dir = AtomicDirectory.create(target)) {
 *     Files.writeString(dir.path().resolve("a.csv"), text);
 *     dir.commit();
 * }
 * }</pre>
 */
public final class AtomicDirectory implements AutoCloseable {

    private static final Set<AtomicDirectory> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;

    private final Path target;
    private final Path temp;
    private boolean finished;

    private AtomicDirectory(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /**
     * Starts writing a folder that will become {@code target}. The target may be absent or an empty
     * folder; its parent folders are created.
     *
     * @throws FileAlreadyExistsException when the target is a file or a folder that is not empty
     */
    public static AtomicDirectory create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        requireVacant(absolute);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
        AtomicDirectory dir = new AtomicDirectory(absolute, temp);
        installHook();
        OPEN.add(dir);
        return dir;
    }

    /** Throws when {@code target} exists and is not an empty folder: it would hold someone's results. */
    public static void requireVacant(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "exists and is not a folder");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            if (entries.iterator().hasNext()) {
                throw new FileAlreadyExistsException(target.toString(), null, "already holds results");
            }
        }
    }

    /** The temporary folder to write into; becomes {@link #target()} on commit. */
    public Path path() {
        return temp;
    }

    /** Where the folder lands on commit (absolute). */
    public Path target() {
        return target;
    }

    /** Renames the temporary folder onto the target in one step. */
    public synchronized void commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("already committed or aborted: " + target);
        }
        try {
            if (Files.isDirectory(target)) {
                Files.delete(target);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            abort();
            throw e;
        }
        finished = true;
        OPEN.remove(this);
    }

    /** Deletes the temporary folder unless the commit happened. Safe to call more than once. */
    public synchronized void abort() {
        if (!finished) {
            finished = true;
            deleteTree(temp);
        }
        OPEN.remove(this);
    }

    @Override
    public void close() {
        abort();
    }

    /** Deletes a folder and everything below it; missing paths are ignored. */
    public static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete temporary folder " + root, e);
        }
    }

    private static synchronized void installHook() {
        if (hookInstalled) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (AtomicDirectory dir : OPEN) {
                try {
                    dir.abort();
                } catch (RuntimeException e) {
                    // best effort while the JVM is going down
                }
            }
        }, "cogov-atomic-cleanup"));
        hookInstalled = true;
    }
}
