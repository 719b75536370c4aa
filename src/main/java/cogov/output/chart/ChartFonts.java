package cogov.output.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of every chart: DejaVu Sans, shipped in the jar (resources {@code cogov/fonts/}, Bitstream
 * Vera licence, which allows shipping it inside a larger program). Registered with Java2D on first use, so
 * PNG, SVG and PDF charts look alike on every machine, whatever fonts it has installed; PDF files embed it
 * and SVG files name it (with {@code sans-serif} as the fallback).
 */
public final class ChartFonts {

    /** The family name that Java2D, SVG and PDF use for the shipped font. */
    public static final String FAMILY = "DejaVu Sans";
    /** Classpath resources of the regular and bold faces. */
    public static final String REGULAR_RESOURCE = "/cogov/fonts/DejaVuSans.ttf";
    public static final String BOLD_RESOURCE = "/cogov/fonts/DejaVuSans-Bold.ttf";

    private static volatile boolean registered;

    private ChartFonts() {
    }

    /** The shipped font in {@code style} ({@link Font#PLAIN} or {@link Font#BOLD}) at {@code size} points. */
    public static Font font(int style, float size) {
        register();
        return new Font(FAMILY, style, 1).deriveFont(size);
    }

    /** Registers both faces with the local graphics environment (once; harmless if the system has them too). */
    public static synchronized void register() {
        if (registered) {
            return;
        }
        GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String resource : new String[] {REGULAR_RESOURCE, BOLD_RESOURCE}) {
            try (InputStream in = open(resource)) {
                ge.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the chart font " + resource, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the chart font " + resource + " is not a TrueType font", e);
            }
        }
        registered = true;
    }

    /** A stream of a shipped face; the caller closes it. */
    public static InputStream open(String resource) throws IOException {
        InputStream in = ChartFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing from the jar: " + resource);
        }
        return in;
    }
}
