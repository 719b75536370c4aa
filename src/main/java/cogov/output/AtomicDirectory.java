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
    private final boolean replace;
    private boolean finished;

    private AtomicDirectory(Path target, Path temp, boolean replace) {
        this.target = target;
        this.temp = temp;
        this.replace = replace;
    }

    /**
     * Starts writing a folder that will become {@code target}. The target may be absent or an empty
     * folder; its parent folders are created.
     *
     * @throws FileAlreadyExistsException when the target is a file or a folder that is not empty
     */
    public static AtomicDirectory create(Path target) throws IOException {
        return create(target, false);
    }

    /**
     * Like {@link #create(Path)}, but with {@code replace} an existing folder at the target is allowed:
     * {@link #commit()} then swaps the new folder in and deletes the old one only after that, so until
     * the new folder is complete the old one stays as it was (and stays if writing fails or is
     * interrupted). A target that is a file is refused either way.
     */
    public static AtomicDirectory create(Path target, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (!replace) {
            requireVacant(absolute);
        } else if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "exists and is not a folder");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temp = TempPaths.newDirectory(parent, "." + absolute.getFileName() + ".tmp-");
        AtomicDirectory dir = new AtomicDirectory(absolute, temp, replace);
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

    /**
     * Renames the temporary folder onto the target in one step. When replacing, the old folder is first
     * renamed aside ({@code .<name>.old-<random>}), the new one renamed into place, and only then is the
     * old one deleted; if the second rename fails the old folder is put back.
     */
    public synchronized void commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("already committed or aborted: " + target);
        }
        Path old = null;
        try {
            if (Files.isDirectory(target)) {
                if (replace && !isEmptyFolder(target)) {
                    old = aside(target);
                } else {
                    Files.delete(target);
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null && !Files.exists(target)) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            abort();
            throw e;
        }
        finished = true;
        OPEN.remove(this);
        if (old != null) {
            deleteTree(old);
        }
    }

    /**
     * Instead of committing, moves the temporary folder to {@code elsewhere} (which must not exist) and
     * leaves the target as it was: for results that are finished but must not replace the old ones.
     */
    public synchronized void keepAs(Path elsewhere) throws IOException {
        if (finished) {
            throw new IllegalStateException("already committed or aborted: " + target);
        }
        Files.move(temp, elsewhere, StandardCopyOption.ATOMIC_MOVE);
        finished = true;
        OPEN.remove(this);
    }

    /** Renames {@code folder} to a hidden sibling that no other writer uses and returns that sibling. */
    private static Path aside(Path folder) throws IOException {
        Path parent = folder.getParent();
        Path placeholder = TempPaths.newDirectory(parent, "." + folder.getFileName() + ".old-");
        Files.delete(placeholder);
        Files.move(folder, placeholder, StandardCopyOption.ATOMIC_MOVE);
        return placeholder;
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
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
