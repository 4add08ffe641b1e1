package org.openplate.chart;

import java.util.List;

/**
 * The plot area of one chart and its value (y) axis: the left margin fits the widest tick label, the
 * top leaves room for the unit, the bottom for the category or time labels.
 */
final class Frame {

    static final int Y_TICKS = 6;

    final Size size;
    final Ticks ticks;
    double left;
    final double top;
    final double right;
    double bottom;
    Scale y;

    Frame(Size size, Ticks ticks) {
        this.size = size;
        this.ticks = ticks;
        int chars = 1;
        for (double v : ticks.ticks()) {
            chars = Math.max(chars, ticks.label(v).length());
        }
        this.left = Scale.round(8 + size.textWidth(chars) + 6);
        this.top = size.fontSize() + 16;
        this.right = size.width() - 14;
    }

    /** Moves the plot's left edge right, e.g. so that the first rotated label fits. */
    void leftAtLeast(double x) {
        left = Math.max(left, Scale.round(x));
    }

    /** Fixes the bottom of the plot, once the x labels know how much room they take. */
    void bottomSpace(double space) {
        this.bottom = Scale.round(size.height() - space);
        this.y = new Scale(ticks.lo(), ticks.hi(), bottom, top);
    }

    /** Grid lines, y tick labels and the unit above the axis. */
    void drawY(List<Chart.Grid> grid, List<Chart.Text> texts, String unit) {
        double f = size.fontSize();
        for (double v : ticks.ticks()) {
            double at = y.at(v);
            grid.add(new Chart.Grid(left, right, at, v == ticks.lo() ? "grid base" : "grid"));
            texts.add(new Chart.Text(Scale.round(left - 6), Scale.round(at + f * 0.35), ticks.label(v), null, "end", null,
                    "axis"));
        }
        if (unit != null && !unit.isBlank()) {
            texts.add(new Chart.Text(8, f, unit, null, "start", null, "axis unit"));
        }
    }
}
