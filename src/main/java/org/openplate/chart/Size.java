package org.openplate.chart;

/**
 * The drawing size of one chart variant in SVG user units. A page shows the COMPACT variant on narrow
 * screens and the WIDE one elsewhere (charts.css), so that text keeps about the page's size: an SVG
 * scales its text with its width, and one drawing cannot be readable at 375 px and at 1366 px.
 */
public record Size(String name, int width, int height, int fontSize) {

    public static final Size COMPACT = new Size("compact", 340, 260, 14);
    public static final Size WIDE = new Size("wide", 760, 300, 13);

    public Size {
        if (width < 200 || height < 120 || fontSize < 8) {
            throw new IllegalArgumentException("too small to draw a chart: " + width + "x" + height);
        }
    }

    /** A rough width of {@code chars} characters of a sans-serif font at this size. */
    double textWidth(int chars) {
        return chars * fontSize * 0.6;
    }
}
