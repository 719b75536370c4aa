package cogov.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.output.ChartFiles;
import cogov.output.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a 32-configuration sweep (the shape of the main job) as a reader sees it in headless
 * Chromium: it opens with the key findings, no table or figure runs past the page, the page and its
 * print are of a length one reads, and the charts that must scale do.
 */
class ReportPageTest {

    /** Measures the laid-out page: height, width, and every table or figure wider than its box. */
    private static final String PROBE = """
            <script>
            (function () {
              var root = document.documentElement, r = {height: root.scrollHeight, width: root.scrollWidth,
                  view: root.clientWidth, overflow: []};
              document.querySelectorAll('.table-wrap').forEach(function (w, i) {
                if (w.scrollWidth > w.clientWidth + 1) {
                  var c = w.querySelector('caption');
                  r.overflow.push('table ' + i + ' (' + w.scrollWidth + ' > ' + w.clientWidth + ' px): '
                      + (c ? c.textContent.slice(0, 60) : ''));
                }
              });
              document.querySelectorAll('figure').forEach(function (f) {
                if (f.getBoundingClientRect().right > root.clientWidth + 1) { r.overflow.push('figure ' + f.id); }
              });
              var out = document.createElement('pre');
              out.id = 'cogov-probe';
              out.textContent = JSON.stringify(r);
              document.body.appendChild(out);
            })();
            </script>
            """;

    @TempDir
    static Path tmp;
    static Path html;
    static Report report;

    @BeforeAll
    static void writeReport() throws Exception {
        System.setProperty("java.awt.headless", "true");
        SweepFixture sweep = SweepFixture.write(tmp.resolve("sweep"), 5);
        html = Report.write(sweep.dir, EnumSet.noneOf(Format.class), tmp.resolve("out"), m -> true);
        report = Report.load(sweep.dir);
    }

    private static String chromium() {
        String chromium = ChartFiles.onPath("chromium");
        assertNotNull(chromium, "chromium is needed for the page checks: .ci/run installs it");
        return chromium;
    }

    private static String run(List<String> command, Path log) throws Exception {
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "chromium did not finish");
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + readQuietly(log));
        return out;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(no log)";
        }
    }

    private static List<String> chromiumArgs(String profile) {
        return new ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile));
    }

    private static long number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Long.parseLong(m.group(1));
    }

    @Test
    void theLaidOutPageHasNoOverflowAndAReadableLength() throws Exception {
        Path probe = html.resolveSibling("probe.html");
        Files.writeString(probe, Files.readString(html).replace("</body>", PROBE + "</body>"));
        List<String> args = chromiumArgs(tmp.resolve("profile-screen").toString());
        args.addAll(List.of("--window-size=1280,1000", "--virtual-time-budget=5000", "--dump-dom",
                probe.toUri().toString()));
        String dom = run(args, tmp.resolve("dump.log"));
        Matcher m = Pattern.compile("<pre id=\"cogov-probe\">([^<]*)</pre>").matcher(dom);
        assertTrue(m.find(), "the probe did not run: " + dom.substring(0, Math.min(300, dom.length())));
        String json = m.group(1).replace("&quot;", "\"");
        assertTrue(json.contains("\"overflow\":[]"), "content wider than its box: " + json);
        assertTrue(number(json, "width") <= number(json, "view"), "the page scrolls sideways: " + json);
        long height = number(json, "height");
        assertTrue(height < 30_000, "report of 32 configurations and 4 outcomes is " + height
                + " px tall (the 31-panel version was about 100,000)");
    }

    @Test
    void thePrintIsOfReasonableLength() throws Exception {
        Path pdf = tmp.resolve("print.pdf");
        List<String> args = chromiumArgs(tmp.resolve("profile-print").toString());
        args.addAll(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString()));
        run(args, tmp.resolve("print.log"));
        String pdfinfo = ChartFiles.onPath("pdfinfo");
        assertNotNull(pdfinfo, "pdfinfo (poppler-utils) is needed");
        Process p = new ProcessBuilder(pdfinfo, pdf.toString()).redirectErrorStream(true).start();
        String info = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertTrue(pages.find(), info);
        int n = Integer.parseInt(pages.group(1));
        assertTrue(n >= 5 && n <= 25, "printed report has " + n + " A4 pages");
    }

    @Test
    void keyFindingsComeFirstAndNameEveryAbbreviation() throws Exception {
        String page = Files.readString(html);
        int findings = page.indexOf("<h2 id=\"key-findings\">");
        assertTrue(findings > 0 && findings < page.indexOf("<h2 id=\"design\">"), "key findings before the design");
        String block = page.substring(findings, page.indexOf("<h2 id=\"design\">"));
        assertTrue(block.contains("JB+PLG+CON+FTS+IG +0.165"), "best participation configuration and effect: " + block);
        for (String abbreviation : List.of("JB = ", "PLG = ", "FTS = ", "IG = ", "all off = ")) {
            assertTrue(block.contains(abbreviation), abbreviation + " is not defined in: " + block);
        }
    }

    @Test
    void effectsAreOneRankedChartAndTimeSeriesASelection() {
        Figure effects = figure("effects-participation_rate");
        var dataset = effects.chart().getXYPlot().getDataset();
        assertEquals(32, dataset.getSeriesCount(), "every configuration, the reference included");
        for (int i = 1; i < dataset.getSeriesCount(); i++) {
            assertTrue(dataset.getYValue(i - 1, 0) >= dataset.getYValue(i, 0), "ranked best first at row " + i);
        }
        Figure series = figure("timeseries-participation_rate");
        assertFalse(series.chart().getPlot() instanceof CombinedDomainXYPlot, "no small multiples");
        var lines = series.chart().getXYPlot().getDataset();
        assertEquals(7, lines.getSeriesCount(), "reference, five single mechanisms, all five (also the best here)");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < lines.getSeriesCount(); i++) {
            keys.add(String.valueOf(lines.getSeriesKey(i)));
        }
        assertTrue(keys.containsAll(List.of("all off", "JB", "PLG", "CON", "FTS", "IG", "JB+PLG+CON+FTS+IG")), keys::toString);
        var renderer = series.chart().getXYPlot().getRenderer();
        java.util.Set<String> looks = new java.util.HashSet<>();
        for (int i = 0; i < lines.getSeriesCount(); i++) {
            looks.add(renderer.getItemPaint(i, 0) + "/" + renderer.getItemStroke(i, 0));
        }
        assertEquals(lines.getSeriesCount(), looks.size(), "two shown series look alike");
    }

    @Test
    void optionsDropTitlesScaleFontsAndResize() throws Exception {
        Report tuned = Report.load(tmp.resolve("sweep"), m -> m.name().equals("participation_rate"),
                new ReportOptions(List.of("IG"), 3.5, null, 1.5, false));
        for (Figure f : tuned.figures()) {
            assertEquals(null, f.chart().getTitle(), f.id());
            assertEquals(0, f.chart().getSubtitles().stream()
                    .filter(t -> t instanceof org.jfree.chart.title.TextTitle).count(), f.id());
            assertEquals(3.5, f.size().widthInches(), 1e-9, f.id());
        }
        Figure series = tuned.figures().stream().filter(f -> f.id().equals("timeseries-participation_rate"))
                .findFirst().orElseThrow();
        assertEquals(2, series.chart().getXYPlot().getDataset().getSeriesCount(), "the reference and IG");
        assertEquals(8 * 1.5, series.chart().getXYPlot().getDomainAxis().getTickLabelFont().getSize2D(), 1e-6);
    }

    private static Figure figure(String id) {
        return report.figures().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + id));
    }
}
