package cogov.output;

/**
 * The printed size of a chart. Charts are laid out in points (1/72 inch) so text sizes are the
 * same in every format; PNG is then rasterised at {@link #PNG_DPI}.
 */
public record ChartSize(double widthInches, double heightInches) {

    /** Resolution of PNG output. */
    public static final int PNG_DPI = 300;

    /** A single-column-friendly default: 7 x 4.5 inches. */
    public static final ChartSize STANDARD = new ChartSize(7.0, 4.5);

    public ChartSize {
        if (!(widthInches > 0 && heightInches > 0)) {
            throw new IllegalArgumentException("chart size must be positive: " + widthInches + " x " + heightInches);
        }
    }

    public double widthPoints() {
        return widthInches * 72.0;
    }

    public double heightPoints() {
        return heightInches * 72.0;
    }

    /** PNG width in pixels: inches times {@link #PNG_DPI}. */
    public int widthPixels() {
        return (int) Math.round(widthInches * PNG_DPI);
    }

    /** PNG height in pixels: inches times {@link #PNG_DPI}. */
    public int heightPixels() {
        return (int) Math.round(heightInches * PNG_DPI);
    }
}
