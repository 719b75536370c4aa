package cogov.output.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.output.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text read from a results folder reaches report.html only escaped: labels, factor values, manifest
 * keys and values, including text that starts with what used to be the page's internal raw-HTML
 * marker (NUL + {@code raw:}).
 */
class ReportEscapingTest {

    @TempDir
    Path tmp;

    @Test
    void markupFromTheManifestIsEscapedEvenBehindTheOldRawMarker() throws Exception {
        SweepFixture sweep = SweepFixture.write(tmp.resolve("sweep"), 2);
        Path manifest = sweep.dir.resolve("manifest.json");
        String json = Files.readString(manifest, StandardCharsets.UTF_8)
                .replace("\"label\": \"all off\"", "\"label\": \"\\u0000raw:<script>alert(1)</script>\"")
                .replace("\"master_seed\": 42,", "\"master_seed\": 42,\n"
                        + "  \"\\u0000raw:<img src=x onerror=alert(2)>\": \"\\u0000raw:<script>alert(3)</script>\",\n"
                        + "  \"note\": \"\\u0000sig:<b onclick=alert(4)>x</b>\",");
        Files.writeString(manifest, json, StandardCharsets.UTF_8);

        Path html = Report.write(sweep.dir, EnumSet.noneOf(Format.class), tmp.resolve("out"));
        String page = Files.readString(html, StandardCharsets.UTF_8);

        assertFalse(page.contains("<script"), "a script element reached the page");
        assertFalse(page.contains("<img"), "an img element reached the page");
        assertFalse(page.contains("<b onclick"), "an element with a handler reached the page");
        int nul = page.indexOf(0);
        assertTrue(nul < 0, () -> "NUL characters reach the page: " + page.substring(Math.max(0, nul - 200), nul + 50));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the label is shown, escaped");
        assertTrue(page.contains("&lt;img src=x onerror=alert(2)&gt;"), "the manifest key is shown, escaped");
    }
}
