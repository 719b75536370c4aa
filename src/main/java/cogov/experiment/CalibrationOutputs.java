package cogov.experiment;

import cogov.output.FolderLayout;
import cogov.output.AtomicFiles;
import cogov.calibration.AbcSmc;
import cogov.calibration.Generation;
import cogov.calibration.Particle;
import cogov.calibration.WeightedStats;
import cogov.config.CalibrationSpec;
import cogov.config.CalibrationSpec.ParameterSpec;
import cogov.config.TargetSpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The files a finished calibration leaves: the weighted posterior sample, its summary (median and 90%
 * interval per parameter), the tolerance schedule, the posterior predictive checks of every target
 * (fitted and hold-out apart), and the calibrated scenario, a YAML file that extends the base and
 * states only the fitted values. Every file is a pure function of the posterior, so a resumed
 * calibration writes the same bytes as an uninterrupted one.
 */
final class CalibrationOutputs {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private final Calibration calibration;
    private final CalibrationSpec spec;
    private final CalibrationFolder folder;
    private final String hash;

    CalibrationOutputs(Calibration calibration, CalibrationFolder folder, String hash) {
        this.calibration = calibration;
        this.spec = calibration.spec();
        this.folder = folder;
        this.hash = hash;
    }

    void writeAll(AbcSmc.Result result) throws IOException {
        Generation post = result.posterior();
        write(FolderLayout.POSTERIOR, posterior(post));
        write(FolderLayout.POSTERIOR_SUMMARY, summary(post));
        write(FolderLayout.GENERATIONS, generations(result));
        write(FolderLayout.PREDICTIVE, predictive(post));
        AtomicFiles.writeString(folder.file(FolderLayout.CALIBRATED), calibratedYaml(post, result));
    }

    private void write(String name, List<List<String>> rows) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSV)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        AtomicFiles.writeString(folder.file(name), text.toString());
    }

    private List<List<String>> posterior(Generation post) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("particle", "weight"));
        spec.parameters().forEach(p -> header.add(p.key()));
        header.add("distance");
        calibration.activeTargets().forEach(t -> header.add("sim_" + t.name()));
        rows.add(header);
        for (int i = 0; i < post.particles().size(); i++) {
            Particle p = post.particles().get(i);
            List<String> row = new ArrayList<>(List.of(Integer.toString(i), Num.format(p.weight())));
            for (int k = 0; k < spec.parameters().size(); k++) {
                row.add(Num.value(spec.parameters().get(k).scenarioValue(p.theta(k))));
            }
            row.add(Num.format(p.distance()));
            for (int k = 0; k < calibration.activeTargets().size(); k++) {
                row.add(Num.format(p.statistic(k)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Weighted median of parameter {@code k}. */
    private static double median(Generation post, int k) {
        return WeightedStats.quantile(post.values(k), post.weights(), 0.5);
    }

    /**
     * The value the calibrated scenario states: the posterior median, rounded to a whole number for
     * whole-number keys and to four significant digits otherwise (far finer than any posterior interval).
     */
    static Object calibratedValue(ParameterSpec p, double median) {
        if (p.integer()) {
            return p.scenarioValue(median);
        }
        double rounded = significant(median, 4);
        return Math.max(p.low(), Math.min(p.high(), rounded));
    }

    static double significant(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(digits)).doubleValue();
    }

    private List<List<String>> summary(Generation post) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("parameter", "prior", "prior_low", "prior_high", "median", "q05", "q95", "mean", "sd",
                "calibrated_value"));
        double[] w = post.weights();
        for (int k = 0; k < spec.parameters().size(); k++) {
            ParameterSpec p = spec.parameters().get(k);
            double[] x = post.values(k);
            rows.add(List.of(p.key(), p.prior().name().toLowerCase(Locale.ROOT), Num.format(p.low()),
                    Num.format(p.high()), Num.format(median(post, k)), Num.format(WeightedStats.quantile(x, w, 0.05)),
                    Num.format(WeightedStats.quantile(x, w, 0.95)), Num.format(WeightedStats.mean(x, w)),
                    Num.format(WeightedStats.sd(x, w)), Num.value(calibratedValue(p, median(post, k)))));
        }
        return rows;
    }

    private List<List<String>> generations(AbcSmc.Result result) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("generation", "tolerance", "candidates", "particles",
                "acceptance_rate", "ess"));
        spec.parameters().forEach(p -> header.add("median_" + p.key()));
        rows.add(header);
        for (Generation g : result.generations()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(g.index()), Num.format(g.tolerance()),
                    Integer.toString(g.candidates()), Integer.toString(g.particles().size()),
                    Num.format(g.acceptanceRate()), Num.format(g.ess())));
            for (int k = 0; k < spec.parameters().size(); k++) {
                row.add(Num.format(median(g, k)));
            }
            rows.add(row);
        }
        return rows;
    }

    private List<List<String>> predictive(Generation post) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("target", "set", "metric", "scope", "unit", "statistic", "window_days", "observed", "sd",
                "interval_low", "interval_high", "sim_median", "sim_q05", "sim_q95", "inside_90", "median_in_interval",
                "z"));
        double[] w = post.weights();
        for (boolean holdout : new boolean[] {false, true}) {
            for (int k = 0; k < calibration.activeTargets().size(); k++) {
                TargetSpec t = calibration.activeTargets().get(k);
                if (t.holdout() != holdout) {
                    continue;
                }
                double[] sim = post.statistics(k);
                double median = WeightedStats.quantile(sim, w, 0.5);
                double lo = WeightedStats.quantile(sim, w, 0.05);
                double hi = WeightedStats.quantile(sim, w, 0.95);
                boolean defined = !Double.isNaN(median);
                String valueInside = !defined || !t.pointValue() ? "" : Boolean.toString(t.value() >= lo && t.value() <= hi);
                String medianInside = !defined ? ""
                        : Boolean.toString(median >= t.intervalLow() && median <= t.intervalHigh());
                rows.add(List.of(t.name(), holdout ? "holdout" : "fitted", t.metric(), t.scope().key(), t.unit(),
                        t.statistic().key(), t.statistic() == TargetSpec.Statistic.MEAN ? Integer.toString(t.windowDays()) : "",
                        Num.format(t.value()), Num.format(t.sd()), Num.format(t.intervalLow()), Num.format(t.intervalHigh()),
                        Num.format(median), Num.format(lo), Num.format(hi), valueInside, medianInside,
                        Num.format((median - t.value()) / t.sd())));
            }
        }
        return rows;
    }

    /** The calibrated scenario: extends the base, states the posterior median of each fitted key. */
    String calibratedYaml(Generation post, AbcSmc.Result result) {
        Path root = folder.root().toAbsolutePath().normalize();
        String base = root.relativize(spec.base().toAbsolutePath().normalize()).toString().replace('\\', '/');
        String baseName = calibration.baseName();
        StringBuilder sb = new StringBuilder();
        sb.append("# Calibrated scenario written by 'cogov calibrate' (calibration '").append(spec.name())
                .append("', hash ").append(hash, 0, 12).append(").\n");
        sb.append("# It extends the base scenario and states only the fitted values: each is the posterior median\n");
        sb.append("# (weighted) of ").append(post.particles().size()).append(" ABC-SMC particles after ")
                .append(result.generations().size()).append(" generations (final tolerance ")
                .append(Num.format(significant(post.tolerance(), 4))).append(");\n# the 90% intervals are in ")
                .append(FolderLayout.POSTERIOR_SUMMARY).append(" beside this file.\n");
        sb.append("extends: ").append(quoted(base)).append('\n');
        sb.append("name: ").append(quoted(baseName + "-calibrated")).append('\n');
        sb.append("description: ").append(quoted(baseName + " with " + spec.parameters().size()
                + " parameters fitted by ABC-SMC (calibration " + spec.name() + ")")).append('\n');
        Map<String, Object> tree = new LinkedHashMap<>();
        double[] w = post.weights();
        for (int k = 0; k < spec.parameters().size(); k++) {
            ParameterSpec p = spec.parameters().get(k);
            String comment = "posterior median; 90% interval "
                    + Num.format(significant(WeightedStats.quantile(post.values(k), w, 0.05), 3)) + " to "
                    + Num.format(significant(WeightedStats.quantile(post.values(k), w, 0.95), 3)) + "; prior "
                    + p.prior().name().toLowerCase(Locale.ROOT) + " [" + Num.format(p.low()) + ", " + Num.format(p.high()) + "]";
            put(tree, p.key().split("\\."), 0, Num.value(calibratedValue(p, median(post, k))) + "   # " + comment);
        }
        append(sb, tree, "");
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String[] path, int i, String leaf) {
        if (i == path.length - 1) {
            tree.put(path[i], leaf);
            return;
        }
        Map<String, Object> child = (Map<String, Object>) tree.computeIfAbsent(path[i], k -> new LinkedHashMap<>());
        put(child, path, i + 1, leaf);
    }

    @SuppressWarnings("unchecked")
    private static void append(StringBuilder sb, Map<String, Object> tree, String indent) {
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            sb.append(indent).append(e.getKey()).append(':');
            if (e.getValue() instanceof Map<?, ?> child) {
                sb.append('\n');
                append(sb, (Map<String, Object>) child, indent + "  ");
            } else {
                sb.append(' ').append(e.getValue()).append('\n');
            }
        }
    }

    /** A YAML single-quoted scalar: no escapes but a doubled quote, so no text can break out. */
    static String quoted(String s) {
        return "'" + s.replace("'", "''").replace("\n", " ").replace("\r", " ") + "'";
    }
}
