package cogov.output.report;

import cogov.metrics.Metric;
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
            facts.add("master seed " + Manifest.scalar(raw.get("master_seed")));
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
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < design.size(); i++) {
            DesignPoint d = design.get(i);
            List<String> row = new ArrayList<>();
            row.add(HtmlPage.RAW + Report.swatch(i) + HtmlPage.esc(d.label()));
            row.add(d.configId());
            keys.forEach(k -> row.add(d.factors().getOrDefault(k, "")));
            rows.add(row);
        }
        page.table("Colours identify configurations in every chart.", head, rows, false);
    }

    void summary(HtmlPage page) {
        if (data.summary.isEmpty()) {
            return;
        }
        page.section("summary", "Summary");
        List<String> head = new ArrayList<>(List.of("Outcome"));
        design.forEach(d -> head.add(d.label()));
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : data.outcomes) {
            List<String> row = new ArrayList<>(List.of(m.axisLabel()));
            for (DesignPoint d : design) {
                row.add(data.summary(d.configId(), m.name())
                        .map(s -> Report.estimate(s.mean(), s.ciLow(), s.ciHigh())).orElse(""));
            }
            rows.add(row);
        }
        page.table("County-wide mean over runs [95% t confidence interval].", head, rows, true);
    }

    void comparison(HtmlPage page) {
        if (data.comparison.isEmpty()) {
            return;
        }
        String ref = data.referenceId();
        page.section("comparison", "Comparison with " + data.label(ref));
        List<DesignPoint> others = design.stream().filter(d -> !d.configId().equals(ref)).toList();
        List<String> head = new ArrayList<>(List.of("Outcome"));
        others.forEach(d -> head.add(d.label()));
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : data.outcomes) {
            List<String> row = new ArrayList<>(List.of(m.axisLabel()));
            for (DesignPoint d : others) {
                Optional<SweepData.Comparison> c = data.comparison(d.configId(), m.name());
                row.add(c.map(this::comparisonCell).orElse(""));
            }
            rows.add(row);
        }
        page.paragraph("Read the effect first: the paired mean difference in the outcome's own units with its 95%"
                + " interval says how large the effect is and how sure. The p-value comes second: with common random"
                + " numbers and many replications almost every difference is 'significant', so p measures the number"
                + " of runs more than the importance of an effect.");
        page.table("Paired mean difference from " + data.label(ref) + " [95% t CI]; p after Holm correction; "
                + "bold: p < 0.05.", head, rows, true);
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
        List<List<String>> rows = new ArrayList<>();
        for (String name : names) {
            List<String> row = new ArrayList<>(List.of(costEffectivenessLabel(name)));
            for (DesignPoint d : others) {
                Optional<SweepData.Comparison> c = data.comparison(d.configId(), name);
                row.add(c.map(x -> Report.estimate(x.meanDiff(), x.ciLow(), x.ciHigh())).orElse(""));
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

    private String comparisonCell(SweepData.Comparison c) {
        String text = Report.estimate(c.meanDiff(), c.ciLow(), c.ciHigh());
        if (text.isEmpty()) {
            return "";
        }
        if (!Double.isNaN(c.pHolm())) {
            text += c.pHolm() < 1e-4 ? "; p < 0.0001" : "; p = " + Report.num(c.pHolm());
            if (c.pHolm() < 0.05) {
                return HtmlPage.SIG + text;
            }
        }
        return text;
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
        List<String> head = new ArrayList<>(List.of("Outcome"));
        f.factors.forEach(x -> head.add(x.name()));
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : data.outcomes) {
            Map<String, Map<Integer, Double>> values = new HashMap<>();
            data.runs.forEach(r -> values.computeIfAbsent(r.configId(), k -> new HashMap<>())
                    .put(r.replication(), r.value(m.name())));
            List<String> row = new ArrayList<>(List.of(m.axisLabel()));
            for (int i = 0; i < f.factors.size(); i++) {
                Factorial.Estimate e = f.mainEffect(i, values);
                boolean sig = !Double.isNaN(e.low()) && (e.low() > 0 || e.high() < 0);
                String cell = Report.estimate(e.mean(), e.low(), e.high());
                row.add(sig ? HtmlPage.SIG + cell : cell);
            }
            rows.add(row);
        }
        page.table("Bold: the 95% CI excludes zero.", head, rows, true);
    }
}
