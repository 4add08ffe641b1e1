package org.openplate.chart;

import java.util.Locale;

/**
 * How one series looks: its name, its colour slot (1-7 of the colour-blind-safe palette in charts.css),
 * and a non-colour difference: a line's dash, or a point's shape.
 *
 * @param role  a short lower-case name for the series, e.g. "goal"; the mark gets class {@code series-<role>}
 * @param label the name people read (legend and tooltips)
 */
public record Series(String role, String label, int tone, Stroke stroke, Mark mark) {

    /** Line dash: a second cue besides colour. */
    public enum Stroke { SOLID, DASHED, DOTTED }

    /** Point shape: a second cue besides colour. */
    public enum Mark { CIRCLE, SQUARE, RING }

    public Series {
        if (role == null || !role.matches("[a-z][a-z0-9-]*") || tone < 1 || tone > Paint.TONES) {
            throw new IllegalArgumentException("bad series role or tone: " + role + ", " + tone);
        }
    }

    public static Series bar(String role, String label, int tone) {
        return new Series(role, label, tone, Stroke.SOLID, Mark.CIRCLE);
    }

    public static Series line(String role, String label, int tone, Stroke stroke) {
        return new Series(role, label, tone, stroke, Mark.CIRCLE);
    }

    public static Series dots(String role, String label, int tone, Mark mark) {
        return new Series(role, label, tone, Stroke.SOLID, mark);
    }

    /** The classes of one mark of this series, e.g. "line series-goal tone-2 dashed". */
    String css(String kind) {
        String extra = switch (kind) {
            case "line" -> " " + stroke.name().toLowerCase(Locale.ROOT);
            case "dot" -> " " + mark.name().toLowerCase(Locale.ROOT);
            default -> "";
        };
        return kind + " series-" + role + " tone-" + tone + extra;
    }
}
