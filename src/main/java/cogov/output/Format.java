package cogov.output;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The file formats a chart can be exported to: one raster (300 dpi) and two vector formats. */
public enum Format {
    PNG("png"), SVG("svg"), PDF("pdf");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** File name extension without the dot. */
    public String extension() {
        return extension;
    }

    /** Parses one name, case-insensitively ("png", "SVG"). */
    public static Format parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.extension.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "' (expected png, svg or pdf)");
    }

    /** Parses a comma-separated list such as {@code png,svg,pdf}. */
    public static Set<Format> parseList(String text) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                formats.add(parse(part));
            }
        }
        return formats;
    }
}
