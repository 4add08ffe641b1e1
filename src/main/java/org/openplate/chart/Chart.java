package org.openplate.chart;

import java.util.List;

/**
 * One drawn chart, ready for the {@code chart/svg.jte} partial: every position is computed, every
 * label is plain text (the template escapes it), and every mark carries classes that charts.css
 * colours. Built by {@link BarChart} or {@link LineChart}.
 *
 * @param id    unique on the page (role and size), for the title's id
 * @param role  what the chart shows, e.g. "calories"; also a class on the {@code <svg>}
 * @param title the accessible name (also the tooltip)
 * @param empty true when there is nothing to draw; the template then shows a sentence instead
 */
public record Chart(String id, String role, Size size, String title, boolean empty, List<Grid> grid, List<Text> texts,
                    List<Bar> bars, List<Line> lines, List<Dot> dots, List<Key> keys) {

    public Chart {
        grid = List.copyOf(grid);
        texts = List.copyOf(texts);
        bars = List.copyOf(bars);
        lines = List.copyOf(lines);
        dots = List.copyOf(dots);
        keys = List.copyOf(keys);
    }

    public String viewBox() {
        return "0 0 " + size.width() + " " + size.height();
    }

    /** A horizontal grid line (the base line has class "base"). */
    public record Grid(double x1, double x2, double y, String css) {
    }

    /**
     * A label: tick, unit or direct label. {@code full} is the unabridged text for the tooltip (null when
     * the label is not shortened); {@code transform} rotates a crowded axis label (null otherwise).
     */
    public record Text(double x, double y, String text, String full, String anchor, String transform, String css) {
    }

    /** A bar or a stacked part, with its tooltip. */
    public record Bar(double x, double y, double width, double height, String css, String title) {
    }

    /** A polyline through {@code points} ("x,y x,y …"). */
    public record Line(String points, String css, String title) {
    }

    /** A point mark: a circle, or a square when {@code square}. */
    public record Dot(double x, double y, double r, boolean square, String css, String title) {

        public double left() {
            return Scale.round(x - r);
        }

        public double top() {
            return Scale.round(y - r);
        }

        public double side() {
            return Scale.round(2 * r);
        }
    }

    /**
     * A legend entry: the series' classes, its kind of mark ("bar", "line", "dot"), its name, and for a
     * line drawn with point marks, the marks' classes (null otherwise).
     */
    public record Key(String css, String kind, String label, String markCss) {

        public boolean square() {
            return (" " + (markCss != null ? markCss : css) + " ").contains(" square ");
        }
    }
}
