package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A user in lb and ft/in (5 ft 4 in, 120 lb) at 375 and 1366 px: the solver, the exercise forms and the data page
 * say no kg or km, dates read "Tue 1 Dec 2026", and a 100 lb target warns with the healthy lower bound in lb.
 */
class UnitsBrowserIT extends BrowserJourney {

    private static final Pattern METRIC = Pattern.compile("\\b(kg|km)\\b");

    @Test
    void aUsUserSeesPoundsMilesReadableDatesAndTheHealthWarning() {
        ChromeDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
            Journeys.signUp(b, app, "units");
            Journeys.completeProfile(b, "female", "1990-01-01", 5, 4, 120);
            LocalDate by = LocalDate.now(ZoneOffset.UTC).plusDays(60);
            for (int width : new int[] {375, 1366}) {
                PageTour.viewport(b, width, 900);
                for (boolean dark : new boolean[] {false, true}) {
                    PageTour.systemTheme(b, dark);
                    String theme = dark ? "dark" : "light";

                    b.get(app.url("/weight/projection?target=100&by=" + by));
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("solution")));
                    String warning = b.findElement(By.id("target-warning")).getText();
                    assertTrue(warning.contains("5 ft 4 in") && warning.contains("healthy range starts at 108 lb"),
                            warning);
                    assertTrue(b.findElement(By.id("target-warning")).isDisplayed());
                    String solution = b.findElement(By.id("solution")).getText();
                    assertFalse(solution.matches("(?s).*\\b0 kcal.*"), solution);
                    noMetric(b, "solver");
                    shot(b, "projection", width, theme);

                    b.get(app.url("/exercise/" + by.minusDays(60) + "?q=rowing"));
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("strength-form")));
                    assertTrue(b.findElement(By.tagName("h1")).getText().matches("Exercise, \\w{3} \\d{1,2} \\w{3} \\d{4}"),
                            b.findElement(By.tagName("h1")).getText());
                    assertTrue(b.findElement(By.id("strength-form")).getText().contains("Weight (lb)"));
                    assertTrue(b.findElement(By.id("activity-results")).getText().contains("Distance (mi, optional)"));
                    noMetric(b, "exercise");
                    shot(b, "exercise", width, theme);

                    b.get(app.url("/account/data"));
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("csv-units")));
                    noMetric(b, "data");
                    shot(b, "data", width, theme);
                }
            }
            PageTour.viewport(b, 1366, 900);
            assertEquals(List.of(), Console.problems(b), "no CSP violations or script errors");
        } finally {
            b.quit();
        }
    }

    /** The visible text, outside the Compendium's own activity descriptions (which quote km/h as published). */
    private static void noMetric(ChromeDriver b, String page) {
        String text = (String) PageTour.js(b, "let t = document.body.innerText;"
                + " document.querySelectorAll('#activity-results .usda-name, #activity-results strong')"
                + "   .forEach(e => { t = t.split(e.innerText).join(''); });"
                + " return t;");
        java.util.regex.Matcher m = METRIC.matcher(text);
        assertFalse(m.find(), page + " shows kg or km to a user in lb: …"
                + (m.hitEnd() ? "" : text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 40))));
        assertTrue(PageTour.overflowing(b).isEmpty(), page + " overflows: " + PageTour.overflowing(b));
    }

    private static void shot(ChromeDriver b, String page, int width, String theme) {
        try {
            Path dir = Path.of("target", "units-shots");
            Files.createDirectories(dir);
            long height = ((Number) PageTour.js(b, "return document.documentElement.scrollHeight;")).longValue();
            PageTour.viewport(b, width, (int) Math.min(4000, height));
            Files.write(dir.resolve(page + "-" + width + "-" + theme + ".png"), b.getScreenshotAs(OutputType.BYTES));
            PageTour.viewport(b, width, 900);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
