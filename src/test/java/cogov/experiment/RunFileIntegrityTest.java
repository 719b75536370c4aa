package cogov.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.config.ExperimentSpec;
import cogov.output.FolderLayout;
import cogov.output.Manifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run file that still parses but is wrong (renamed column, summary rows removed, header only, an
 * absurd day) no longer changes the aggregates silently: its checksum fails, {@code --resume} names
 * it and runs it again, merge names it and refuses; a file whose checksum was forged too is refused
 * by its structure, without running out of memory; a failed resume keeps the manifest's status.
 */
class RunFileIntegrityTest {

    private static final List<String> AGGREGATES =
            List.of(FolderLayout.RUNS, FolderLayout.TIMESERIES, FolderLayout.SUMMARY, FolderLayout.COMPARISON);

    @TempDir
    Path tmp;

    private static Sweep sweep() throws Exception {
        ExperimentSpec spec = FakeModel.factorial(2);
        return new Sweep(spec, FakeModel.bytes(spec), FakeModel.source(40), FakeModel::run);
    }

    private static List<String> edits(Path file, UnaryOperator<String> edit) throws IOException {
        String text = new String(new GZIPInputStream(Files.newInputStream(file)).readAllBytes(), StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(edit.apply(text).getBytes(StandardCharsets.UTF_8));
        }
        Files.write(file, bytes.toByteArray());
        return List.of();
    }

    /** Rewrites the checksum file so it matches the (edited) run file: a forged checksum. */
    private static void forgeChecksum(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Files.writeString(RunFile.checksumFile(file), "cogov run file, schema " + RunFile.SCHEMA_VERSION + "\nsha256 "
                + sha + "\nbytes " + bytes.length + "\n");
    }

    private static final List<UnaryOperator<String>> DAMAGE = List.of(
            text -> text.replaceFirst("participation_rate", "participation_rat"),
            text -> String.join("\n", text.lines().filter(l -> !l.matches("[^,]*,[^,]*,[^,]*,[^,]*,,.*")).toList())
                    + "\n",
            text -> text.substring(0, text.indexOf('\n') + 1),
            text -> text.replaceFirst(",county,county,all,40,", ",county,county,all,2000000000,"));

    private Path firstRunFile(Path out) throws IOException {
        try (var s = Files.list(out.resolve(FolderLayout.RUNS_DIR))) {
            return s.filter(p -> p.toString().endsWith(FolderLayout.RUN_FILE)).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void resumeNamesAndRerunsEveryKindOfDamagedRunFile() throws Exception {
        Path clean = tmp.resolve("clean");
        sweep().run(new Sweep.Options(clean, 2, false, RunPlan.Shard.ALL), Sweep.Listener.NONE);
        for (int k = 0; k < DAMAGE.size(); k++) {
            Path out = tmp.resolve("damaged-" + k);
            sweep().run(new Sweep.Options(out, 2, false, RunPlan.Shard.ALL), Sweep.Listener.NONE);
            Path file = firstRunFile(out);
            edits(file, DAMAGE.get(k));
            assertTrue(RunFile.verify(file).contains("does not match its checksum")
                    || RunFile.verify(file).contains("length"), RunFile.verify(file));
            List<String> rejected = new ArrayList<>();
            Sweep.Result r = sweep().run(new Sweep.Options(out, 2, true, RunPlan.Shard.ALL), new Sweep.Listener() {
                @Override
                public void runFileRejected(RunSpec run, String reason) {
                    rejected.add(reason);
                }
            });
            assertEquals(1, rejected.size(), "damage " + k);
            assertTrue(rejected.get(0).contains(file.toString()), rejected.get(0));
            assertEquals(1, r.done(), "damage " + k + ": the damaged run is run again");
            for (String f : AGGREGATES) {
                assertArrayEquals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(out.resolve(f)), k + ": " + f);
            }
        }
    }

    @Test
    void aForgedChecksumIsCaughtByTheFilesStructureWithoutRunningOutOfMemory() throws Exception {
        Path out = tmp.resolve("o");
        sweep().run(new Sweep.Options(out, 2, false, RunPlan.Shard.ALL), Sweep.Listener.NONE);
        Path file = firstRunFile(out);
        byte[] good = Files.readAllBytes(file);
        String[] expected = {"its columns are not those", "0 summary rows for 4 units", "0 summary rows for 0 units",
            "has day 2000000000 after day 39"};
        for (int k = 0; k < DAMAGE.size(); k++) {
            Files.write(file, good);
            edits(file, DAMAGE.get(k));
            forgeChecksum(file);
            assertNull(RunFile.verify(file));
            IOException e = assertThrows(RunFile.CorruptRunFileException.class, () -> RunFile.read(file));
            assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(expected[k]),
                    k + ": " + e.getMessage());
        }
    }

    @Test
    void aFailedResumeKeepsTheManifestStatus() throws Exception {
        Path out = tmp.resolve("o");
        sweep().run(new Sweep.Options(out, 2, false, RunPlan.Shard.ALL), Sweep.Listener.NONE);
        assertEquals("complete", Manifest.readString(out, "status"));
        Path file = firstRunFile(out);
        edits(file, DAMAGE.get(0));
        forgeChecksum(file);
        assertThrows(RunFile.CorruptRunFileException.class,
                () -> sweep().run(new Sweep.Options(out, 2, true, RunPlan.Shard.ALL), Sweep.Listener.NONE));
        assertEquals("complete", Manifest.readString(out, "status"));
    }

    @Test
    void mergeNamesADamagedRunFileAndRefusesWithoutWriting() throws Exception {
        Path s0 = tmp.resolve("s0");
        Path s1 = tmp.resolve("s1");
        sweep().run(new Sweep.Options(s0, 2, false, new RunPlan.Shard(0, 2)), Sweep.Listener.NONE);
        sweep().run(new Sweep.Options(s1, 2, false, new RunPlan.Shard(1, 2)), Sweep.Listener.NONE);
        Path file = firstRunFile(s1);
        edits(file, DAMAGE.get(1));
        Path merged = tmp.resolve("merged");
        SweepException e = assertThrows(SweepException.class, () -> sweep().merge(merged, List.of(s0, s1)));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("nothing was merged"),
                e.getMessage());
        assertFalse(Files.exists(merged));
        Files.delete(RunFile.checksumFile(firstRunFile(s0)));
        SweepException missing = assertThrows(SweepException.class, () -> sweep().merge(merged, List.of(s0, s1)));
        assertTrue(missing.getMessage().contains("it has no checksum"), missing.getMessage());
    }

    @Test
    void aMinifiedManifestIsResumedAndADeeplyNestedOneIsRefusedCleanly() throws Exception {
        Path out = tmp.resolve("o");
        sweep().run(new Sweep.Options(out, 2, false, RunPlan.Shard.ALL), Sweep.Listener.NONE);
        Path manifest = out.resolve(FolderLayout.MANIFEST);
        String indented = Files.readString(manifest);
        Files.writeString(manifest, indented.replaceAll("\n\\s*", ""));
        assertEquals(0, sweep().run(new Sweep.Options(out, 2, true, RunPlan.Shard.ALL), Sweep.Listener.NONE).done(),
                "a minified manifest is read like the indented one");
        Files.writeString(manifest, "{\"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        SweepException e = assertThrows(SweepException.class,
                () -> sweep().run(new Sweep.Options(out, 2, true, RunPlan.Shard.ALL), Sweep.Listener.NONE));
        assertTrue(e.getMessage().contains("has no readable manifest.json"), e.getMessage());
    }
}
