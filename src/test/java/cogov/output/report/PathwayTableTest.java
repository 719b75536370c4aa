package cogov.output.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pathway's contribution is the mechanism minus the mechanism without it, paired by replication. */
class PathwayTableTest {
    @TempDir
    Path dir;

    @Test
    void contributionIsThePairedDifferenceOfMechanismAndMechanismWithoutThePathway() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), """
                {"experiment": "pathways", "description": "", "master_seed": 1, "replications": 3,
                 "reference": "c0", "summary_window_days": 10, "design": [
                  {"config_id": "c0", "label": "baseline", "factors": {}},
                  {"config_id": "c1", "label": "party-led-governance", "factors": {}},
                  {"config_id": "c2", "label": "party-led-governance-without-outreach", "factors": {}},
                  {"config_id": "c3", "label": "lonely-without-parent", "factors": {}}]}
                """, StandardCharsets.UTF_8);
        StringBuilder runs = new StringBuilder("run_id,config_id,replication,seed,status,participation_rate,wall_seconds\n");
        double[][] values = {{0.20, 0.22, 0.21}, {0.30, 0.33, 0.31}, {0.26, 0.27, 0.28}, {0.1, 0.1, 0.1}};
        int run = 0;
        for (int c = 0; c < values.length; c++) {
            for (int r = 0; r < 3; r++) {
                runs.append("r").append(run++).append(",c").append(c).append(',').append(r).append(",7,ok,")
                        .append(values[c][r]).append(",1.0\n");
            }
        }
        Files.writeString(dir.resolve("runs.csv"), runs.toString(), StandardCharsets.UTF_8);
        PathwayTable table = new PathwayTable(SweepData.load(dir, m -> true));
        List<DesignPoint[]> pairs = table.pairs();
        assertEquals(1, pairs.size(), "only variants whose mechanism is in the design pair up");
        Factorial.Estimate e = table.contribution(pairs.get(0)[0], pairs.get(0)[1], "participation_rate").orElseThrow();
        assertEquals(3, e.n());
        assertEquals(((0.30 - 0.26) + (0.33 - 0.27) + (0.31 - 0.28)) / 3, e.mean(), 1e-12);
        assertTrue(e.low() < e.mean() && e.mean() < e.high());
    }
}
