package cogov.output;

import cogov.output.chart.ChartFonts;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes any chart to PNG (300 dpi, with the resolution recorded in the pHYs chunk), SVG (batik) or
 * PDF (pdfbox-graphics2d). The chart is always laid out at its printed size in points, so all
 * three files look alike; SVG and PDF stay vector. Files are written to a temporary name and moved
 * into place, so a reader never sees half a file.
 */
public final class ChartExporter {

    private static final double METRES_PER_INCH = 0.0254;

    private ChartExporter() {
    }

    /** Writes the chart to {@code file} in the given format. */
    public static void write(JFreeChart chart, ChartSize size, Format format, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = TempPaths.newFile(parent, ".chart-", ".tmp");
        try {
            switch (format) {
                case PNG -> writePng(chart, size, tmp);
                case SVG -> Files.writeString(tmp, svg(chart, size), StandardCharsets.UTF_8);
                case PDF -> writePdf(chart, size, tmp);
                default -> throw new IllegalArgumentException(format.toString());
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The chart as a standalone SVG document (XML prolog, namespaces, clipping). */
    public static String svg(JFreeChart chart, ChartSize size) {
        return svg(chart, size.widthPoints(), size.heightPoints());
    }

    /**
     * Anything that draws itself into a rectangle (a chart, the GUI's map) as a standalone SVG document of
     * the given size in points, through the same SVG path as the report's charts.
     */
    public static String svg(Drawable drawable, double widthPoints, double heightPoints) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement(drawable, widthPoints, heightPoints, false);
    }

    /** Writes {@link #svg(Drawable, double, double)} to {@code file} atomically. */
    public static void writeSvg(Drawable drawable, double widthPoints, double heightPoints, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = TempPaths.newFile(parent, ".chart-", ".tmp");
        try {
            Files.writeString(tmp, svg(drawable, widthPoints, heightPoints), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The chart as an {@code <svg>} element for inlining in HTML5: no XML prolog, no namespace
     * declarations and no clip paths, so the markup holds no {@code url(...)} or {@code http}
     * reference at all. Clipping is only dropped here, where every plotted value lies inside its
     * axis range anyway; a viewBox lets the image scale with its container.
     */
    public static String inlineSvg(JFreeChart chart, ChartSize size) {
        return svgElement(chart, size.widthPoints(), size.heightPoints(), true);
    }

    private static String svgElement(Drawable drawable, double widthPoints, double heightPoints, boolean inline) {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
        context.setPrecision(SVG_DECIMALS);
        context.setComment(null);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        int w = (int) Math.ceil(widthPoints);
        int h = (int) Math.ceil(heightPoints);
        g.setSVGCanvasSize(new java.awt.Dimension(w, h));
        drawable.draw(g, new Rectangle2D.Double(0, 0, widthPoints, heightPoints));
        Element root = g.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + w + " " + h);
        declareFont(root);
        if (inline) {
            stripClipping(root);
            root.setAttribute("role", "img");
        } else {
            dropWholeCanvasClips(root, w, h);
        }
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, false, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g.dispose();
        }
        String text = TAG_END_BREAK.matcher(XML_ILLEGAL.matcher(out.toString()).replaceAll("\uFFFD")).replaceAll("$1");
        int start = text.indexOf("<svg");
        String element = start >= 0 ? text.substring(start) : text;
        if (inline) {
            element = element.replaceAll("\\s+xmlns(:\\w+)?=\"[^\"]*\"", "")
                    .replaceAll("\\s+(contentScriptType|contentStyleType|zoomAndPan)=\"[^\"]*\"", "");
        }
        return element;
    }

    /** Characters XML 1.0 does not allow; chart text from a results folder may hold them. */
    private static final Pattern XML_ILLEGAL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

    /** The SVG font value of the charts' font: the shipped family, then any sans-serif where it is missing. */
    static final String SVG_FONT_FAMILY = "'" + ChartFonts.FAMILY + "', sans-serif";

    /**
     * Names the shipped font, with a generic fallback, on every element that sets a font: batik copies
     * Java's family names, and its default ('Dialog') exists only inside Java.
     */
    private static void declareFont(Element element) {
        if (element.hasAttribute("font-family")) {
            element.setAttribute("font-family", SVG_FONT_FAMILY);
        }
        org.w3c.dom.NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                declareFont(child);
            }
        }
    }

    /** Decimals of SVG coordinates: hundredths of a point, far below what print or screen resolves. */
    static final int SVG_DECIMALS = 2;
    /** Batik breaks the line before each tag's closing bracket; the breaks only make the file larger. */
    private static final java.util.regex.Pattern TAG_END_BREAK = java.util.regex.Pattern.compile("\\n\\s*(/?>)");

    /**
     * Removes clip paths that clip to the whole canvas (JFreeChart sets one around nearly every element;
     * the canvas clips anyway), so each element does not repeat a {@code clip-path} reference.
     */
    private static void dropWholeCanvasClips(Element root, int w, int h) {
        String whole = "M0 0 L" + w + " 0 L" + w + " " + h + " L0 " + h + " L0 0 Z";
        java.util.Set<String> ids = new java.util.HashSet<>();
        org.w3c.dom.NodeList clips = root.getElementsByTagName("clipPath");
        for (int i = clips.getLength() - 1; i >= 0; i--) {
            Element clip = (Element) clips.item(i);
            org.w3c.dom.NodeList paths = clip.getElementsByTagName("path");
            if (paths.getLength() == 1 && whole.equals(((Element) paths.item(0)).getAttribute("d"))) {
                ids.add("url(#" + clip.getAttribute("id") + ")");
                clip.getParentNode().removeChild(clip);
            }
        }
        if (!ids.isEmpty()) {
            dropClipReferences(root, ids);
        }
    }

    private static void dropClipReferences(Element element, java.util.Set<String> ids) {
        if (ids.contains(element.getAttribute("clip-path"))) {
            element.removeAttribute("clip-path");
        }
        org.w3c.dom.NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                dropClipReferences(child, ids);
            }
        }
    }

    private static void stripClipping(Element element) {
        element.removeAttribute("clip-path");
        org.w3c.dom.NodeList children = element.getChildNodes();
        for (int i = children.getLength() - 1; i >= 0; i--) {
            if (children.item(i) instanceof Element child) {
                if ("clipPath".equals(child.getLocalName()) || "clipPath".equals(child.getNodeName())) {
                    element.removeChild(child);
                } else {
                    stripClipping(child);
                }
            }
        }
    }

    /** Renders the chart at {@link ChartSize#PNG_DPI}. */
    /**
     * The same pixels in 8-bit R, G, B byte order: the PNG writer copies such rows directly, where it reads an
     * int-packed image sample by sample (about five times slower at 300 dpi). The PNG file is the same.
     */
    static BufferedImage rgbBytes(BufferedImage intRgb) {
        int w = intRgb.getWidth();
        int h = intRgb.getHeight();
        int[] pixels = ((DataBufferInt) intRgb.getRaster().getDataBuffer()).getData();
        byte[] bytes = new byte[pixels.length * 3];
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            bytes[3 * i] = (byte) (p >> 16);
            bytes[3 * i + 1] = (byte) (p >> 8);
            bytes[3 * i + 2] = (byte) p;
        }
        WritableRaster raster = Raster.createInterleavedRaster(
                new DataBufferByte(bytes, bytes.length), w, h, w * 3, 3, new int[] {0, 1, 2}, null);
        ColorModel model = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        return new BufferedImage(model, raster, false, null);
    }

    public static BufferedImage image(JFreeChart chart, ChartSize size) {
        BufferedImage image = new BufferedImage(size.widthPixels(), size.heightPixels(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(image.getWidth() / size.widthPoints(), image.getHeight() / size.heightPoints());
            chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPoints(), size.heightPoints()));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void writePng(JFreeChart chart, ChartSize size, Path file) throws IOException {
        BufferedImage image = rgbBytes(image(chart, size));
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        ImageWriter writer = writers.next();
        try (OutputStream os = Files.newOutputStream(file);
             ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            setDpi(metadata, ChartSize.PNG_DPI);
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    private static void setDpi(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
        String perMetre = String.format(Locale.ROOT, "%d", Math.round(dpi / METRES_PER_INCH));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }

    private static void writePdf(JFreeChart chart, ChartSize size, Path file) throws IOException {
        float w = (float) size.widthPoints();
        float h = (float) size.heightPoints();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
            try (InputStream regular = ChartFonts.open(ChartFonts.REGULAR_RESOURCE);
                 InputStream bold = ChartFonts.open(ChartFonts.BOLD_RESOURCE)) {
                fonts.registerFont(ChartFonts.FAMILY, regular);
                fonts.registerFont(ChartFonts.FAMILY + " Bold", bold);
            }
            g.setFontTextDrawer(fonts);
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(form);
            }
            doc.getDocumentInformation().setCreator("cogov");
            doc.getDocumentInformation().setTitle(chart.getTitle() == null ? "chart" : chart.getTitle().getText());
            doc.save(file.toFile());
        }
    }
}
