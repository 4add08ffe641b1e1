package org.openplate.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bars by category (days, weeks, nutrients) on a value axis from 0: one series of bars, or parts
 * stacked as shares of 100 %, with optional lines across the category centres (a goal, an estimate).
 */
public final class BarChart {

    private final Size size;
    private final String role;
    private final String title;
    private final String unit;
    private List<String> labels = List.of();
    private List<String> fullLabels = List.of();
    private boolean allLabels;
    private Series barSeries;
    private List<Double> barValues = List.of();
    private List<Series> parts = List.of();
    private List<double[]> partValues = List.of();
    private final List<Series> lineSeries = new ArrayList<>();
    private final List<List<Double>> lineValues = new ArrayList<>();
    private double minSpan;

    private BarChart(Size size, String role, String title, String unit) {
        this.size = size;
        this.role = role;
        this.title = title;
        this.unit = unit;
    }

    /** @param unit the value axis unit, shown once above the axis and in tooltips (e.g. "kcal", "%") */
    public static BarChart of(Size size, String role, String title, String unit) {
        return new BarChart(size, role, title, unit);
    }

    /**
     * @param all true when every label must show (names: rotated and shortened if need be); false when
     *            every k-th is enough (dates)
     */
    public BarChart categories(List<String> shortLabels, List<String> full, boolean all) {
        if (shortLabels.size() != full.size()) {
            throw new IllegalArgumentException("one full label per label");
        }
        this.labels = List.copyOf(shortLabels);
        this.fullLabels = List.copyOf(full);
        this.allLabels = all;
        return this;
    }

    /** One bar per category; a null value draws no bar (unknown is not zero). */
    public BarChart bars(Series series, List<Double> values) {
        this.barSeries = series;
        this.barValues = new ArrayList<>(values);
        return this;
    }

    /** Stacked bars of each category's parts as shares of their total (the axis runs 0-100 %). */
    public BarChart shares(List<Series> series, List<double[]> values) {
        this.parts = List.copyOf(series);
        this.partValues = List.copyOf(values);
        return this;
    }

    /** A line through the category centres; null breaks the line. */
    public BarChart line(Series series, List<Double> values) {
        lineSeries.add(series);
        lineValues.add(new ArrayList<>(values));
        return this;
    }

    /** The smallest range the value axis shows, so that tiny or zero values still get a sensible axis. */
    public BarChart minSpan(double span) {
        this.minSpan = span;
        return this;
    }

    public Chart build() {
        List<Series> keys = new ArrayList<>();
        double max = 0;
        boolean any = false;
        for (Double v : barValues) {
            if (v != null) {
                max = Math.max(max, v);
                any = true;
            }
        }
        for (List<Double> l : lineValues) {
            for (Double v : l) {
                if (v != null) {
                    max = Math.max(max, v);
                    any = true;
                }
            }
        }
        boolean stacked = !parts.isEmpty();
        for (double[] p : partValues) {
            any |= total(p) > 0;
        }
        String id = role + "-" + size.name();
        if (labels.isEmpty() || !any) {
            return new Chart(id, role, size, title, true, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Ticks ticks = stacked ? Ticks.covering(0, 100, Frame.Y_TICKS, 0) : Ticks.covering(0, max, Frame.Y_TICKS, minSpan);
        Frame frame = new Frame(size, ticks);
        int n = labels.size();
        AxisLabels.Placed placed = plan(frame, n, false);
        if (placed.angle() == 45) {
            // a slanted label reaches left of its bar: the first one must not leave the drawing
            frame.leftAtLeast(size.textWidth(placed.maxChars()) * 0.71 + 4 - (frame.right - frame.left) / n / 2);
            placed = plan(frame, n, false);
            if (placed.angle() != 45) {
                // too crowded at 45 degrees with that margin: upright labels, which need none
                frame.left = new Frame(size, ticks).left;
                placed = plan(frame, n, true);
            }
        }
        double slot = (frame.right - frame.left) / n;
        frame.bottomSpace(placed.space());
        List<Chart.Grid> grid = new ArrayList<>();
        List<Chart.Text> texts = new ArrayList<>();
        frame.drawY(grid, texts, stacked ? "%" : unit);
        AxisLabels.draw(size, placed, frame.bottom, frame.left, texts);
        List<Chart.Bar> bars = new ArrayList<>();
        double width = Scale.round(Math.max(1, slot * (slot > 12 ? 0.7 : 0.85)));
        for (int i = 0; i < n; i++) {
            double x = Scale.round(center(frame, slot, i) - width / 2);
            if (stacked) {
                stack(frame, x, width, i, bars, texts);
            } else if (barValues.get(i) != null) {
                double top = frame.y.at(barValues.get(i));
                bars.add(new Chart.Bar(x, top, width, Scale.round(frame.bottom - top), barSeries.css("bar"),
                        fullLabels.get(i) + ": " + number(barValues.get(i)) + " " + unit));
            }
        }
        if (stacked) {
            keys.addAll(parts);
        } else if (barSeries != null) {
            keys.add(barSeries);
        }
        List<Chart.Line> lines = new ArrayList<>();
        for (int k = 0; k < lineSeries.size(); k++) {
            lines.addAll(lines(frame, slot, lineSeries.get(k), lineValues.get(k)));
            keys.add(lineSeries.get(k));
        }
        List<Chart.Key> legend = keys.stream().map(s -> new Chart.Key(s.css(kind(s, stacked)), kind(s, stacked),
                s.label(), null)).toList();
        return new Chart(id, role, size, title, false, grid, texts, bars, lines, List.of(), legend);
    }

    private AxisLabels.Placed plan(Frame frame, int n, boolean upright) {
        double slot = (frame.right - frame.left) / n;
        List<AxisLabels.Label> xl = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            xl.add(new AxisLabels.Label(center(frame, slot, i), labels.get(i), fullLabels.get(i)));
        }
        return AxisLabels.plan(size, xl, upright ? Math.min(slot, size.fontSize() * 1.1 - 0.01) : slot, allLabels);
    }

    private String kind(Series s, boolean stacked) {
        return lineSeries.contains(s) ? "line" : "bar";
    }

    private void stack(Frame frame, double x, double width, int i, List<Chart.Bar> bars, List<Chart.Text> texts) {
        double[] p = partValues.get(i);
        double total = total(p);
        if (total <= 0) {
            return;
        }
        double base = 0;
        for (int k = 0; k < p.length; k++) {
            double share = 100 * Math.max(0, p[k]) / total;
            double y1 = frame.y.at(base + share);
            double y0 = frame.y.at(base);
            Series s = parts.get(k);
            String pct = Math.round(share) + " %";
            bars.add(new Chart.Bar(x, y1, width, Scale.round(y0 - y1), s.css("bar"), fullLabels.get(i) + ": "
                    + s.label().toLowerCase(Locale.ROOT) + " " + pct));
            String label = s.label().substring(0, 1) + " " + Math.round(share) + "%";
            if (y0 - y1 >= size.fontSize() + 4 && size.textWidth(label.length()) + 4 <= width) {
                texts.add(new Chart.Text(Scale.round(x + width / 2), Scale.round((y0 + y1) / 2 + size.fontSize() * 0.35),
                        label, null, "middle", null, "text direct " + (s.tone() == 2 || s.tone() == 3 ? "on-dark" : "on-light")));
            }
            base += share;
        }
    }

    private List<Chart.Line> lines(Frame frame, double slot, Series s, List<Double> values) {
        List<Chart.Line> out = new ArrayList<>();
        StringBuilder pts = new StringBuilder();
        int count = 0;
        for (int i = 0; i <= values.size(); i++) {
            Double v = i < values.size() ? values.get(i) : null;
            if (v != null) {
                pts.append(center(frame, slot, i)).append(',').append(frame.y.at(v)).append(' ');
                count++;
                continue;
            }
            if (count == 1) {
                // a lone value: a short level mark across its slot, since a one-point line is invisible
                double y = frame.y.at(values.get(i - 1));
                double c = center(frame, slot, i - 1);
                pts.setLength(0);
                pts.append(Scale.round(c - slot * 0.45)).append(',').append(y).append(' ')
                        .append(Scale.round(c + slot * 0.45)).append(',').append(y);
            }
            if (count > 0) {
                out.add(new Chart.Line(pts.toString().strip(), s.css("line"), s.label()));
            }
            pts.setLength(0);
            count = 0;
        }
        return out;
    }

    private static double center(Frame frame, double slot, int i) {
        return Scale.round(frame.left + (i + 0.5) * slot);
    }

    private static double total(double[] p) {
        double t = 0;
        for (double v : p) {
            t += Math.max(0, v);
        }
        return t;
    }

    static String number(double v) {
        return String.format(Locale.US, "%,d", Math.round(v));
    }
}
