package cogov.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cogov.output.ChartFiles;
import cogov.output.Format;
import cogov.output.chart.Palette;
import cogov.output.chart.TimeSeriesChart;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.BoxAndWhiskerXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYZDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static final double EPS = 1e-9;

    @TempDir
    static Path tmp;
    static SweepFixture sweep;
    static Path out;
    static Report report;
    static Map<String, Figure> figures;

    @BeforeAll
    static void writeReport() throws Exception {
        System.setProperty("java.awt.headless", "true");
        sweep = SweepFixture.write(tmp.resolve("sweep"), 2);
        out = tmp.resolve("out");
        Report.write(sweep.dir, EnumSet.allOf(Format.class), out);
        report = Report.load(sweep.dir);
        figures = report.figures().stream().collect(Collectors.toMap(Figure::id, f -> f));
    }

    @Test
    void everyChartTypeIsWrittenInEveryFormatAndIsValid() throws Exception {
        for (String id : List.of("timeseries-participation_rate", "distribution-participation_rate",
                "effects-resolution_rate", "main-effects-spending_yuan", "interactions-backlog",
                "tradeoff-participation_rate", "tradeoff-resolution_rate")) {
            Figure f = figures.get(id);
            assertNotNull(f, "figure " + id + " among " + figures.keySet());
            Path charts = out.resolve(Report.CHARTS);
            ChartFiles.assertPng(charts.resolve(id + ".png"), f.size());
            String svg = ChartFiles.assertSvg(charts.resolve(id + ".svg"));
            ChartFiles.assertPdf(charts.resolve(id + ".pdf"));
            if (id.startsWith("timeseries") || id.startsWith("distribution")) {
                for (String label : sweep.labels) {
                    assertTrue(svg.contains(label), id + ".svg shows " + label);
                }
            }
        }
        assertEquals(figures.size() * 3, Files.list(out.resolve(Report.CHARTS)).count());
    }

    /** pdffonts of a file: one line per font after the two header lines. */
    private static List<String> pdfFonts(Path pdf) throws Exception {
        String pdffonts = ChartFiles.onPath("pdffonts");
        assertNotNull(pdffonts, "pdffonts (poppler-utils) is needed: .ci/run installs it");
        Process p = new ProcessBuilder(pdffonts, pdf.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        return output.lines().skip(2).toList();
    }

    @Test
    void chartsUseTheShippedFontEmbeddedInPdfAndNamedInSvg() throws Exception {
        Path charts = out.resolve(Report.CHARTS);
        for (String id : List.of("timeseries-participation_rate", "effects-resolution_rate", "interactions-backlog",
                "tradeoff-participation_rate", "distribution-backlog")) {
            List<String> fonts = pdfFonts(charts.resolve(id + ".pdf"));
            assertFalse(fonts.isEmpty(), id + ".pdf has no fonts: its text would be outlines or missing");
            for (String line : fonts) {
                assertTrue(line.contains("DejaVuSans"), id + ".pdf uses another font: " + line);
                List<String> cells = List.of(line.trim().split("\\s+"));
                assertEquals("yes", cells.get(cells.size() - 5), id + ".pdf font not embedded: " + line);
            }
            String svg = Files.readString(charts.resolve(id + ".svg"));
            assertTrue(svg.contains("font-family=\"&apos;DejaVu Sans&apos;, sans-serif\"")
                    || svg.contains("font-family=\"'DejaVu Sans', sans-serif\""), id + ".svg does not name the font");
            for (String javaOnly : List.of("Dialog", "SansSerif")) {
                assertFalse(svg.contains(javaOnly), id + ".svg asks for the Java-only font " + javaOnly);
            }
        }
    }

    @Test
    void everyChartStatesN() {
        for (Figure f : report.figures()) {
            String subtitle = ((TextTitle) f.chart().getSubtitle(0)).getText();
            assertTrue(subtitle.contains("n = " + SweepFixture.REPS + " "), f.id() + ": " + subtitle);
        }
    }

    @Test
    void titlesAndAxisLabelsComeFromTheRegistry() {
        XYPlot plot = figures.get("timeseries-spending_yuan").chart().getXYPlot();
        assertEquals("Public spending", figures.get("timeseries-spending_yuan").chart().getTitle().getText());
        assertEquals("Public spending (yuan/day)", plot.getRangeAxis().getLabel());
        assertEquals("Day", plot.getDomainAxis().getLabel());
    }

    @Test
    void timeSeriesPlotsTheMeanAndCiOfTimeseriesCsv() {
        XYDataset d = figures.get("timeseries-resolution_rate").chart().getXYPlot().getDataset();
        YIntervalSeriesCollection ts = (YIntervalSeriesCollection) d;
        assertEquals(sweep.labels.size(), ts.getSeriesCount());
        int m = SweepFixture.METRICS.indexOf("resolution_rate");
        for (int c = 0; c < sweep.labels.size(); c++) {
            assertEquals(sweep.labels.get(c), ts.getSeriesKey(c));
            assertEquals(SweepFixture.DAYS, ts.getItemCount(c));
            double mean = sweep.seriesMean(m, c, 12);
            assertEquals(12, ts.getXValue(c, 11), EPS);
            assertEquals(mean, ts.getYValue(c, 11), EPS);
            assertEquals(mean - Math.abs(mean) * 0.04, ts.getStartYValue(c, 11), EPS);
            assertEquals(mean + Math.abs(mean) * 0.04, ts.getEndYValue(c, 11), EPS);
        }
    }

    @Test
    void boxesAreTheQuartilesOfSummaryCsvAndPointsAreTheRuns() {
        XYPlot plot = figures.get("distribution-backlog").chart().getXYPlot();
        XYDataset points = plot.getDataset(0);
        BoxAndWhiskerXYDataset boxes = (BoxAndWhiskerXYDataset) plot.getDataset(1);
        int m = SweepFixture.METRICS.indexOf("backlog");
        for (int c = 0; c < sweep.labels.size(); c++) {
            double[] s = SweepFixture.stats(sweep.value[m][c]);
            assertEquals(s[4], boxes.getMedianValue(0, c).doubleValue(), EPS);
            assertEquals(s[5], boxes.getQ1Value(0, c).doubleValue(), EPS);
            assertEquals(s[6], boxes.getQ3Value(0, c).doubleValue(), EPS);
            assertEquals(c, boxes.getXValue(0, c), EPS);
            assertEquals(sweep.labels.get(c), points.getSeriesKey(c));
            assertEquals(SweepFixture.REPS, points.getItemCount(c));
            for (int r = 0; r < SweepFixture.REPS; r++) {
                assertEquals(sweep.value[m][c][r], points.getYValue(c, r), EPS);
                assertEquals(c, points.getXValue(c, r), 0.2);
            }
        }
    }

    @Test
    void forestPlotsTheDifferencesOfComparisonCsvRankedWithTheReferenceAtZero() {
        XYPlot plot = figures.get("effects-participation_rate").chart().getXYPlot();
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) plot.getDataset();
        int m = SweepFixture.METRICS.indexOf("participation_rate");
        assertEquals(sweep.labels.size(), d.getSeriesCount(), "every configuration and the reference");
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < d.getSeriesCount(); i++) {
            keys.add(String.valueOf(d.getSeriesKey(i)));
        }
        int ref = keys.indexOf(sweep.labels.get(0) + " (reference)");
        assertTrue(ref >= 0, keys::toString);
        assertEquals(0.0, d.getYValue(ref, 0), EPS);
        for (int c = 1; c < sweep.labels.size(); c++) {
            double[] s = SweepFixture.stats(sweep.diffs(m, c));
            int row = keys.indexOf(sweep.labels.get(c));
            assertEquals(s[0], d.getYValue(row, 0), EPS);
            assertEquals(s[2], d.getStartYValue(row, 0), EPS);
            assertEquals(s[3], d.getEndYValue(row, 0), EPS);
        }
        for (int i = 1; i < d.getSeriesCount(); i++) {
            assertTrue(d.getYValue(i - 1, 0) >= d.getYValue(i, 0), "participation: higher first");
        }
        YIntervalSeriesCollection backlog = (YIntervalSeriesCollection) figures.get("effects-backlog").chart()
                .getXYPlot().getDataset();
        for (int i = 1; i < backlog.getSeriesCount(); i++) {
            assertTrue(backlog.getYValue(i - 1, 0) <= backlog.getYValue(i, 0), "backlog: lower is better, first");
        }
        assertEquals(1, plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
    }

    @Test
    void forWhomPlotsEachCommunityTypesDifferenceFromComparisonCsv() {
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) figures.get("for-whom-participation_rate").chart()
                .getXYPlot().getDataset();
        int m = SweepFixture.METRICS.indexOf("participation_rate");
        assertEquals(2 * (sweep.labels.size() - 1), d.getSeriesCount(), "two types for each non-reference configuration");
        int row = 0;
        for (int c = 1; c < sweep.labels.size(); c++) {
            double county = SweepFixture.stats(sweep.diffs(m, c))[0];
            for (String type : List.of("old-urban", "relocated")) {
                assertEquals(sweep.labels.get(c) + " \u00b7 " + type, d.getSeriesKey(row));
                assertEquals(SweepFixture.typeDiff(county, type), d.getYValue(row, 0), EPS);
                assertEquals(SweepFixture.typeDiff(county, type) - 0.005, d.getStartYValue(row, 0), EPS);
                row++;
            }
        }
    }

    @Test
    void mainEffectsAreMeanOnMinusMeanOffPerReplication() {
        for (String metric : SweepFixture.METRICS) {
            int m = SweepFixture.METRICS.indexOf(metric);
            YIntervalSeriesCollection d = (YIntervalSeriesCollection) figures.get("main-effects-" + metric).chart()
                    .getXYPlot().getDataset();
            assertEquals(List.of("joint_building", "party_led_grid"), List.of(d.getSeriesKey(0), d.getSeriesKey(1)));
            for (int f = 0; f < 2; f++) {
                double[] perRep = new double[SweepFixture.REPS];
                for (int r = 0; r < SweepFixture.REPS; r++) {
                    double onSum = 0;
                    double offSum = 0;
                    for (int c = 0; c < 4; c++) {
                        if (SweepFixture.on(c, f)) {
                            onSum += sweep.value[m][c][r];
                        } else {
                            offSum += sweep.value[m][c][r];
                        }
                    }
                    perRep[r] = onSum / 2 - offSum / 2;
                }
                double[] s = SweepFixture.stats(perRep);
                assertEquals(s[0], d.getYValue(f, 0), 1e-9 * Math.max(1, Math.abs(s[0])), metric + " factor " + f);
                assertEquals(s[2], d.getStartYValue(f, 0), 1e-9 * Math.max(1, Math.abs(s[2])));
                assertEquals(s[3], d.getEndYValue(f, 0), 1e-9 * Math.max(1, Math.abs(s[3])));
                // the known coefficient: effect of f plus half the interaction
                double known = SweepFixture.COEF[m][f + 1] + SweepFixture.COEF[m][4] / 2;
                assertEquals(known, d.getYValue(f, 0), Math.abs(SweepFixture.COEF[m][0]) * 0.01);
            }
        }
    }

    @Test
    void interactionHeatMapHoldsTheKnownInteraction() {
        int m = SweepFixture.METRICS.indexOf("resolution_rate");
        XYZDataset d = (XYZDataset) figures.get("interactions-resolution_rate").chart().getXYPlot().getDataset();
        boolean found = false;
        for (int i = 0; i < d.getItemCount(0); i++) {
            if (d.getXValue(0, i) == 0 && d.getYValue(0, i) == 1) {
                assertEquals(SweepFixture.COEF[m][4] / 2, d.getZValue(0, i), 0.01 * SweepFixture.COEF[m][0]);
                found = true;
            }
        }
        assertTrue(found, "cell for the two factors");
    }

    @Test
    void tradeoffPlotsCostAgainstGainAndMarksTheParetoFront() {
        XYPlot plot = figures.get("tradeoff-participation_rate").chart().getXYPlot();
        XYIntervalSeriesCollection d = (XYIntervalSeriesCollection) plot.getDataset(0);
        int cost = SweepFixture.METRICS.indexOf("spending_yuan");
        int gain = SweepFixture.METRICS.indexOf("participation_rate");
        for (int c = 0; c < sweep.labels.size(); c++) {
            assertEquals(SweepFixture.stats(sweep.value[cost][c])[0], d.getXValue(c, 0), 1e-6);
            double expected = c == 0 ? 0 : SweepFixture.stats(sweep.diffs(gain, c))[0];
            assertEquals(expected, d.getYValue(c, 0), EPS);
        }
        XYDataset front = plot.getDataset(1);
        assertEquals(cogov.output.chart.TradeoffChart.FRONT_KEY, front.getSeriesKey(0));
        // participation rises with every mechanism and so does cost: all four are Pareto-optimal
        assertEquals(4, front.getItemCount(0));
    }

    @Test
    void htmlIsSelfContained() throws Exception {
        String html = Files.readString(out.resolve(Report.HTML), StandardCharsets.UTF_8);
        for (String forbidden : List.of("http://", "https://", "<script", "<link", "@import", "url(")) {
            assertFalse(html.contains(forbidden), "report.html contains " + forbidden);
        }
        assertTrue(html.contains("fixture-factorial"));
        assertTrue(html.contains("Synthetic 2^2 factorial"));
        assertTrue(html.contains("abc1234"), "git commit from the manifest");
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("name=\"viewport\""));
        for (String label : sweep.labels) {
            assertTrue(html.contains(label));
        }
        long svgs = html.split("<svg", -1).length - 1;
        assertEquals(report.figures().size(), svgs, "every chart inline");
        assertTrue(html.contains("JB+PLG"));
    }

    @Test
    void rankedEffectsAreColouredByWhetherTheyBeatTheReference() {
        XYPlot plot = figures.get("effects-backlog").chart().getXYPlot();
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) plot.getDataset();
        for (int i = 0; i < d.getSeriesCount(); i++) {
            boolean clear = d.getStartYValue(i, 0) > 0 || d.getEndYValue(i, 0) < 0;
            int expected = !clear ? SweepCharts.UNCLEAR : d.getYValue(i, 0) < 0 ? SweepCharts.BETTER : SweepCharts.WORSE;
            assertEquals(Palette.colour(expected), plot.getRenderer().getItemPaint(i, 0), String.valueOf(d.getSeriesKey(i)));
        }
        XYPlot ts = figures.get("timeseries-backlog").chart().getXYPlot();
        assertEquals(Palette.colour(1), ts.getRenderer().getItemPaint(1, 0), "second shown configuration");
    }

    @Test
    void eightConfigurationsShareOnePanelAndMainEffectsFollowTheManifest() throws Exception {
        SweepFixture big = SweepFixture.write(tmp.resolve("sweep3"), 3);
        Report r = Report.load(big.dir);
        Figure f = r.figures().stream().filter(x -> x.id().equals("timeseries-backlog")).findFirst().orElseThrow();
        assertFalse(f.chart().getPlot() instanceof CombinedDomainXYPlot);
        assertEquals(8, f.chart().getXYPlot().getDataset().getSeriesCount());
        Path o = tmp.resolve("out3");
        r.writeTo(EnumSet.of(Format.PNG), o);
        ChartFiles.assertPng(o.resolve("charts/timeseries-backlog.png"), f.size());
        YIntervalSeriesCollection main = (YIntervalSeriesCollection) r.figures().stream()
                .filter(x -> x.id().equals("main-effects-participation_rate")).findFirst().orElseThrow()
                .chart().getXYPlot().getDataset();
        assertEquals(3, main.getSeriesCount());
        assertEquals("consultation", main.getSeriesKey(2), "factors in manifest order");
        assertEquals(0.01, main.getYValue(2, 0), 0.002, "third factor's known effect");
    }

    @Test
    void singleRunFolderGivesTimeSeriesPerCommunityTypeAndCounty() throws Exception {
        Path run = tmp.resolve("run");
        SweepFixture.writeRun(run);
        Report r = Report.load(run);
        assertEquals(Report.Kind.RUN, r.kind());
        JFreeChart chart = r.figures().stream().filter(x -> x.id().equals("timeseries-participation_rate"))
                .findFirst().orElseThrow().chart();
        XYDataset d = chart.getXYPlot().getDataset();
        assertEquals(List.of("county", "old-urban", "commodity-housing", "relocated"),
                List.of(d.getSeriesKey(0), d.getSeriesKey(1), d.getSeriesKey(2), d.getSeriesKey(3)));
        assertEquals(4, d.getSeriesCount(), "community rows are not plotted");
        assertEquals(0.1 + 0.01 * 2 + 0.002 * 5, d.getYValue(2, 4), EPS);
        XYDataset gap = r.figures().stream().filter(x -> x.id().equals("timeseries-equity_participation_gap"))
                .findFirst().orElseThrow().chart().getXYPlot().getDataset();
        assertEquals(1, gap.getSeriesCount(), "county-only metric has only the county line");
        Path html = r.writeTo(EnumSet.of(Format.SVG), tmp.resolve("runout"));
        assertTrue(Files.readString(html).contains("<svg"));
        assertFalse(r.figures().stream().anyMatch(x -> !x.section().equals(SweepCharts.TIME)));
    }

    @Test
    void missingOrForeignFolderIsAFormatError() throws Exception {
        assertThrows(ResultsFormatException.class, () -> Report.load(tmp.resolve("nope")));
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("timeseries.csv"), "a,b\n1,2\n");
        Files.writeString(foreign.resolve("notes.txt"), "hello");
        assertThrows(ResultsFormatException.class, () -> Report.load(foreign));
    }

    @Test
    void chromiumRendersTheReport() throws Exception {
        String chromium = ChartFiles.onPath("chromium");
        assumeTrue(chromium != null, "chromium not on PATH");
        Path png = tmp.resolve("screenshot.png");
        Path profile = Files.createDirectories(tmp.resolve("chromium-profile"));
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=1200,2000",
                out.resolve(Report.HTML).toUri().toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        assertTrue(Files.isRegularFile(png), "screenshot written; log: "
                + Files.readString(tmp.resolve("chromium.log")));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        int first = image.getRGB(0, 0);
        long differing = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                differing += image.getRGB(x, y) != first ? 1 : 0;
            }
        }
        assertTrue(differing > 2000, "screenshot is not blank: " + differing + " differing samples");
        new File(png.toString()).deleteOnExit();
    }
}
