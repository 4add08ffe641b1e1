package org.openplate.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the npm package, installed under src/test/axe by {@code npm ci}) in the page
 * and returns the serious and critical WCAG 2.1 A/AA violations.
 */
final class Accessibility {

    static final Path AXE = Path.of(System.getProperty("openplate.axe",
            "src/test/axe/node_modules/axe-core/axe.min.js"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String source;

    private Accessibility() {
    }

    static synchronized String axe() {
        if (source == null) {
            if (!Files.isReadable(AXE)) {
                if (Boolean.getBoolean("openplate.browser.required")) {
                    throw new IllegalStateException("axe-core missing: run npm ci --prefix src/test/axe");
                }
                Assumptions.assumeTrue(false, "axe-core not installed (npm ci --prefix src/test/axe); check skipped");
            }
            try {
                source = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** "rule (impact): help — selectors" for each serious or critical violation on the current page. */
    static List<String> seriousViolations(WebDriver b) {
        String axe = axe();
        JavascriptExecutor js = (JavascriptExecutor) b;
        b.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(axe);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
        String text = String.valueOf(result);
        if (text.startsWith("ERROR")) {
            throw new IllegalStateException("axe failed on " + b.getCurrentUrl() + ": " + text);
        }
        List<String> out = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree(text)) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    for (JsonNode n : v.path("nodes")) {
                        targets.add(n.path("target").toString());
                    }
                    out.add(v.path("id").asText() + " (" + impact + "): " + v.path("help").asText() + " — "
                            + String.join(", ", targets.subList(0, Math.min(5, targets.size()))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
