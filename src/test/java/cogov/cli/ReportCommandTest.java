package cogov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cogov.output.report.SweepFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {

    @TempDir
    Path tmp;
    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ReportCommand());
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(out, true));
        return cl.execute(args);
    }

    @Test
    void missingFolderExitsTwoWithAClearMessage() {
        assertEquals(2, run(tmp.resolve("does-not-exist").toString()));
        assertTrue(err.toString().contains("results folder not found"), err.toString());
    }

    @Test
    void foreignFolderExitsTwoAndWritesNothing() throws Exception {
        Path foreign = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(foreign.resolve("holiday.jpg"), "not an image");
        assertEquals(2, run(foreign.toString()));
        assertTrue(err.toString().contains("not a cogov results folder"), err.toString());
        assertFalse(Files.exists(foreign.resolve("report")));
    }

    @Test
    void registeredInMainWithTheSameExitCodes() throws Exception {
        CommandLine main = Main.commandLine(new Main());
        main.setErr(new PrintWriter(err, true));
        assertEquals(ExitCodes.BAD_INPUT, main.execute("report", tmp.resolve("nothing-here").toString()));
        SweepFixture.writeRun(tmp.resolve("run"));
        main.setOut(new PrintWriter(out, true));
        assertEquals(ExitCodes.OK, main.execute("report", tmp.resolve("run").toString(), "--format", "svg"));
    }

    @Test
    void unknownFormatIsAUsageError() throws Exception {
        SweepFixture.writeRun(tmp.resolve("run"));
        assertEquals(2, run(tmp.resolve("run").toString(), "--format", "png,gif"));
    }

    @Test
    void writesTheReportIntoTheChosenFolder() throws Exception {
        SweepFixture.writeRun(tmp.resolve("run"));
        Path dest = tmp.resolve("dest");
        assertEquals(0, run(tmp.resolve("run").toString(), "--format", "SVG", "--out", dest.toString()), err.toString());
        assertTrue(Files.isRegularFile(dest.resolve("report.html")));
        assertTrue(Files.isRegularFile(dest.resolve("charts/timeseries-backlog.svg")));
        assertFalse(Files.exists(dest.resolve("charts/timeseries-backlog.png")));
        assertTrue(out.toString().contains("report.html"));
    }

    @Test
    void defaultOutputIsAReportFolderInsideTheResults() throws Exception {
        SweepFixture.writeRun(tmp.resolve("run"));
        assertEquals(0, run(tmp.resolve("run").toString(), "--format", "pdf"));
        assertTrue(Files.isRegularFile(tmp.resolve("run/report/charts/timeseries-participation_rate.pdf")));
    }

    @Test
    void journalOptionsShapeTheChartFiles() throws Exception {
        SweepFixture.write(tmp.resolve("sweep"), 3);
        Path dest = tmp.resolve("journal");
        assertEquals(0, run(tmp.resolve("sweep").toString(), "--out", dest.toString(), "--format", "pdf",
                "--metrics", "participation_rate", "--width", "3.5", "--height", "2.5", "--no-titles",
                "--font-scale", "1.2", "--configs", "JB,CON"), err::toString);
        Path pdf = dest.resolve("charts/timeseries-participation_rate.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertEquals(3.5 * 72, doc.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(2.5 * 72, doc.getPage(0).getMediaBox().getHeight(), 0.5);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertFalse(text.contains("by day") || text.contains("replications per configuration"), "no titles: " + text);
            assertTrue(text.contains("all off") && text.contains("JB") && text.contains("CON"), text);
            assertFalse(text.contains("PLG"), "only the chosen configurations: " + text);
        }
        assertEquals(2, run(tmp.resolve("sweep").toString(), "--configs", "XYZ", "--out", tmp.resolve("x").toString()));
        assertTrue(err.toString().contains("--configs: no configuration 'XYZ' in this sweep"), err::toString);
        assertEquals(2, run(tmp.resolve("sweep").toString(), "--font-scale", "0"));
        assertTrue(err.toString().contains("font scale must be between"), err::toString);
    }
}
