package cogov.experiment;

import cogov.output.AtomicFiles;
import cogov.output.FolderLayout;
import cogov.calibration.Evaluation;
import cogov.calibration.EvaluationStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A calibration's output folder (names in {@link FolderLayout}), and the store of evaluated candidates in it:
 * {@code candidates/gNN/cNNNNNN.txt}, one small file per candidate written atomically as it finishes,
 * so a calibration killed at any moment resumes by simulating only the candidates that have no file.
 */
public final class CalibrationFolder implements EvaluationStore {

    private final Path root;
    private final AtomicInteger saved = new AtomicInteger();
    private final AtomicInteger found = new AtomicInteger();

    public CalibrationFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path file(String name) {
        return root.resolve(name);
    }

    Path candidateFile(int generation, int candidate) {
        return root.resolve(FolderLayout.CANDIDATES_DIR).resolve(String.format("g%02d", generation))
                .resolve(String.format("c%06d.txt", candidate));
    }

    /** Candidates simulated through this store since it was opened. */
    public int saved() {
        return saved.get();
    }

    /** Candidates read back from earlier invocations. */
    public int found() {
        return found.get();
    }

    /** True when the folder exists and holds anything. */
    public boolean isNonEmpty() {
        if (!Files.isDirectory(root)) {
            return Files.exists(root);
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes temporary files a killed calibration left among the candidates. */
    void cleanTemporaryFiles() throws IOException {
        Path dir = root.resolve(FolderLayout.CANDIDATES_DIR);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> temporary = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> p.getFileName().toString().contains(AtomicFiles.TMP_MARK)).forEach(temporary::add);
        }
        for (Path p : temporary) {
            Files.deleteIfExists(p);
        }
    }

    @Override
    public Evaluation find(int generation, int candidate) throws IOException {
        Path file = candidateFile(generation, candidate);
        if (!Files.exists(file)) {
            return null;
        }
        List<String> lines = Files.readAllLines(file);
        if (lines.size() != 3 || !lines.get(0).startsWith("theta,") || !lines.get(1).startsWith("statistics,")
                || !lines.get(2).startsWith("distance,")) {
            throw new IOException(file + " is not a candidate file written by cogov calibrate");
        }
        found.incrementAndGet();
        return new Evaluation(numbers(lines.get(0)), numbers(lines.get(1)), numbers(lines.get(2))[0]);
    }

    @Override
    public void save(int generation, int candidate, Evaluation evaluation) throws IOException {
        String text = "theta" + join(evaluation.theta()) + "\nstatistics" + join(evaluation.statistics())
                + "\ndistance," + Num.format(evaluation.distance()) + "\n";
        AtomicFiles.writeString(candidateFile(generation, candidate), text);
        saved.incrementAndGet();
    }

    private static String join(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            sb.append(',').append(Num.format(v));
        }
        return sb.toString();
    }

    private static double[] numbers(String line) {
        String[] parts = line.split(",", -1);
        double[] out = new double[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            out[i - 1] = Num.parse(parts[i]);
        }
        return out;
    }
}
