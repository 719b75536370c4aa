package cogov.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

class ScenarioDocsTest {

    @Test
    void committedReferenceMatchesTheSchema() throws IOException {
        String committed = Files.readString(ScenarioDocs.DEFAULT_PATH, StandardCharsets.UTF_8);
        assertEquals(ScenarioDocs.markdown(), committed,
                "docs/scenarios.md is stale: run cogov.config.ScenarioDocs.main and commit the result");
    }

    @Test
    void everySchemaKeyIsDocumented() {
        String md = ScenarioDocs.markdown();
        for (String key : new String[] {"`communities[i].relocated_households`", "`residents.type_effects.relocated.trust`",
                "`mechanisms.input_guarantee.venue_m2_per_100_households`", "`needs.categories[i].department_share`",
                "`extends`"}) {
            assertTrue(md.contains(key), key);
        }
    }
}
