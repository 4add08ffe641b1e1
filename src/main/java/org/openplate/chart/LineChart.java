package org.openplate.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines and point marks over a numeric x axis (days, sessions), with optional horizontal reference
 * lines that carry a direct label (e.g. "target").
 */
public final class LineChart {

    /** A data point; {@code title} is its tooltip when drawn as a mark. */
    public record Point(double x, double y, String title) {
    }

    /** An x-axis tick at {@code x}: its short label and, when shortened, its full text. */
    public record XTick(double x, String label, String full) {
    }

    private record Layer(Series series, List<Point> points, boolean marks) {
    }

    private record Rule(Series series, double y, String label) {
    }

    private final Size size;
    private final String role;
    private final String title;
    private final String unit;
    private double xLo = Double.NaN;
    private double xHi = Double.NaN;
    private List<XTick> xTicks = List.of();
    private final List<Layer> layers = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private double minSpan;
    private Ticks fixedY;

    private LineChart(Size size, String role, String title, String unit) {
        this.size = size;
        this.role = role;
        this.title = title;
        this.unit = unit;
    }

    public static LineChart of(Size size, String role, String title, String unit) {
        return new LineChart(size, role, title, unit);
    }

    /** The x range and its ticks; a zero-width range is widened by one on each side. */
    public LineChart x(double lo, double hi, List<XTick> ticks) {
        this.xLo = lo == hi ? lo - 1 : lo;
        this.xHi = lo == hi ? hi + 1 : hi;
        this.xTicks = List.copyOf(ticks);
        return this;
    }

    /** Dates on the x axis (x = epoch day), ticks at whole days, months or years that fit the width. */
    public LineChart dates(java.time.LocalDate first, java.time.LocalDate last) {
        int max = Math.max(2, (int) ((size.width() - 80) / (size.textWidth(8) + 16)));
        return x(first.toEpochDay(), last.toEpochDay(), DateTicks.between(first, last, max));
    }

    public LineChart line(Series series, List<Point> points) {
        layers.add(new Layer(series, List.copyOf(points), false));
        return this;
    }

    public LineChart marks(Series series, List<Point> points) {
        layers.add(new Layer(series, List.copyOf(points), true));
        return this;
    }

    /** A horizontal reference line at {@code y}, labelled directly at its right end. */
    public LineChart rule(Series series, double y, String label) {
        rules.add(new Rule(series, y, label));
        return this;
    }

    public LineChart minSpan(double span) {
        this.minSpan = span;
        return this;
    }

    /** A fixed value axis (e.g. a 0-10 pain scale) instead of one fitted to the data. */
    public LineChart fixedY(double lo, double hi, int maxTicks) {
        this.fixedY = Ticks.covering(lo, hi, maxTicks, 0);
        return this;
    }

    public Chart build() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Layer l : layers) {
            for (Point p : l.points()) {
                min = Math.min(min, p.y());
                max = Math.max(max, p.y());
            }
        }
        String id = role + "-" + size.name();
        if (min > max || Double.isNaN(xLo)) {
            return new Chart(id, role, size, title, true, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        for (Rule r : rules) {
            min = Math.min(min, r.y());
            max = Math.max(max, r.y());
        }
        Ticks ticks = fixedY != null ? fixedY : Ticks.covering(min, max, Frame.Y_TICKS, minSpan);
        Frame frame = new Frame(size, ticks);
        Scale x = new Scale(xLo, xHi, frame.left + 8, frame.right - 8);
        List<AxisLabels.Label> xl = new ArrayList<>();
        double gap = Double.MAX_VALUE;
        for (int i = 0; i < xTicks.size(); i++) {
            xl.add(new AxisLabels.Label(x.at(xTicks.get(i).x()), xTicks.get(i).label(), xTicks.get(i).full()));
            if (i > 0) {
                gap = Math.min(gap, x.at(xTicks.get(i).x()) - x.at(xTicks.get(i - 1).x()));
            }
        }
        AxisLabels.Placed placed = AxisLabels.plan(size, xl, gap, false);
        frame.bottomSpace(placed.space());
        List<Chart.Grid> grid = new ArrayList<>();
        List<Chart.Text> texts = new ArrayList<>();
        frame.drawY(grid, texts, unit);
        AxisLabels.draw(size, placed, frame.bottom, frame.left, texts);
        List<Chart.Line> lines = new ArrayList<>();
        List<Chart.Dot> dots = new ArrayList<>();
        List<Chart.Key> keys = new ArrayList<>();
        for (Rule r : rules) {
            double y = frame.y.at(r.y());
            lines.add(new Chart.Line(frame.left + "," + y + " " + frame.right + "," + y, r.series().css("line"),
                    r.series().label()));
            texts.add(new Chart.Text(frame.right, Scale.round(y - 4), r.label(), null, "end", null, "text direct rule"));
            keys.add(new Chart.Key(r.series().css("line"), "line", r.series().label(), null));
        }
        for (Layer l : layers) {
            if (l.marks()) {
                double r = size.fontSize() * 0.3;
                for (Point p : l.points()) {
                    dots.add(new Chart.Dot(x.at(p.x()), frame.y.clamped(p.y()), r,
                            l.series().mark() == Series.Mark.SQUARE, l.series().css("dot"), p.title()));
                }
                addMarkKey(keys, l.series());
            } else {
                StringBuilder pts = new StringBuilder();
                for (Point p : l.points()) {
                    pts.append(x.at(p.x())).append(',').append(frame.y.clamped(p.y())).append(' ');
                }
                if (!l.points().isEmpty()) {
                    lines.add(new Chart.Line(pts.toString().strip(), l.series().css("line"), l.series().label()));
                    keys.add(new Chart.Key(l.series().css("line"), "line", l.series().label(), null));
                }
            }
        }
        return new Chart(id, role, size, title, false, grid, texts, List.of(), lines, dots, keys);
    }

    /** Marks of a series already in the legend as a line join that entry (one "Before" with its line and mark). */
    private static void addMarkKey(List<Chart.Key> keys, Series s) {
        for (int i = 0; i < keys.size(); i++) {
            Chart.Key k = keys.get(i);
            if (k.label().equals(s.label()) && k.kind().equals("line")) {
                keys.set(i, new Chart.Key(k.css(), "line", k.label(), s.css("dot")));
                return;
            }
        }
        keys.add(new Chart.Key(s.css("dot"), "dot", s.label(), null));
    }
}
