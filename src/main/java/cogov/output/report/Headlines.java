package cogov.output.report;

import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.metrics.Tag;
import cogov.output.FolderLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The short table a sweep ends with on the terminal: for the first key outcomes, the reference's mean
 * with its interval and the best configuration's paired difference with its interval. Read from the
 * sweep's summary and comparison files only, so it costs a fraction of a second.
 */
public final class Headlines {

    /** Outcomes shown: the first key outcomes ({@link Tag#KEY_OUTCOME}) that the sweep has. */
    static final int OUTCOMES = 5;

    private Headlines() {
    }

    /** The table as lines of text, or no lines when the folder has no comparison with a reference. */
    public static List<String> sweep(Path dir) throws IOException {
        SweepData data = SweepData.load(dir, m -> m.has(Tag.KEY_OUTCOME), false);
        KeyFindings findings = new KeyFindings(data);
        String ref = data.referenceId();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"outcome", data.label(ref) + " (reference)", "best configuration", "difference"});
        for (Metric m : data.outcomes) {
            if (rows.size() > OUTCOMES) {
                break;
            }
            List<KeyFindings.Ranked> ranked = findings.ranked(m);
            Optional<SweepData.Summary> base = data.summary(ref, m.name());
            if (ranked.isEmpty() || base.isEmpty()) {
                continue;
            }
            KeyFindings.Ranked best = ranked.get(0);
            rows.add(new String[] {m.label() + " (" + m.unit() + ")",
                Report.estimate(base.get().mean(), base.get().ciLow(), base.get().ciHigh()),
                data.label(best.id()),
                Report.signed(best.c().meanDiff()) + " " + Report.interval(best.c().ciLow(), best.c().ciHigh())
                        + (best.clear() ? "" : " (includes 0)")});
        }
        if (rows.size() == 1) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        int window = data.manifest.summaryWindowDays();
        boolean reported = Files.isRegularFile(dir.resolve(FolderLayout.REPORT_DIR).resolve(Report.HTML));
        lines.add("Headline outcomes" + (window > 0 ? " (mean of the last " + window + " days" : " (")
                + "; 95% CI; best = largest gain over the reference; full tables: "
                + (reported ? FolderLayout.REPORT_DIR + "/" + Report.HTML : "cogov report on this folder writes them") + "):");
        lines.addAll(align(rows));
        return lines;
    }

    /** A single run's key outcomes, county-wide: the final day and the mean of the summary window. */
    public static List<String> run(Path dir) throws IOException {
        Path file = dir.resolve(FolderLayout.SUMMARY);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Csv.Table t = Csv.read(file);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"outcome", "final day", "window mean"});
        String window = "";
        for (String name : MetricRegistry.namesTagged(Tag.KEY_OUTCOME)) {
            Metric m = MetricRegistry.find(name);
            for (org.apache.commons.csv.CSVRecord r : t.records()) {
                if (m != null && "county".equals(Csv.text(r, "scope")) && name.equals(Csv.text(r, "metric"))) {
                    rows.add(new String[] {m.label() + " (" + m.unit() + ")", Report.num(Csv.number(r, "final")),
                        Report.num(Csv.number(r, "window_mean"))});
                    window = Csv.text(r, "window_days");
                }
            }
            if (rows.size() > OUTCOMES) {
                break;
            }
        }
        if (rows.size() == 1) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Headline outcomes, county-wide (window: the last " + window + " days; one run, so no interval:"
                + " a sweep gives them):");
        lines.addAll(align(rows));
        return lines;
    }

    /** Rows as columns padded to their widest cell, two spaces apart. */
    static List<String> align(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder sb = new StringBuilder(" ");
            for (int c = 0; c < columns; c++) {
                sb.append(' ').append(String.format(Locale.ROOT, "%-" + width[c] + "s", row[c])).append(' ');
            }
            lines.add(sb.toString().stripTrailing());
        }
        return lines;
    }
}
