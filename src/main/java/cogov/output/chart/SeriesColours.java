package cogov.output.chart;

import java.util.List;

/**
 * Maps a series key (a configuration label, a community type, a factor name) to its index in the
 * experiment design, which picks its colour from {@link Palette}. Colours therefore follow the
 * design, not the order in which series happen to be plotted.
 */
@FunctionalInterface
public interface SeriesColours {

    /** The design index of the series with this key, or -1 when the key is unknown. */
    int indexOf(Comparable<?> key);

    /** Colours by position of the key in a list (typically the design's labels in design order). */
    static SeriesColours of(List<?> keysInDesignOrder) {
        List<?> keys = List.copyOf(keysInDesignOrder);
        return keys::indexOf;
    }
}
