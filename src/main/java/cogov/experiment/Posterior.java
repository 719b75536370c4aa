package cogov.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A calibration's posterior sample read back from {@code posterior.csv}, for propagating parameter
 * uncertainty into a sweep: replication k of every configuration draws the same particle (by weight,
 * from a seed derived from the master seed and k), so comparisons stay paired while each replication
 * carries parameter values the data leave plausible.
 *
 * @param keys    the fitted scenario keys, in column order
 * @param values  per particle, the scenario value of each key (Integer for whole-number keys, else Double)
 * @param weights normalised importance weights
 */
public record Posterior(List<String> keys, List<List<Object>> values, double[] weights) {

    public Posterior {
        keys = List.copyOf(keys);
        values = values.stream().map(List::copyOf).toList();
        weights = weights.clone();
    }

    /** Reads {@code posterior.csv} as {@link CalibrationOutputs} writes it. */
    public static Posterior read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.size() < 2) {
            throw new IOException(file + " holds no particles");
        }
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        int weight = header.indexOf("weight");
        int distance = header.indexOf("distance");
        if (weight != 1 || distance <= weight + 1) {
            throw new IOException(file + " is not a posterior written by cogov calibrate (columns particle, weight,"
                    + " parameters..., distance)");
        }
        List<String> keys = header.subList(weight + 1, distance);
        List<List<Object>> values = new ArrayList<>();
        double[] w = new double[lines.size() - 1];
        double total = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != header.size()) {
                throw new IOException(file + ": line " + (i + 1) + " has " + cells.length + " cells, not " + header.size());
            }
            w[i - 1] = Double.parseDouble(cells[weight]);
            total += w[i - 1];
            List<Object> row = new ArrayList<>();
            for (int k = weight + 1; k < distance; k++) {
                row.add(value(cells[k]));
            }
            values.add(row);
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= total;
        }
        return new Posterior(keys, values, w);
    }

    private static Object value(String text) {
        boolean real = text.contains(".") || text.contains("e") || text.contains("E") || text.contains("Infinity");
        return real ? (Object) Double.parseDouble(text) : (Object) Integer.parseInt(text);
    }

    /** The particle replication {@code replication} uses: a weighted draw seeded by (master seed, replication). */
    public int particleFor(long masterSeed, int replication) {
        double u = new SplittableRandom(Seeds.forPosterior(masterSeed, replication)).nextDouble();
        double cumulative = 0;
        for (int i = 0; i < weights.length; i++) {
            cumulative += weights[i];
            if (u < cumulative) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** The scenario overrides of one particle. */
    public Map<String, Object> overrides(int particle) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            o.put(keys.get(k), values.get(particle).get(k));
        }
        return o;
    }
}
