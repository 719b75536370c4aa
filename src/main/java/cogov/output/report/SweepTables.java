package cogov.output.report;

import cogov.metrics.Metric;
import cogov.output.report.HtmlPage.Cell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tables of a sweep report: design, summary, comparison with the reference, factorial effects. */
final class SweepTables {

    private final SweepData data;
    private final List<DesignPoint> design;

    SweepTables(SweepData data) {
        this.data = data;
        this.design = data.manifest.design();
    }

    void design(HtmlPage page) {
        page.section("design", "Design");
        Map<String, Object> raw = data.manifest.raw();
        List<String> facts = new ArrayList<>();
        facts.add(design.size() + " configurations");
        if (data.manifest.replications() > 0) {
            facts.add(data.manifest.replications() + " replications each");
        }
        if (raw.get("master_seed") != null) {
            facts.add("master seed " + ManifestView.scalar(raw.get("master_seed")));
        }
        if (data.manifest.summaryWindowDays() > 0) {
            facts.add("outcomes summarised over the last " + data.manifest.summaryWindowDays() + " days");
        }
        facts.add("reference: " + data.label(data.referenceId()));
        page.paragraph(String.join("; ", facts) + ".");
        List<String> keys = new ArrayList<>();
        design.forEach(d -> d.factors().keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add));
        List<String> head = new ArrayList<>(List.of("Configuration", "Id"));
        keys.forEach(k -> head.add(Factorial.shortName(k)));
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < design.size(); i++) {
            DesignPoint d = design.get(i);
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(d.label()));
            row.add(Cell.text(d.configId()));
            keys.forEach(k -> row.add(Cell.text(d.factors().getOrDefault(k, ""))));
            rows.add(row);
        }
        page.table("Labels name the mechanisms switched on (abbreviations under Key findings).", head, rows, false);
    }

    /**
     * A number over its interval, on two lines so tables with a column per outcome fit the page:
     * {@code 0.443 / [0.440, 0.446]}; bold when {@code strong}.
     */
    static Cell cell(String value, double low, double high, boolean strong) {
        if (value.isEmpty()) {
            return Cell.text("");
        }
        return Cell.over(value, Report.interval(low, high), strong);
    }

    /** Column heads for outcomes: the label, the unit on its own line. */
    private List<String> outcomeHeads(String first) {
        List<String> head = new ArrayList<>(List.of(first));
        data.outcomes.forEach(m -> head.add(m.label() + " (" + m.unit() + ")"));
        return head;
    }

    void summary(HtmlPage page) {
        if (data.summary.isEmpty()) {
            return;
        }
        page.section("summary", "Summary");
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < design.size(); i++) {
            DesignPoint d = design.get(i);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(d.label())));
            for (Metric m : data.outcomes) {
                row.add(data.summary(d.configId(), m.name())
                        .map(s -> cell(Report.num(s.mean()), s.ciLow(), s.ciHigh(), false)).orElse(Cell.text("")));
            }
            rows.add(row);
        }
        page.table("County-wide mean over runs [95% t confidence interval]; one row per configuration.",
                outcomeHeads("Configuration"), rows, true);
    }

    void comparison(HtmlPage page) {
        if (data.comparison.isEmpty()) {
            return;
        }
        String ref = data.referenceId();
        page.section("comparison", "Comparison with " + data.label(ref));
        List<List<Cell>> rows = new ArrayList<>();
        for (DesignPoint d : design) {
            if (d.configId().equals(ref)) {
                continue;
            }
            List<Cell> row = new ArrayList<>(List.of(Cell.text(d.label())));
            for (Metric m : data.outcomes) {
                Optional<SweepData.Comparison> c = data.comparison(d.configId(), m.name());
                row.add(c.map(this::comparisonCell).orElse(Cell.text("")));
            }
            rows.add(row);
        }
        page.paragraph("Read the effect first: the paired mean difference in the outcome's own units with its 95%"
                + " interval says how large the effect is and how sure. The p-value comes second (in comparison.csv):"
                + " with common random numbers and many replications almost every difference is 'significant', so p"
                + " measures the number of runs more than the importance of an effect.");
        page.table("Paired mean difference from " + data.label(ref) + " [95% t CI]; bold: p < 0.05 after Holm"
                + " correction (p values in comparison.csv).", outcomeHeads("Configuration"), rows, true);
    }

    /** Cost-effectiveness rows of comparison.csv (names starting {@code ce_}), county, with their 95% intervals. */
    void costEffectiveness(HtmlPage page) {
        List<String> names = new ArrayList<>();
        for (SweepData.Comparison c : data.comparison) {
            if (c.metric().startsWith("ce_") && !names.contains(c.metric())) {
                names.add(c.metric());
            }
        }
        if (names.isEmpty()) {
            return;
        }
        String ref = data.referenceId();
        page.section("cost-effectiveness", "Cost-effectiveness against " + data.label(ref));
        List<DesignPoint> others = design.stream().filter(d -> !d.configId().equals(ref)).toList();
        List<String> head = new ArrayList<>(List.of("Measure"));
        others.forEach(d -> head.add(d.label()));
        List<List<Cell>> rows = new ArrayList<>();
        for (String name : names) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(costEffectivenessLabel(name))));
            for (DesignPoint d : others) {
                Optional<SweepData.Comparison> c = data.comparison(d.configId(), name);
                row.add(Cell.text(c.map(x -> Report.estimate(x.meanDiff(), x.ciLow(), x.ciHigh())).orElse("")));
            }
            rows.add(row);
        }
        page.table("Public and total (social) cost per percentage point of an outcome (yuan per year) and per additional"
                + " resolved request (yuan), paired by replication, [95% delta-method interval]; no interval where the"
                + " outcome's own change is not clearly different from 0.", head, rows, false);
    }

    private static String costEffectivenessLabel(String name) {
        String rest = name.substring("ce_".length());
        String cost = rest.startsWith("public_") ? "Public" : "Total";
        String what = rest.substring(rest.indexOf('_') + 1);
        if (what.equals("per_resolved_request")) {
            return cost + " cost per additional resolved request (yuan)";
        }
        return cost + " cost per point of " + what.substring("per_point_".length()) + " (yuan/year)";
    }

    private Cell comparisonCell(SweepData.Comparison c) {
        boolean sig = !Double.isNaN(c.pHolm()) && c.pHolm() < 0.05;
        return Double.isNaN(c.meanDiff()) ? Cell.text("") : cell(Report.signed(c.meanDiff()), c.ciLow(), c.ciHigh(), sig);
    }

    void factorial(HtmlPage page) {
        Optional<Factorial> detected = Factorial.detect(design);
        if (detected.isEmpty()) {
            return;
        }
        Factorial f = detected.get();
        page.section("factorial-effects", "Factorial main effects");
        page.paragraph("Two-level full factorial design (" + f.levels() + "). A main effect is, per replication, "
                + "the mean over configurations with the factor on minus the mean with it off; the table gives its "
                + "mean over replications [95% t CI].");
        List<Map<String, Map<Integer, Double>>> values = new ArrayList<>();
        for (Metric m : data.outcomes) {
            Map<String, Map<Integer, Double>> v = new HashMap<>();
            data.runs.forEach(r -> v.computeIfAbsent(r.configId(), k -> new HashMap<>())
                    .put(r.replication(), r.value(m.name())));
            values.add(v);
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < f.factors.size(); i++) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(f.factors.get(i).name())));
            for (int o = 0; o < data.outcomes.size(); o++) {
                Factorial.Estimate e = f.mainEffect(i, values.get(o));
                boolean sig = !Double.isNaN(e.low()) && (e.low() > 0 || e.high() < 0);
                row.add(Double.isNaN(e.mean()) ? Cell.text("") : cell(Report.signed(e.mean()), e.low(), e.high(), sig));
            }
            rows.add(row);
        }
        page.table("One row per factor; bold: the 95% CI excludes zero.", outcomeHeads("Factor"), rows, true);
    }
}
