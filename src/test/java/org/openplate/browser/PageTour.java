package org.openplate.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openplate.testing.TestApp;

/**
 * The pages a new user sees, signed out and along the signed-in main journey, and the means to look
 * at them as a phone (375×812) or a laptop (1366×768) would, in the light or the dark theme.
 */
final class PageTour {

    static final int PHONE = 375;
    static final int PHONE_HEIGHT = 812;
    static final int DESKTOP = 1366;
    static final int DESKTOP_HEIGHT = 768;

    static final List<String> PUBLIC = List.of("/", "/signin", "/signup", "/articles",
            "/articles/back-pain-after-stretching", "/foods?q=banana",
            "/calculator?sex=female&heightFt=5&heightIn=4&weight=150&age=35&activity=light&goal=lose-1");

    private PageTour() {
    }

    /** The signed-in main journey, for a user with a profile, a breakfast and a weigh-in (see {@link #seed}). */
    static List<String> signedIn() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        return List.of("/diary/" + today, "/diary/" + today + "/add?q=banana", "/diary/week", "/diary/history",
                "/diary/meals", "/foods/new", "/recipes", "/exercise", "/exercise/back-care", "/exercise/stretch-timer",
                "/weight", "/weight/projection", "/reports", "/notifications", "/profile", "/account",
                "/account/tokens", "/account/sessions", "/account/data", "/account/import");
    }

    /** Signs up a US-units user, logs a banana for breakfast and a weigh-in. */
    static String seed(WebDriver b, TestApp app) {
        WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
        String email = Journeys.signUp(b, app, "tour");
        Journeys.completeProfile(b, "female", "1990-05-01", 5, 4, 150);
        b.get(app.url("/diary/" + LocalDate.now(ZoneOffset.UTC) + "/add?q=banana"));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#add-results li.food-choice button")))
                .click();
        // with JavaScript the add page stays and says what was added; without, it returns to the day
        wait.until(d -> !d.findElements(By.id("budget-remaining")).isEmpty() || d.findElements(By.id("add-status"))
                .stream().anyMatch(e -> e.getText().startsWith("Added")));
        b.get(app.url("/weight"));
        b.findElement(By.id("wweight")).sendKeys("149");
        org.openqa.selenium.WebElement save = b.findElement(By.cssSelector("#weigh-in button[type=submit]"));
        save.click();
        wait.until(Journeys.gone(save));
        return email;
    }

    /** Sets the viewport as a device would (phones get the mobile viewport and overlay scroll bars). */
    static void viewport(ChromeDriver b, int width, int height) {
        b.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 800));
    }

    /** Makes the page see {@code prefers-color-scheme: dark} (or light) as a system setting would. */
    static void systemTheme(ChromeDriver b, boolean dark) {
        b.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    static Object js(WebDriver b, String script, Object... args) {
        return ((JavascriptExecutor) b).executeScript(script, args);
    }

    static double number(WebDriver b, String script) {
        return ((Number) js(b, script)).doubleValue();
    }

    /** The relative luminance (WCAG 2.1) of an element's computed colour property, e.g. "color" or "background-color". */
    static double luminance(WebDriver b, org.openqa.selenium.WebElement e, String property) {
        return ((Number) js(b, "const v = getComputedStyle(arguments[0]).getPropertyValue(arguments[1]).match(/[\\d.]+/g)"
                + ".slice(0, 3).map(x => Number(x) / 255).map(x => x <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));"
                + " return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];", e, property)).doubleValue();
    }

    /** The contrast ratio (WCAG 2.1, 1 to 21) of an element's text colour on its own, opaque, background colour. */
    static double contrast(WebDriver b, org.openqa.selenium.WebElement e) {
        double text = luminance(b, e, "color");
        double back = luminance(b, e, "background-color");
        return (Math.max(text, back) + 0.05) / (Math.min(text, back) + 0.05);
    }

    /** Elements (tag#id.class) reaching past the right edge of the viewport, outside any scrolling box. */
    @SuppressWarnings("unchecked")
    static List<String> overflowing(WebDriver b) {
        return new ArrayList<>((List<String>) js(b, "const w = document.documentElement.clientWidth;"
                + " return Array.from(document.querySelectorAll('body *')).filter(e => {"
                + "   const r = e.getBoundingClientRect(); if (r.width === 0 || r.right <= w + 1) return false;"
                + "   for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {"
                + "     const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return false; }"
                + "   return true; }).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "   + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''));"));
    }
}
