package cogov.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one JSON reader and writer: what it writes it reads back; minified input is fine; nesting is bounded. */
class JsonTest {

    @Test
    void whatIsWrittenReadsBackEqual() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "a \"quoted\"\nline\u2028");
        m.put("n", 0.1);
        m.put("whole", 3.0);
        m.put("nan", Double.NaN);
        m.put("flags", List.of(true, false));
        m.put("items", List.of(Map.of("k", 1.5), new JsonObject().put("j", "x")));
        m.put("none", null);
        Map<String, Object> back = Json.parseObject(Json.write(m));
        assertEquals("a \"quoted\"\nline\u2028", back.get("name"));
        assertEquals(0.1, back.get("n"));
        assertEquals(3.0, back.get("whole"));
        assertNull(back.get("nan"));
        assertEquals(List.of(true, false), back.get("flags"));
        assertEquals(List.of(Map.of("k", 1.5), Map.of("j", "x")), back.get("items"));
        assertTrue(back.containsKey("none"));
        assertTrue(Json.write(m).contains("\"whole\": 3,"));
    }

    @Test
    void minifiedJsonIsReadAndStringFieldsFound() {
        String text = "{\"experiment_hash\":\"abc\",\"n\":[1,2,{\"x\":null}],\"s\":\"\\u00e9\"}";
        assertEquals("abc", Json.stringField(text, "experiment_hash"));
        assertEquals("\u00e9", Json.stringField(text, "s"));
        assertNull(Json.stringField(text, "n"));
        assertNull(Json.stringField("[1]", "n"));
    }

    @Test
    void nestingDeeperThanTheBoundIsRejectedAndBadInputNamesTheOffset() {
        String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        assertTrue(Json.parse(ok) instanceof List<?>);
        IllegalArgumentException deep = assertThrows(IllegalArgumentException.class,
                () -> Json.parse("[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1)));
        assertTrue(deep.getMessage().contains("nested deeper than " + Json.MAX_DEPTH), deep.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": tru}"));
        assertTrue(bad.getMessage().contains("offset"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{} x"));
    }
}
