package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Every data chart with real data, at 375 and 1366 px, light and dark: no console errors (a CSP
 * violation included), each series drawn in its own colour (not black, not another series' colour),
 * axis labels inside the drawing and not on top of each other. Screenshots go to target/chart-screens.
 */
class ChartsBrowserIT extends BrowserJourney {

    /** Each page's charts and the series each must show. */
    private static final Map<String, Map<String, List<String>>> PAGES = Map.of(
            "/weight", Map.of("weight", List.of("trend", "scale")),
            "/weight/projection?target=140", Map.of("projection", List.of("model", "rule", "target")),
            "/reports", Map.of("calories", List.of("eaten", "goal"), "macros", List.of("protein", "carbs", "fat"),
                    "coverage", List.of("coverage", "reference")),
            "/exercise/back-care", Map.of("pain", List.of("before", "after")));

    @Test
    void everyChartHasItsColoursAtBothWidthsInBothThemes() {
        WebDriver b = Browsers.chrome();
        try {
            Journeys.signUp(b, app, "charts");
            Journeys.completeProfile(b, "female", "1986-04-02", 5, 4, 150);
            seed(b);
            for (int width : new int[] {375, 1366}) {
                for (String theme : new String[] {"light", "dark"}) {
                    for (Map.Entry<String, Map<String, List<String>>> page : PAGES.entrySet()) {
                        b.manage().window().setSize(new Dimension(width, 900));
                        b.get(app.url(page.getKey()));
                        js(b, "document.documentElement.setAttribute('data-theme', arguments[0]);", theme);
                        String where = page.getKey() + " at " + width + " px, " + theme;
                        for (Map.Entry<String, List<String>> chart : page.getValue().entrySet()) {
                            checkChart(b, chart.getKey(), chart.getValue(), width < 600 ? "compact" : "wide", where);
                            save(b.findElement(By.cssSelector("svg.chart-" + chart.getKey() + ".chart-"
                                    + (width < 600 ? "compact" : "wide"))).findElement(By.xpath("./..")),
                                    chart.getKey() + "-" + width + "-" + theme);
                        }
                        screenshot(b, page.getKey(), width, theme);
                        List<String> problems = Console.problems(b);
                        assertTrue(problems.isEmpty(), where + ": " + problems);
                    }
                }
            }
        } finally {
            b.quit();
        }
    }

    private static void checkChart(WebDriver b, String role, List<String> series, String variant, String where) {
        String shown = (String) js(b, "const v = [...document.querySelectorAll('svg.chart-' + arguments[0])]"
                + ".filter(s => s.getBoundingClientRect().width > 0); return v.map(s => s.classList.contains('chart-compact')"
                + " ? 'compact' : 'wide').join();", role);
        assertEquals(variant, shown, role + " chart: one drawing shown, sized for the screen, " + where);
        @SuppressWarnings("unchecked")
        List<String> colours = (List<String>) js(b, COLOURS, role, series);
        assertEquals(series.size(), colours.size());
        for (int i = 0; i < series.size(); i++) {
            String c = colours.get(i);
            assertFalse(c == null || c.equals("none") || c.equals("rgb(0, 0, 0)") || c.isBlank(),
                    role + "/" + series.get(i) + " is drawn in " + c + ", " + where);
        }
        assertEquals(series.size(), new HashSet<>(colours).size(), role + ": every series its own colour " + colours
                + ", " + where);
        @SuppressWarnings("unchecked")
        List<String> layout = (List<String>) js(b, LAYOUT, role);
        assertTrue(layout.isEmpty(), role + " labels cut or overlapping, " + where + ": " + layout);
    }

    /** The colour of each series' first mark: stroke for lines and rings, fill for bars and dots. */
    private static final String COLOURS = "const svg = [...document.querySelectorAll('svg.chart-' + arguments[0])]"
            + ".find(s => s.getBoundingClientRect().width > 0);"
            + "return arguments[1].map(r => { const m = svg.querySelector('.series-' + r); if (!m) return null;"
            + "const cs = getComputedStyle(m);"
            + "return m.classList.contains('line') || m.classList.contains('ring') ? cs.stroke : cs.fill; });";

    /** Axis labels outside the drawing, or horizontal labels overlapping each other. */
    private static final String LAYOUT = "const svg = [...document.querySelectorAll('svg.chart-' + arguments[0])]"
            + ".find(s => s.getBoundingClientRect().width > 0); const out = [];"
            + "const box = svg.getBoundingClientRect(); const texts = [...svg.querySelectorAll('text')];"
            + "for (const t of texts) { const r = t.getBoundingClientRect();"
            + "  if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)"
            + "    out.push('cut: ' + t.textContent); }"
            + "const flat = texts.filter(t => t.classList.contains('axis') && !t.hasAttribute('transform'))"
            + "  .map(t => [t.textContent, t.getBoundingClientRect()]);"
            + "for (let i = 0; i < flat.length; i++) for (let j = i + 1; j < flat.length; j++) {"
            + "  const a = flat[i][1], c = flat[j][1];"
            + "  if (a.left < c.right - 1 && c.left < a.right - 1 && a.top < c.bottom - 1 && c.top < a.bottom - 1)"
            + "    out.push('overlap: ' + flat[i][0] + ' / ' + flat[j][0]); }"
            + "return out;";

    /** Three weeks of weigh-ins and food, and four stretching sessions with check-ins, through the JSON API. */
    private static void seed(WebDriver b) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> calls = new ArrayList<>();
        for (int i = 20; i >= 0; i--) {
            LocalDate d = today.minusDays(i);
            calls.add("['/api/v1/weights', {date: '" + d + "', weight: '" + (151.5 - 0.12 * (20 - i) + (i % 3) * 0.4)
                    + "lb'}]");
            if (i % 3 != 1) {
                calls.add("['/api/v1/diary/entries', {date: '" + d + "', foodId: 'FOOD', amount: " + (60 + i * 4) + ", portion: 'g'}]");
                calls.add("['/api/v1/diary/entries', {date: '" + d + "', kcal: " + (900 + i * 17)
                        + ", protein: " + (30 + i) + ", carbs: 110, fat: " + (25 + i % 5 * 4) + "}]");
            }
        }
        for (int i = 0; i < 4; i++) {
            calls.add("['/api/v1/exercise/entries', {date: '" + today.minusDays(9 - 3L * i) + "', activityCode: '02101',"
                    + " minutes: 20, painBefore: " + (6 - i) + ", painAfter: " + (4 - i % 3) + ", areas: 'lower-back'}]");
        }
        @SuppressWarnings("unchecked")
        List<Object> statuses = (List<Object>) ((JavascriptExecutor) b).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "const token = document.querySelector('input[name=_csrf]').value;"
                + "(async () => { const found = await (await fetch('/api/v1/foods?q=oatmeal')).json();"
                + "  const food = found.items[0].id; const out = [];"
                + "  for (const [url, body] of " + calls + ") {"
                + "    if (body.foodId === 'FOOD') body.foodId = food;"
                + "    const r = await fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json',"
                + "      'X-CSRF-Token': token}, body: JSON.stringify(body)}); out.push(r.status === 201 ? 201 : r.status + ' ' + await r.text()); }"
                + "  return out; })().then(done, e => done(['' + e]));");
        for (Object s : statuses) {
            assertEquals(201L, s, "seeding through the API: " + statuses);
        }
    }

    private static void screenshot(WebDriver b, String page, int width, String theme) {
        long height = (Long) js(b, "return document.documentElement.scrollHeight;");
        b.manage().window().setSize(new Dimension(width, (int) Math.min(6000, height)));
        try {
            Path dir = Path.of("target", "chart-screens");
            Files.createDirectories(dir);
            String name = page.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "") + "-" + width + "-" + theme + ".png";
            Files.write(dir.resolve(name), ((TakesScreenshot) b).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void save(WebElement element, String name) {
        try {
            Path dir = Path.of("target", "chart-screens");
            Files.createDirectories(dir);
            ((JavascriptExecutor) ((org.openqa.selenium.WrapsDriver) element).getWrappedDriver())
                    .executeScript("arguments[0].scrollIntoView();", element);
            Files.write(dir.resolve("chart-" + name + ".png"), element.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object js(WebDriver b, String script, Object... args) {
        return ((JavascriptExecutor) b).executeScript(script, args);
    }

    @Test
    void consoleCheckSeesACspViolation() {
        WebDriver b = Browsers.chrome();
        try {
            b.get(app.url("/"));
            // what the old charts did: a <style> inside inline SVG, which style-src 'self' blocks
            js(b, "document.body.insertAdjacentHTML('beforeend', '<svg><style>.x{fill:red}</style></svg>');");
            List<String> problems = Console.problems(b);
            assertNotEquals(List.of(), problems, "the console check must notice a blocked inline style");
        } finally {
            b.quit();
        }
    }
}
