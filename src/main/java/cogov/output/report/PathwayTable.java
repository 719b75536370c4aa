package cogov.output.report;

import cogov.metrics.Metric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pathways section of a sweep report: for every variant named {@code M-without-P} whose mechanism
 * variant {@code M} is in the design, pathway P's contribution to M's effect, replication by replication
 * (M minus M-without-P, paired by seed), with its mean and 95% t interval. A design without such variants
 * (every factorial, for instance) gets no section.
 */
final class PathwayTable {
    static final String WITHOUT = "-without-";

    private final SweepData data;

    PathwayTable(SweepData data) {
        this.data = data;
    }

    /** The (mechanism, pathway-removed) pairs of the design, in design order. */
    List<DesignPoint[]> pairs() {
        List<DesignPoint> design = data.manifest.design();
        Map<String, DesignPoint> byLabel = new HashMap<>();
        design.forEach(d -> byLabel.put(d.label(), d));
        List<DesignPoint[]> pairs = new ArrayList<>();
        for (DesignPoint d : design) {
            int at = d.label().indexOf(WITHOUT);
            if (at > 0) {
                DesignPoint whole = byLabel.get(d.label().substring(0, at));
                if (whole != null) {
                    pairs.add(new DesignPoint[] {whole, d});
                }
            }
        }
        return pairs;
    }

    /** Pathway contribution to one outcome: per replication, mechanism minus mechanism without the pathway. */
    Optional<Factorial.Estimate> contribution(DesignPoint whole, DesignPoint without, String metric) {
        Map<Integer, Double> a = new HashMap<>();
        Map<Integer, Double> b = new HashMap<>();
        for (SweepData.Run r : data.runs) {
            if (r.configId().equals(whole.configId())) {
                a.put(r.replication(), r.value(metric));
            } else if (r.configId().equals(without.configId())) {
                b.put(r.replication(), r.value(metric));
            }
        }
        List<Double> diffs = new ArrayList<>();
        a.forEach((rep, v) -> {
            Double w = b.get(rep);
            if (w != null && !Double.isNaN(v) && !Double.isNaN(w)) {
                diffs.add(v - w);
            }
        });
        if (diffs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Factorial.tInterval(diffs.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    void render(HtmlPage page) {
        List<DesignPoint[]> pairs = pairs();
        if (pairs.isEmpty()) {
            return;
        }
        page.section("pathways", "Pathways");
        page.paragraph("Each row is one pathway of a mechanism: the mechanism alone minus the mechanism with that"
                + " pathway switched off, paired by replication (mean [95% t CI]). What the rows of a mechanism do"
                + " not add up to is carried by its parts that cannot be switched off alone, or by interactions"
                + " between its pathways.");
        List<String> head = new ArrayList<>(List.of("Pathway"));
        for (Metric m : data.outcomes) {
            head.add(m.axisLabel());
        }
        List<List<HtmlPage.Cell>> rows = new ArrayList<>();
        for (DesignPoint[] pair : pairs) {
            String label = pair[1].label();
            int at = label.indexOf(WITHOUT);
            List<HtmlPage.Cell> row = new ArrayList<>(List.of(HtmlPage.Cell.text(label.substring(0, at) + ": "
                    + label.substring(at + WITHOUT.length()))));
            for (Metric m : data.outcomes) {
                row.add(contribution(pair[0], pair[1], m.name())
                        .map(e -> SweepTables.cell(Report.num(e.mean()), e.low(), e.high(),
                                !Double.isNaN(e.low()) && (e.low() > 0 || e.high() < 0)))
                        .orElse(HtmlPage.Cell.text("")));
            }
            rows.add(row);
        }
        page.table("Bold: the 95% CI excludes zero.", head, rows, true);
    }
}
