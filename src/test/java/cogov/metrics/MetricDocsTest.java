package cogov.metrics;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricDocsTest {
    @Test
    void committedReferenceMatchesTheRegistry() throws Exception {
        assertEquals(MetricDocs.markdown(), Files.readString(MetricDocs.DEFAULT_PATH, StandardCharsets.UTF_8),
                "docs/metrics.md is stale: regenerate it with cogov.metrics.MetricDocs");
    }

    @Test
    void keyOutcomesAreRegisteredMetrics() {
        for (String name : MetricRegistry.KEY_OUTCOMES) {
            assertTrue(MetricRegistry.find(name) != null, name);
        }
    }
}
