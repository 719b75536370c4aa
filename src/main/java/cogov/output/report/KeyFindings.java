package cogov.output.report;

import cogov.mechanism.MechanismType;
import cogov.metrics.Metric;
import cogov.metrics.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The block a reader sees first: for each key outcome, the reference's level, the best configurations
 * with their paired effect and interval, the public spending each percentage point costs, and the
 * community type that gains most; then the legend of every abbreviation in the configuration labels.
 */
final class KeyFindings {

    /** Configurations named per outcome, best first. */
    static final int TOP = 3;
    static final String COST = "spending_yuan";

    private final SweepData data;

    KeyFindings(SweepData data) {
        this.data = data;
    }

    void write(HtmlPage page) {
        page.section("key-findings", "Key findings");
        String ref = data.referenceId();
        page.paragraph(data.manifest.design().size() + " configurations compared with " + data.label(ref)
                + (data.manifest.replications() > 0 ? ", " + data.manifest.replications() + " paired replications each"
                : "") + ". Effects are paired differences from " + data.label(ref) + " with 95% t confidence"
                + " intervals; bold: the interval excludes zero. Cost per point: extra public spending (yuan a day)"
                + " per percentage point gained.");
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : outcomes()) {
            List<Ranked> best = ranked(m);
            if (best.isEmpty()) {
                continue;
            }
            Ranked top = best.get(0);
            List<String> row = new ArrayList<>();
            row.add(m.label() + " (" + m.unit() + ")");
            row.add(data.summary(ref, m.name()).map(s -> Report.num(s.mean())).orElse(""));
            List<String> names = new ArrayList<>();
            for (Ranked r : best.subList(0, Math.min(TOP, best.size()))) {
                names.add((r.clear() ? "<strong>" : "") + HtmlPage.esc(data.label(r.id())) + " "
                        + HtmlPage.esc(Report.signed(r.c().meanDiff())) + (r.clear() ? "</strong>" : ""));
            }
            row.add(HtmlPage.RAW + String.join("<br>", names));
            row.add(HtmlPage.RAW + HtmlPage.esc(Report.interval(top.c().ciLow(), top.c().ciHigh())));
            row.add(costPerPoint(m, top));
            row.add(gainsMost(m, top.id()));
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            page.table("Best three configurations per outcome (in the outcome's good direction), with the interval of"
                    + " the best; 'who gains most': the community type with the largest effect of the best.",
                    List.of("Outcome", data.label(ref), "Best (effect)", "95% CI of best", "Cost per point",
                            "Gains most"), rows, false);
        }
        String legend = abbreviations();
        if (!legend.isEmpty()) {
            page.paragraph("Labels: " + legend + ".");
        }
    }

    /** The key outcomes this sweep has, in the registry's order; all outcomes when none is a key one. */
    private List<Metric> outcomes() {
        List<Metric> key = data.outcomes.stream().filter(m -> m.has(Tag.KEY_OUTCOME)).toList();
        return key.isEmpty() ? data.outcomes : key;
    }

    record Ranked(String id, SweepData.Comparison c, boolean clear) {
    }

    /** Configurations other than the reference, best first in the outcome's good direction. */
    List<Ranked> ranked(Metric m) {
        double sign = m.higherIsBetter() ? 1 : -1;
        List<Ranked> out = new ArrayList<>();
        for (DesignPoint d : data.manifest.design()) {
            if (d.configId().equals(data.referenceId())) {
                continue;
            }
            data.comparison(d.configId(), m.name()).filter(c -> !Double.isNaN(c.meanDiff())).ifPresent(c ->
                    out.add(new Ranked(d.configId(), c, !Double.isNaN(c.ciLow()) && (c.ciLow() > 0 || c.ciHigh() < 0))));
        }
        out.sort(Comparator.comparingDouble(r -> -sign * r.c().meanDiff()));
        return out;
    }

    private String costPerPoint(Metric m, Ranked top) {
        if (!"share".equals(m.unit()) || m.name().equals(COST)) {
            return "";
        }
        double points = (m.higherIsBetter() ? 1 : -1) * top.c().meanDiff() * 100;
        Optional<SweepData.Comparison> cost = data.comparison(top.id(), COST);
        if (cost.isEmpty() || !(points > 0) || Double.isNaN(cost.get().meanDiff())) {
            return "";
        }
        return Report.num(cost.get().meanDiff() / points) + " yuan/day";
    }

    private String gainsMost(Metric m, String id) {
        double sign = m.higherIsBetter() ? 1 : -1;
        return data.byType.stream().filter(c -> c.configId().equals(id) && c.metric().equals(m.name())
                        && !Double.isNaN(c.meanDiff()))
                .max(Comparator.comparingDouble(c -> sign * c.meanDiff()))
                .map(c -> c.type() + " (" + Report.signed(c.meanDiff()) + ")").orElse("");
    }

    /** "JB = joint building, ..." for every abbreviation the design's labels use. */
    String abbreviations() {
        Map<String, String> used = new TreeMap<>();
        for (DesignPoint d : data.manifest.design()) {
            for (String part : d.label().split("\\+")) {
                String full = MechanismType.ofShortLabel(part.trim()).map(MechanismType::label).orElse(null);
                if (full != null) {
                    used.put(part.trim(), full);
                }
            }
        }
        List<String> parts = new ArrayList<>();
        used.forEach((abbreviation, mechanism) -> parts.add(abbreviation + " = " + mechanism));
        boolean allOff = data.manifest.design().stream().anyMatch(d -> d.label().equals("all off"));
        if (allOff) {
            parts.add("all off = no mechanism");
        }
        if (!parts.isEmpty()) {
            parts.add("A+B = both switched on");
        }
        return String.join("; ", parts);
    }
}
