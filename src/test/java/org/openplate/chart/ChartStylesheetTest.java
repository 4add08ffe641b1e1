package org.openplate.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** charts.css and the standalone colours (Paint) agree, the dark theme exists both ways, and pages get classes only. */
class ChartStylesheetTest {

    private static String css() throws IOException {
        return Files.readString(Path.of("src/main/resources/static/charts.css"));
    }

    @Test
    void lightColoursInTheStylesheetAreThePaintColours() throws IOException {
        String root = css().substring(0, css().indexOf("@media"));
        for (int t = 1; t <= Paint.TONES; t++) {
            Matcher m = Pattern.compile("--chart-" + t + ": (#[0-9a-f]{6})").matcher(root);
            assertTrue(m.find(), "tone " + t);
            assertEquals(Paint.LIGHT.get(t - 1), m.group(1), "tone " + t);
        }
        for (var part : Paint.LIGHT_PARTS.entrySet()) {
            assertTrue(root.contains("--chart-" + part.getKey() + ": " + part.getValue()), part.toString());
        }
    }

    @Test
    void darkThemeFollowsTheSystemAndTheManualSwitch() throws IOException {
        String css = css();
        assertTrue(css.contains("@media (prefers-color-scheme: dark)"));
        assertTrue(css.contains(":root:not([data-theme=light])"));
        assertTrue(css.contains(":root[data-theme=dark]"));
    }

    @Test
    void onAPageMarksGetNoColourAttributes() {
        assertNull(Paint.CLASSES.fill("bar series-x tone-1"));
        assertNull(Paint.CLASSES.stroke("line series-x tone-1 dashed"));
        assertNull(Paint.CLASSES.dimension(100));
        assertEquals(Paint.LIGHT.get(0), Paint.STANDALONE.fill("bar series-x tone-1"));
        assertEquals("none", Paint.STANDALONE.fill("line series-x tone-3 dashed"));
        assertEquals(Paint.LIGHT.get(2), Paint.STANDALONE.stroke("line series-x tone-3 dashed"));
        assertEquals("8 5", Paint.STANDALONE.dash("line series-x tone-3 dashed"));
        assertFalse(Paint.LIGHT.contains("#000000"));
    }
}
