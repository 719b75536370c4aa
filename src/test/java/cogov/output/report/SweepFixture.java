package cogov.output.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Writes a synthetic sweep folder in exactly the sweep engine's layout: a 2^k factorial over
 * mechanism switches, {@link #REPS} replications, with known run values
 * {@code y = base + a*A + b*B + ab*A*B + replication shift + small config noise}.
 */
public final class SweepFixture {

    public static final int REPS = 5;
    public static final int DAYS = 30;
    public static final List<String> METRICS = List.of("participation_rate", "resolution_rate", "spending_yuan", "backlog");
    static final String[] KEYS = {"mechanisms.joint_building.enabled", "mechanisms.party_led_grid.enabled",
        "mechanisms.consultation.enabled", "mechanisms.full_time_staff.enabled", "mechanisms.input_guarantee.enabled"};
    static final String[] SHORT = {"JB", "PLG", "CON", "FTS", "IG"};
    /** Per metric: base, effect of factor 0, 1, 2, interaction of factors 0 and 1, effect of factor 3, 4. */
    static final double[][] COEF = {
        {0.20, 0.05, 0.03, 0.01, 0.02, 0.015, 0.04},
        {0.60, 0.04, 0.10, -0.02, -0.03, 0.02, 0.01},
        {5000, 800, 300, 150, 50, 600, 900},
        {40, -6, -3, 1, 2, -2, -1}};

    public final Path dir;
    public final int factors;
    public final List<String> configIds = new ArrayList<>();
    public final List<String> labels = new ArrayList<>();
    /** value[metric][config][replication] */
    public final double[][][] value;

    private SweepFixture(Path dir, int factors) {
        this.dir = dir;
        this.factors = factors;
        int configs = 1 << factors;
        value = new double[METRICS.size()][configs][REPS];
        for (int c = 0; c < configs; c++) {
            configIds.add("c" + c);
            List<String> on = new ArrayList<>();
            for (int f = 0; f < factors; f++) {
                if (on(c, f)) {
                    on.add(SHORT[f]);
                }
            }
            labels.add(on.isEmpty() ? "all off" : String.join("+", on));
            for (int m = 0; m < METRICS.size(); m++) {
                for (int r = 0; r < REPS; r++) {
                    double[] k = COEF[m];
                    double y = k[0] + k[4] * (on(c, 0) && on(c, 1) ? 1 : 0);
                    for (int f = 0; f < factors; f++) {
                        y += on(c, f) ? k[f < 3 ? f + 1 : f + 2] : 0;
                    }
                    double scale = Math.abs(k[0]) * 0.01;
                    y += scale * (r - 2) + scale * 0.3 * (((c * 7 + r * 3) % 5) - 2);
                    value[m][c][r] = y;
                }
            }
        }
    }

    static boolean on(int config, int factor) {
        return (config >> factor & 1) == 1;
    }

    /** A 2^factors sweep written into {@code dir}. */
    public static SweepFixture write(Path dir, int factors) throws IOException {
        SweepFixture f = new SweepFixture(dir, factors);
        Files.createDirectories(dir);
        f.manifest();
        f.runs();
        f.summary();
        f.comparison();
        f.timeseries();
        return f;
    }

    public double[] runs(String metric, int config) {
        return value[METRICS.indexOf(metric)][config];
    }

    private void manifest() throws IOException {
        StringBuilder design = new StringBuilder();
        for (int c = 0; c < configIds.size(); c++) {
            design.append(c == 0 ? "" : ",\n    ").append("{\"config_id\": \"").append(configIds.get(c))
                    .append("\", \"label\": \"").append(labels.get(c)).append("\", \"factors\": {");
            for (int f = 0; f < factors; f++) {
                design.append(f == 0 ? "" : ", ").append('"').append(KEYS[f]).append("\": ").append(on(c, f));
            }
            design.append("}}");
        }
        String json = "{\n  \"experiment\": \"fixture-factorial\",\n"
                + "  \"description\": \"Synthetic 2^" + factors + " factorial for report tests \\u2013 known values.\",\n"
                + "  \"master_seed\": 42,\n  \"replications\": " + REPS + ",\n  \"cogov_version\": \"0.1.0\",\n"
                + "  \"git_commit\": \"abc1234\",\n  \"reference\": \"c0\",\n  \"summary_window_days\": 10,\n"
                + "  \"created\": \"2025-01-01T00:00:00Z\",\n  \"design\": [\n    " + design + "\n  ]\n}\n";
        Files.writeString(dir.resolve("manifest.json"), json, StandardCharsets.UTF_8);
    }

    private void runs() throws IOException {
        StringBuilder sb = new StringBuilder("run_id,config_id");
        for (int f = 0; f < factors; f++) {
            sb.append(',').append(KEYS[f]);
        }
        sb.append(",replication,seed,status,").append(String.join(",", METRICS)).append(",wall_seconds\n");
        int run = 0;
        for (int c = 0; c < configIds.size(); c++) {
            for (int r = 0; r < REPS; r++) {
                sb.append("r").append(run++).append(',').append(configIds.get(c));
                for (int f = 0; f < factors; f++) {
                    sb.append(',').append(on(c, f));
                }
                sb.append(',').append(r).append(',').append(1000 + run).append(",ok");
                for (int m = 0; m < METRICS.size(); m++) {
                    sb.append(',').append(value[m][c][r]);
                }
                sb.append(",1.5\n");
            }
        }
        Files.writeString(dir.resolve("runs.csv"), sb.toString(), StandardCharsets.UTF_8);
    }

    /** mean, sd, ci_low, ci_high, median, q1, q3 of the values. */
    static double[] stats(double[] x) {
        DescriptiveStatistics d = new DescriptiveStatistics(x);
        double half = new TDistribution(x.length - 1).inverseCumulativeProbability(0.975)
                * d.getStandardDeviation() / Math.sqrt(x.length);
        return new double[] {d.getMean(), d.getStandardDeviation(), d.getMean() - half, d.getMean() + half,
            d.getPercentile(50), d.getPercentile(25), d.getPercentile(75)};
    }

    private void summary() throws IOException {
        StringBuilder sb = new StringBuilder("config_id,scope,unit,metric,n,mean,sd,ci_low,ci_high,median,q1,q3\n");
        for (int c = 0; c < configIds.size(); c++) {
            for (int m = 0; m < METRICS.size(); m++) {
                double[] s = stats(value[m][c]);
                sb.append(configIds.get(c)).append(",county,county,").append(METRICS.get(m)).append(',').append(REPS);
                for (double v : s) {
                    sb.append(',').append(v);
                }
                sb.append('\n');
                sb.append(configIds.get(c)).append(",type,relocated,").append(METRICS.get(m)).append(',').append(REPS)
                        .append(",-1,0,-1,-1,-1,-1,-1\n");
            }
        }
        Files.writeString(dir.resolve("summary.csv"), sb.toString(), StandardCharsets.UTF_8);
    }

    /** Paired differences of config c from the reference c0 for one metric. */
    public double[] diffs(int m, int c) {
        double[] d = new double[REPS];
        for (int r = 0; r < REPS; r++) {
            d[r] = value[m][c][r] - value[m][0][r];
        }
        return d;
    }

    /** The per-type difference the fixture writes: relocated communities gain more than old urban ones. */
    public static double typeDiff(double countyDiff, String type) {
        return type.equals("relocated") ? countyDiff + 0.02 : countyDiff - 0.01;
    }

    private void comparison() throws IOException {
        StringBuilder sb = new StringBuilder(
                "config_id,reference_id,scope,unit,metric,n_pairs,mean_diff,ci_low,ci_high,effect_size,p_value,p_holm\n");
        for (int c = 1; c < configIds.size(); c++) {
            for (int m = 0; m < METRICS.size(); m++) {
                double[] s = stats(diffs(m, c));
                sb.append(String.format(Locale.ROOT, "%s,c0,county,county,%s,%d,%s,%s,%s,%s,%s,%s%n",
                        configIds.get(c), METRICS.get(m), REPS, s[0], s[2], s[3], s[1] == 0 ? "" : s[0] / s[1],
                        0.01 * c, c == 1 ? "" : Math.min(1, 0.01 * c * 3)));
                for (String type : List.of("old-urban", "relocated")) {
                    double diff = typeDiff(s[0], type);
                    sb.append(String.format(Locale.ROOT, "%s,c0,type,%s,%s,%d,%s,%s,%s,,,%n", configIds.get(c), type,
                            METRICS.get(m), REPS, diff, diff - 0.005, diff + 0.005));
                }
            }
        }
        Files.writeString(dir.resolve("comparison.csv"), sb.toString(), StandardCharsets.UTF_8);
    }

    /** Day-d county mean of config c, metric m. */
    public double seriesMean(int m, int c, int day) {
        double[] s = stats(value[m][c]);
        return s[0] * (1 - Math.exp(-day / 8.0));
    }

    private void timeseries() throws IOException {
        StringBuilder sb = new StringBuilder("config_id,scope,unit,day,n");
        for (String metric : METRICS) {
            sb.append(',').append(metric).append("_mean,").append(metric).append("_ci_low,").append(metric).append("_ci_high");
        }
        sb.append('\n');
        String[][] units = {{"county", "county"}, {"type", "old-urban"}, {"type", "relocated"}};
        for (int c = 0; c < configIds.size(); c++) {
            for (int day = 1; day <= DAYS; day++) {
                for (String[] u : units) {
                    sb.append(configIds.get(c)).append(',').append(u[0]).append(',').append(u[1]).append(',')
                            .append(day).append(',').append(REPS);
                    for (int m = 0; m < METRICS.size(); m++) {
                        double mean = seriesMean(m, c, day) * (u[1].equals("county") ? 1 : 0.9);
                        double half = Math.abs(mean) * 0.04;
                        if (day == 1 && m == 0) {
                            sb.append(',').append(mean).append(",,");
                        } else {
                            sb.append(',').append(mean).append(',').append(mean - half).append(',').append(mean + half);
                        }
                    }
                    sb.append('\n');
                }
            }
        }
        Files.writeString(dir.resolve("timeseries.csv"), sb.toString(), StandardCharsets.UTF_8);
    }

    /** A single run's folder: county, type and community rows, metrics as plain columns. */
    public static void writeRun(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder sb = new StringBuilder("day,scope,unit,community_type,participation_rate,backlog,"
                + "equity_participation_gap\n");
        String[][] rows = {{"county", "county", "all"}, {"type", "old-urban", "old-urban"},
            {"type", "commodity-housing", "commodity-housing"}, {"type", "relocated", "relocated"},
            {"community", "Dongguan-1", "old-urban"}};
        for (int day = 1; day <= DAYS; day++) {
            for (int i = 0; i < rows.length; i++) {
                String[] r = rows[i];
                double p = 0.1 + 0.01 * i + 0.002 * day;
                String gap = i == 0 ? String.valueOf(0.05 - 0.001 * day) : "";
                sb.append(day).append(',').append(String.join(",", Arrays.asList(r))).append(',').append(p)
                        .append(',').append(10 + i + day % 3).append(',').append(gap).append('\n');
            }
        }
        Files.writeString(dir.resolve("timeseries.csv"), sb.toString(), StandardCharsets.UTF_8);
    }
}
