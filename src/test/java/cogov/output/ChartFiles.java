package cogov.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checks that chart files are valid in their format; shared by the output tests. */
public final class ChartFiles {

    private ChartFiles() {
    }

    /** The PNG decodes at inches x 300 pixels and records 300 dpi. */
    public static void assertPng(Path file, ChartSize size) throws Exception {
        BufferedImage image = ImageIO.read(file.toFile());
        assertTrue(image != null, file + " decodes");
        assertEquals(size.widthPixels(), image.getWidth());
        assertEquals(size.heightPixels(), image.getHeight());
        assertEquals(Math.round(size.widthInches() * 300), image.getWidth());
        assertEquals(300.0, dpi(file), 0.01, file + " dpi");
    }

    /** Horizontal resolution from the standard metadata tree (HorizontalPixelSize, mm per pixel). */
    public static double dpi(Path file) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Element root = (Element) meta.getAsTree("javax_imageio_1.0");
            NodeList nodes = root.getElementsByTagName("HorizontalPixelSize");
            assertEquals(1, nodes.getLength(), "pHYs chunk present");
            double mmPerPixel = Double.parseDouble(((Element) nodes.item(0)).getAttribute("value"));
            reader.dispose();
            return 25.4 / mmPerPixel;
        }
    }

    /** The SVG parses as XML with an svg root; returns its text. */
    public static String assertSvg(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The PDF loads with one page; pdfinfo accepts it when installed. */
    public static void assertPdf(Path file) throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals(1, doc.getNumberOfPages(), file + " pages");
        }
        String pdfinfo = onPath("pdfinfo");
        if (pdfinfo != null) {
            Process p = new ProcessBuilder(pdfinfo, file.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), "pdfinfo: " + output);
            assertTrue(output.contains("Pages:") && output.replaceAll("\\s+", " ").contains("Pages: 1"), output);
        }
    }

    /** Absolute path of an executable on PATH, or null. */
    public static String onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            File f = new File(dir, name);
            if (f.isFile() && f.canExecute()) {
                return f.getAbsolutePath();
            }
        }
        return null;
    }
}
