package cogov.metrics;

import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;
import cogov.model.CountyModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The collector's rows agree with the model and with each other, every day. */
class MetricsCollectorTest {

    @Test
    void countyRowsAggregateCommunityRowsAndMatchTheModel() throws Exception {
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios/lijin-baseline.yaml"), Map.of("days", 60,
                "communities[0].households", 300, "communities[1].households", 300));
        CountyModel model = CountyModels.newModel(scenario);
        model.start();
        MetricsCollector collector = new MetricsCollector(model, rows -> { });
        int types = (int) scenario.communities().stream().map(c -> c.type()).distinct().count();
        for (int day = 1; day <= scenario.days(); day++) {
            model.schedule.step(model);
            List<MetricsRow> rows = collector.collect();
            assertEquals(1 + types + scenario.communities().size(), rows.size());
            MetricsRow county = rows.get(0);
            assertEquals(Scope.COUNTY, county.scope());
            assertEquals(day, county.day());
            List<MetricsRow> communities = rows.stream().filter(r -> r.scope() == Scope.COMMUNITY).toList();
            for (String flow : List.of("requests_raised", "requests_resolved", "requests_dropped", "backlog",
                    "needs_arisen", "event_participants")) {
                double sum = communities.stream().mapToDouble(r -> r.get(flow)).sum();
                assertEquals(sum, county.get(flow), 1e-9, flow + " on day " + day);
            }
            int participating = 0;
            for (int i = 0; i < model.population().size(); i++) {
                if (model.isParticipating(i)) {
                    participating++;
                }
            }
            assertEquals(participating / (double) model.population().size(), county.get("participation_rate"), 1e-12);
            double oldUrban = rows.stream().filter(r -> r.scope() == Scope.TYPE && r.unit().equals("old-urban"))
                    .findFirst().orElseThrow().get("participation_rate");
            double relocated = rows.stream().filter(r -> r.scope() == Scope.TYPE && r.unit().equals("relocated"))
                    .findFirst().orElseThrow().get("participation_rate");
            assertEquals(oldUrban - relocated, county.get("equity_participation_gap"), 1e-12);
            assertTrue(Double.isNaN(communities.get(0).get("equity_participation_gap")),
                    "county-only metrics are empty in community rows");
        }
    }
}
