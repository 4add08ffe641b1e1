package org.openplate.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Places labels under the x axis so that they never run into each other: horizontal when they fit;
 * otherwise every k-th label (for dates or numbers, where the rest can be inferred), or, for names
 * that must all show, rotated by 45 degrees and shortened with an ellipsis; a shortened label keeps
 * its full text as a tooltip (upright when even 45 degrees is too crowded). Labels at the edges are anchored inwards, so that none is cut off.
 */
final class AxisLabels {

    /** One label: its x position, its short text and its full text. */
    record Label(double x, String text, String full) {
    }

    private AxisLabels() {
    }

    /** The room the labels need under the plot, and the labels placed at {@code baseline}. */
    record Placed(double space, List<Label> shown, int angle, int maxChars) {

        boolean rotated() {
            return angle != 0;
        }
    }

    static Placed plan(Size size, List<Label> labels, double gap, boolean allNeeded) {
        double f = size.fontSize();
        int longest = 1;
        for (Label l : labels) {
            longest = Math.max(longest, l.text().length());
        }
        double width = size.textWidth(longest);
        if (width + 8 <= gap || labels.size() <= 1) {
            return new Placed(f + 16, labels, 0, longest);
        }
        if (!allNeeded) {
            int every = (int) Math.ceil((width + 10) / Math.max(1, gap));
            List<Label> shown = new ArrayList<>();
            for (int i = 0; i < labels.size(); i += every) {
                shown.add(labels.get(i));
            }
            return new Placed(f + 16, shown, 0, longest);
        }
        // at 45 degrees neighbours are gap × sin 45° apart, which must exceed the letters' height (about 0.75 em)
        // at 45 degrees neighbours are gap × sin 45° apart, which must exceed the letters' height (about 0.75 em);
        // upright (90 degrees) they are a full gap apart
        int angle = gap >= f * 1.1 ? 45 : 90;
        double reach = angle == 45 ? 0.71 : 1;
        int every = (int) Math.ceil(f * (angle == 45 ? 1.1 : 0.85) / Math.max(1, gap));
        int maxChars = (int) Math.floor((size.height() * 0.38 - f - 10) / reach / (f * 0.6));
        int chars = Math.min(longest, Math.max(4, maxChars));
        List<Label> shown = new ArrayList<>();
        for (int i = 0; i < labels.size(); i += every) {
            shown.add(labels.get(i));
        }
        return new Placed(size.textWidth(chars) * reach + f + 12, shown, angle, chars);
    }

    static void draw(Size size, Placed placed, double baseline, double left, List<Chart.Text> out) {
        double f = size.fontSize();
        for (Label l : placed.shown()) {
            String text = shorten(l.text(), placed.maxChars());
            String full = text.equals(l.full()) ? null : l.full();
            if (placed.rotated()) {
                double x = Scale.round(l.x() + f * 0.35);
                double y = Scale.round(baseline + (placed.angle() == 45 ? f * 0.6 : 6));
                out.add(new Chart.Text(x, y, text, full, "end", "rotate(-" + placed.angle() + " " + x + " " + y + ")",
                        "axis"));
                continue;
            }
            double half = size.textWidth(text.length()) / 2;
            double y = Scale.round(baseline + f + 6);
            if (l.x() + half > size.width() - 3) {
                out.add(new Chart.Text(size.width() - 3, y, text, full, "end", null, "axis"));
            } else if (l.x() - half < left - 2) {
                out.add(new Chart.Text(Scale.round(left - 2), y, text, full, "start", null, "axis"));
            } else {
                out.add(new Chart.Text(l.x(), y, text, full, "middle", null, "axis"));
            }
        }
    }

    /** {@code text} cut to {@code max} characters, ending in an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Math.max(1, max - 1)).strip() + "…";
    }
}
