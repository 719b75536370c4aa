package cogov.experiment;

import cogov.output.FolderLayout;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder while a sweep, resume or merge writes into it, so two of them
 * never share its temporary names. It is an operating-system lock on the hidden file {@value #FILE}:
 * a process that is killed releases it at once, so no stale lock ever blocks a resume.
 */
public final class FolderLock implements AutoCloseable {

    /** The lock file inside the folder; not a result, ignored when a folder is checked for content. */
    public static final String FILE = FolderLayout.LOCK;

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code folder} (created when missing).
     *
     * @throws SweepException when another process (or thread) holds the lock
     */
    public static FolderLock acquire(Path folder) throws SweepException, IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new SweepException("'" + folder + "' is a file, not a folder; choose another --out");
        }
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new SweepException(folder + " is in use: another cogov sweep, resume or merge is writing into it;"
                    + " wait until it has finished");
        }
        return new FolderLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
