package cogov.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicDirectoryTest {

    @TempDir
    Path tmp;

    private List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void commitMovesTheCompleteFolderIntoPlace() throws IOException {
        Path target = tmp.resolve("results/run1");
        try (AtomicDirectory dir = AtomicDirectory.create(target)) {
            assertFalse(Files.exists(target), "target must not appear before commit");
            assertTrue(dir.path().getFileName().toString().startsWith(".run1.tmp-"));
            Files.writeString(dir.path().resolve("a.txt"), "hello");
            dir.commit();
        }
        assertEquals("hello", Files.readString(target.resolve("a.txt")));
        assertEquals(List.of(target), entries(tmp.resolve("results")));
    }

    @Test
    void failureMidWriteLeavesNothing() throws IOException {
        Path target = tmp.resolve("run");
        Path[] temp = new Path[1];
        assertThrows(IllegalStateException.class, () -> {
            try (AtomicDirectory dir = AtomicDirectory.create(target)) {
                temp[0] = dir.path();
                Files.createDirectories(dir.path().resolve("sub"));
                Files.writeString(dir.path().resolve("sub/a.csv"), "1,2\n");
                Files.writeString(dir.path().resolve("b.csv"), "3,4\n");
                throw new IllegalStateException("injected failure");
            }
        });
        assertFalse(Files.exists(temp[0]));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), entries(tmp));
    }

    @Test
    void anEmptyTargetFolderIsReplaced() throws IOException {
        Path target = Files.createDirectory(tmp.resolve("out"));
        try (AtomicDirectory dir = AtomicDirectory.create(target)) {
            Files.writeString(dir.path().resolve("x"), "x");
            dir.commit();
        }
        assertTrue(Files.exists(target.resolve("x")));
    }

    @Test
    void aFolderWithResultsIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path target = Files.createDirectory(tmp.resolve("out"));
        Files.writeString(target.resolve("old.csv"), "keep");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicDirectory.create(target));
        assertEquals(List.of(target), entries(tmp));
        assertEquals(List.of(target.resolve("old.csv")), entries(target));
    }

    @Test
    void commitFailsIfTheTargetFilledUpMeanwhile() throws IOException {
        Path target = tmp.resolve("out");
        AtomicDirectory dir = AtomicDirectory.create(target);
        Files.writeString(dir.path().resolve("new"), "new");
        Files.createDirectory(target);
        Files.writeString(target.resolve("other"), "other");
        assertThrows(IOException.class, dir::commit);
        assertFalse(Files.exists(dir.path()));
        assertEquals(List.of(target.resolve("other")), entries(target));
    }

    @Test
    void replacingKeepsTheOldFolderUntilTheNewOneIsCommitted() throws IOException {
        Path target = tmp.resolve("results/run1");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.txt"), "old");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicDirectory.create(target));
        try (AtomicDirectory dir = AtomicDirectory.create(target, true)) {
            Files.writeString(dir.path().resolve("new.txt"), "new");
            assertEquals("old", Files.readString(target.resolve("old.txt")), "old folder touched before commit");
            assertFalse(Files.exists(target.resolve("new.txt")));
            dir.commit();
        }
        assertEquals(List.of(target.resolve("new.txt")), entries(target));
        assertEquals(List.of(target), entries(tmp.resolve("results")), "no temporary or old folder left");
    }

    @Test
    void anAbortedReplacementLeavesTheOldFolderAsItWas() throws IOException {
        Path target = tmp.resolve("run1");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.txt"), "old");
        try (AtomicDirectory dir = AtomicDirectory.create(target, true)) {
            Files.writeString(dir.path().resolve("new.txt"), "half");
        }
        assertEquals(List.of(target.resolve("old.txt")), entries(target));
        assertEquals(List.of(target), entries(tmp));
    }

    @Test
    void aFileInTheWayIsNeverReplaced() throws IOException {
        Path target = Files.writeString(tmp.resolve("run1"), "a file");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicDirectory.create(target, true));
        assertEquals("a file", Files.readString(target));
    }

    @Test
    void keptElsewhereTheTargetStaysAsItWas() throws IOException {
        Path target = tmp.resolve("run1");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.txt"), "old");
        Path elsewhere = tmp.resolve("run1-new");
        try (AtomicDirectory dir = AtomicDirectory.create(target, true)) {
            Files.writeString(dir.path().resolve("new.txt"), "new");
            dir.keepAs(elsewhere);
        }
        assertEquals(List.of(target.resolve("old.txt")), entries(target));
        assertEquals(List.of(elsewhere.resolve("new.txt")), entries(elsewhere));
    }
}
