package cogov.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The files that let others reuse and cite cogov agree with each other and with the build. */
class CitationTest {

    @Test
    @SuppressWarnings("unchecked")
    void citationNamesThisVersionAndTheLicence() throws Exception {
        Map<String, Object> cff = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(Path.of("CITATION.cff")));
        assertEquals("1.2.0", cff.get("cff-version"));
        assertEquals("software", cff.get("type"));
        assertEquals(BuildInfo.version(), String.valueOf(cff.get("version")), "CITATION.cff version vs pom.xml");
        assertEquals("Apache-2.0", cff.get("license"));
        List<Object> authors = (List<Object>) cff.get("authors");
        assertFalse(authors.isEmpty(), "CITATION.cff needs authors");
        assertTrue(String.valueOf(cff.get("message")).contains("cite"), "CITATION.cff message");
    }

    @Test
    void licenceFileAndPomAgree() throws Exception {
        String licence = Files.readString(Path.of("LICENSE"));
        assertTrue(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"),
                "LICENSE is not the Apache License 2.0");
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<name>Apache-2.0</name>"), "pom.xml <licenses> does not name Apache-2.0");
        assertTrue(Files.readString(Path.of("README.md")).contains("Apache License 2.0"), "README says no licence");
    }
}
