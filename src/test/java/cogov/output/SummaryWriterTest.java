package cogov.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsRow;
import cogov.metrics.Scope;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryWriterTest {

    private static final String TRUST = "trust_mean";
    private static final String BACKLOG = "backlog";

    /** A county row and one community row per day; trust = day, backlog = 10 * day except NaN on even days. */
    private static List<MetricsRow> day(int d) {
        double[] county = new double[MetricRegistry.size()];
        Arrays.fill(county, Double.NaN);
        county[MetricRegistry.indexOf(TRUST)] = d;
        county[MetricRegistry.indexOf(BACKLOG)] = d % 2 == 0 ? Double.NaN : 10.0 * d;
        double[] community = new double[MetricRegistry.size()];
        community[MetricRegistry.indexOf(TRUST)] = 0.5;
        return List.of(new MetricsRow(d, Scope.COUNTY, "county", "all", county),
                new MetricsRow(d, Scope.COMMUNITY, "Lijin-1", "relocated", community));
    }

    private static Map<String, List<String>> summarise(int window, int days) throws IOException {
        SummaryWriter summary = new SummaryWriter(window);
        for (int d = 1; d <= days; d++) {
            summary.accept(day(d));
        }
        StringWriter out = new StringWriter();
        summary.writeTo(out);
        String[] lines = out.toString().split("\n");
        assertEquals(String.join(",", SummaryWriter.HEADER), lines[0]);
        assertEquals(1 + 2 * MetricRegistry.size(), lines.length);
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            List<String> cells = Arrays.asList(lines[i].split(",", -1));
            byKey.put(cells.get(1) + "/" + cells.get(3), cells.subList(4, 7));
        }
        return byKey;
    }

    @Test
    void windowCoversOnlyTheLastDays() throws IOException {
        // days 1..10, window 4: trust over days 7..10 = 8.5; backlog over days 7, 9 (8, 10 are NaN) = 80
        Map<String, List<String>> s = summarise(4, 10);
        assertEquals(List.of("10", "8.5", "4"), s.get("county/" + TRUST));
        assertEquals(List.of("", "80", "2"), s.get("county/" + BACKLOG));
        assertEquals(List.of("0.5", "0.5", "4"), s.get("Lijin-1/" + TRUST));
    }

    @Test
    void shortRunsAverageEveryDay() throws IOException {
        // 3 days, window 90: trust mean (1+2+3)/3 = 2; backlog days 1 and 3: (10+30)/2 = 20
        Map<String, List<String>> s = summarise(90, 3);
        assertEquals(List.of("3", "2", "3"), s.get("county/" + TRUST));
        assertEquals(List.of("30", "20", "2"), s.get("county/" + BACKLOG));
    }

    @Test
    void metricWithNoValueInTheWindowHasAnEmptyMean() throws IOException {
        Map<String, List<String>> s = summarise(90, 5);
        assertEquals(List.of("", "", "0"), s.get("county/participation_rate"));
    }

    @Test
    void unitsKeepTheirFirstSeenOrder() throws IOException {
        Map<String, List<String>> s = summarise(2, 2);
        List<String> keys = List.copyOf(s.keySet());
        assertEquals("county/" + MetricRegistry.all().get(0).name(), keys.get(0));
        assertEquals("Lijin-1/" + MetricRegistry.all().get(0).name(), keys.get(MetricRegistry.size()));
    }
}
