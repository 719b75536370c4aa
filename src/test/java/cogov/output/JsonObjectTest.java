package cogov.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonObjectTest {

    @Test
    void escapesStrings() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", JsonObject.quote("a\"b\\c\nd\u0001"));
    }

    @Test
    void writesNestedValuesInInsertionOrder() {
        String json = new JsonObject()
                .put("name", "x")
                .put("seed", 7L)
                .put("wall", 1.5)
                .put("nan", Double.NaN)
                .put("ok", true)
                .put("none", null)
                .put("args", List.of("run", "a b"))
                .put("env", new JsonObject().put("cores", 2))
                .toString();
        assertEquals("{\n  \"name\": \"x\",\n  \"seed\": 7,\n  \"wall\": 1.5,\n  \"nan\": null,\n  \"ok\": true,\n"
                + "  \"none\": null,\n  \"args\": [\"run\", \"a b\"],\n  \"env\": {\n    \"cores\": 2\n  }\n}\n", json);
    }

    @Test
    void rejectsValuesJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> new JsonObject().put("x", new Object()));
    }
}
