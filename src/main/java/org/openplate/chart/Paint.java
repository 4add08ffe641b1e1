package org.openplate.chart;

import java.util.List;
import java.util.Map;

/**
 * Colours as SVG presentation attributes, for a chart that stands alone (a downloaded .svg file): it
 * has no page stylesheet, and a {@code <style>} element inside it would be blocked by the app's
 * Content-Security-Policy ({@code style-src 'self'}). Presentation attributes ({@code fill=},
 * {@code stroke=}) are not style sheets, so CSP does not block them, and the file opens the same in any
 * viewer. On a page, {@link #CLASSES} adds no attribute and charts.css does the colouring (and the dark
 * theme). The light colours here are the ones in charts.css; ChartStylesheetTest keeps them equal.
 *
 * <p>The palette is Okabe and Ito's colour-blind-safe set ("Color Universal Design", 2008), with a
 * grey; every series also differs by dash, mark shape or a direct label.
 */
public final class Paint {

    static final int TONES = 7;

    /** Light-theme tone colours, tone 1 first; charts.css declares them as --chart-1 … --chart-7. */
    public static final List<String> LIGHT = List.of("#009e73", "#d55e00", "#0072b2", "#f0e442", "#6e6e6e",
            "#56b4e9", "#cc79a7");
    /** Light-theme grid, base line, text and surface colours (--chart-grid, --chart-base, --chart-text, --chart-surface). */
    public static final Map<String, String> LIGHT_PARTS = Map.of("grid", "#dde3de", "base", "#8a968c",
            "text", "#3f4d41", "surface", "#ffffff");

    public static final Paint CLASSES = new Paint(false);
    public static final Paint STANDALONE = new Paint(true);

    private final boolean attributes;

    private Paint(boolean attributes) {
        this.attributes = attributes;
    }

    public String fill(String css) {
        if (!attributes) {
            return null;
        }
        if (has(css, "line")) {
            return "none";
        }
        if (has(css, "ring")) {
            return LIGHT_PARTS.get("surface");
        }
        if (has(css, "text") || has(css, "axis")) {
            return has(css, "on-dark") ? "#ffffff" : LIGHT_PARTS.get("text");
        }
        String tone = tone(css);
        return tone == null ? null : tone;
    }

    public String stroke(String css) {
        if (!attributes) {
            return null;
        }
        if (has(css, "grid")) {
            return LIGHT_PARTS.get(has(css, "base") ? "base" : "grid");
        }
        if (has(css, "bar")) {
            return LIGHT_PARTS.get("surface");
        }
        return has(css, "line") || has(css, "ring") ? tone(css) : null;
    }

    public String strokeWidth(String css) {
        if (!attributes) {
            return null;
        }
        return has(css, "line") ? "2.5" : has(css, "ring") ? "2" : has(css, "grid") || has(css, "bar") ? "1" : null;
    }

    public String dash(String css) {
        if (!attributes) {
            return null;
        }
        return has(css, "dashed") ? "8 5" : has(css, "dotted") ? "2 4" : null;
    }

    /** A pixel size for a standalone file (a page sizes the drawing with CSS instead). */
    public Integer dimension(int pixels) {
        return attributes ? pixels : null;
    }

    /** The font of the whole drawing when it stands alone (a page's font is inherited instead). */
    public String font() {
        return attributes ? "system-ui, sans-serif" : null;
    }

    private static String tone(String css) {
        for (int t = 1; t <= TONES; t++) {
            if (has(css, "tone-" + t)) {
                return LIGHT.get(t - 1);
            }
        }
        return null;
    }

    private static boolean has(String css, String token) {
        return css != null && (" " + css + " ").contains(" " + token + " ");
    }
}
