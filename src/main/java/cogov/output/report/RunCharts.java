package cogov.output.report;

import cogov.config.CommunityType;
import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.output.ChartSize;
import cogov.output.chart.SeriesColours;
import cogov.output.chart.TimeSeriesChart;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Figures for a single run's folder: one time-series chart per metric, with a line for the county
 * and one per community type. Colours follow the fixed order county, then community types in
 * {@link CommunityType} order.
 */
final class RunCharts {

    static final String COUNTY = "county";
    static final List<String> UNITS = unitOrder();
    static final String[] REQUIRED = {"day", "scope", "unit", "community_type"};

    private final List<Metric> metrics = new ArrayList<>();
    private final Map<String, Map<String, XYSeries>> seriesByMetric = new LinkedHashMap<>();

    private static List<String> unitOrder() {
        List<String> units = new ArrayList<>();
        units.add(COUNTY);
        for (CommunityType t : CommunityType.values()) {
            units.add(t.key());
        }
        return List.copyOf(units);
    }

    RunCharts(Path timeseries) throws IOException {
        Csv.Table t = Csv.read(timeseries);
        t.require(REQUIRED);
        for (Metric m : MetricRegistry.all()) {
            if (t.has(m.name())) {
                metrics.add(m);
                Map<String, XYSeries> byUnit = new LinkedHashMap<>();
                for (String u : UNITS) {
                    byUnit.put(u, new XYSeries(u, true, false));
                }
                seriesByMetric.put(m.name(), byUnit);
            }
        }
        for (CSVRecord r : t.records()) {
            String scope = Csv.text(r, "scope");
            String unit = Csv.text(r, "unit");
            boolean county = COUNTY.equals(scope);
            if (!county && !"type".equals(scope)) {
                continue;
            }
            String key = county ? COUNTY : unit;
            double day = Csv.number(r, "day");
            for (Metric m : metrics) {
                XYSeries s = seriesByMetric.get(m.name()).get(key);
                double v = Csv.number(r, m.name());
                if (s != null && !Double.isNaN(v) && !Double.isNaN(day)) {
                    s.add(day, v);
                }
            }
        }
    }

    /** The series of one metric, county first then community types, leaving out empty ones. */
    XYSeriesCollection dataset(Metric metric) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (XYSeries s : seriesByMetric.get(metric.name()).values()) {
            if (s.getItemCount() > 0) {
                dataset.addSeries(s);
            }
        }
        return dataset;
    }

    List<Metric> metrics() {
        return List.copyOf(metrics);
    }

    List<Figure> all() {
        List<Figure> figures = new ArrayList<>();
        SeriesColours colours = SeriesColours.of(UNITS);
        for (Metric m : metrics) {
            XYSeriesCollection dataset = dataset(m);
            if (dataset.getSeriesCount() > 0) {
                figures.add(new Figure("timeseries-" + m.name(), SweepCharts.TIME,
                        m.label() + " by day, county and community types: " + m.description(),
                        TimeSeriesChart.create(m, dataset, "n = 1 run; county and community-type aggregates", colours),
                        ChartSize.STANDARD));
            }
        }
        return figures;
    }
}
