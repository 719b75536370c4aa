package cogov.metrics;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricDocsTest {
    @Test
    void committedReferenceMatchesTheRegistry() throws Exception {
        assertEquals(MetricDocs.markdown(), Files.readString(MetricDocs.DEFAULT_PATH, StandardCharsets.UTF_8),
                "docs/metrics.md is stale: regenerate it with cogov.metrics.MetricDocs");
    }

    @Test
    void everyTagMarksAMetricAndTheFormerHandListsAreTags() {
        assertTrue(MetricRegistry.namesTagged(Tag.KEY_OUTCOME).contains("participation_rate"));
        assertTrue(MetricRegistry.namesTagged(Tag.LIVE_CHART).contains("backlog"));
        assertTrue(MetricRegistry.namesTagged(Tag.COST).get(0).equals("spending_yuan"));
        for (Tag t : Tag.values()) {
            assertFalse(MetricRegistry.tagged(t).isEmpty(), t + " tags no metric");
        }
    }
}
