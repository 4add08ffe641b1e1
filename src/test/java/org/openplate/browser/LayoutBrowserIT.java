package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The layout on a phone (375×812) and a laptop (1366 px) along a signed-in user's main journey and the
 * public pages: no Content-Security-Policy violation or script error in the console, a header of at most
 * 64 px with a menu and a bottom tab bar on phones, a top navigation on laptops, no sideways page scroll,
 * food results that fit four to a phone screen, the home calculator on the first screen, checkboxes on
 * their labels' line, and a dark theme that follows the system and a remembered toggle.
 */
class LayoutBrowserIT extends BrowserJourney {

    private static final int MAX_HEADER_PX = 64;
    private static final int MIN_TARGET_PX = 44;

    /**
     * Known, owned elsewhere: the chart SVGs on the weight, projection and report pages carry an inline
     * {@code <style>} that this site's {@code style-src 'self'} refuses; Chromium logs "Applying inline style
     * violates the following Content Security Policy directive 'style-src 'self''" and fires a
     * style-src-elem violation. The charts are being rebuilt on stylesheet classes (issue 15, part 1); until
     * that lands exactly that message is tolerated on exactly these chart pages. Delete this list then.
     */
    @Test
    void everyPageIsCleanAndFitsAPhoneAndALaptop() {
        ChromeDriver b = Browsers.chrome();
        try {
            watchForProblems(b);
            List<String> problems = new ArrayList<>();
            List<String> headers = new ArrayList<>();
            for (int width : new int[] {PageTour.PHONE, PageTour.DESKTOP}) {
                PageTour.viewport(b, width, width == PageTour.PHONE ? PageTour.PHONE_HEIGHT : PageTour.DESKTOP_HEIGHT);
                for (String path : PageTour.PUBLIC) {
                    visit(b, path, width, false, problems, headers);
                }
            }
            PageTour.viewport(b, PageTour.DESKTOP, PageTour.DESKTOP_HEIGHT);
            PageTour.seed(b, app);
            b.manage().logs().get(LogType.BROWSER); // seeding's pages are all visited and checked below
            for (int width : new int[] {PageTour.PHONE, PageTour.DESKTOP}) {
                PageTour.viewport(b, width, width == PageTour.PHONE ? PageTour.PHONE_HEIGHT : PageTour.DESKTOP_HEIGHT);
                for (String path : PageTour.signedIn()) {
                    visit(b, path, width, true, problems, headers);
                }
            }
            System.out.println("header heights at 375 px: " + headers);
            assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
        } finally {
            b.quit();
        }
    }

    @Test
    void theConsoleCheckSeesAViolationAndAnError() {
        ChromeDriver b = Browsers.chrome();
        try {
            watchForProblems(b);
            b.get(app.url("/signin"));
            PageTour.js(b, "var s = document.createElement('style'); s.textContent = 'body{}'; document.head.appendChild(s);"
                    + " setTimeout(function () { undefinedFunctionOnPurpose(); }, 0);");
            sleep(300);
            List<String> problems = new ArrayList<>();
            console(b, "/signin", problems);
            String all = String.join("\n", problems);
            assertTrue(all.contains("Content Security Policy") || all.contains("style-src"), all);
            assertTrue(all.contains("undefinedFunctionOnPurpose"), all);
        } finally {
            b.quit();
        }
    }

    @Test
    void foodResultsFitFourToAPhoneScreen() {
        ChromeDriver b = Browsers.chrome();
        try {
            Journeys.signUp(b, app, "results");
            PageTour.viewport(b, PageTour.PHONE, PageTour.PHONE_HEIGHT);
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            for (String path : List.of("/diary/" + today + "/add?q=banana", "/foods?q=banana")) {
                b.get(app.url(path));
                int fit = resultsPerScreen(b);
                if (fit == 0) {
                    // Seen twice under heavy CI load, never reproduced: an empty result list. Say what the page
                    // showed (for the log), then look once more; the layout check is about rows per screen.
                    System.out.println("no food results on " + path + ": " + mainText(b));
                    b.navigate().refresh();
                    fit = resultsPerScreen(b);
                }
                Shots.save(b, "layout-results-" + fit);
                System.out.println("food results per 375x812 screen on " + path + ": " + fit);
                assertTrue(fit >= 4, path + ": only " + fit + " results fit on one phone screen; the page said: "
                        + mainText(b));
            }
        } finally {
            b.quit();
        }
    }

    @Test
    void homeCalculatorIsOnThePhonesFirstScreen() {
        ChromeDriver b = Browsers.chrome();
        try {
            PageTour.viewport(b, PageTour.PHONE, PageTour.PHONE_HEIGHT);
            b.get(app.url("/"));
            double goalFieldBottom = PageTour.number(b, "return document.getElementById('goal').getBoundingClientRect().bottom;");
            assertTrue(goalFieldBottom <= PageTour.PHONE_HEIGHT, "the calculator's first field ends at " + goalFieldBottom + " px");
        } finally {
            b.quit();
        }
    }

    @Test
    void phoneMenuOpensWithoutJavaScriptAndFromTheKeyboard() {
        ChromeDriver b = Browsers.chrome();
        try {
            Journeys.signUp(b, app, "menu");
            PageTour.viewport(b, PageTour.PHONE, PageTour.PHONE_HEIGHT);
            b.get(app.url("/account"));
            WebElement nav = b.findElement(By.id("site-nav"));
            assertFalse(nav.isDisplayed(), "closed at first");
            WebElement toggle = b.findElement(By.id("menu-toggle"));
            toggle.sendKeys(Keys.SPACE);
            assertTrue(nav.isDisplayed(), "Space on the focused menu control opens it");
            assertEquals("Menu", toggle.getAccessibleName());
            for (WebElement link : nav.findElements(By.cssSelector("a, button"))) {
                assertTrue(link.getRect().getHeight() >= MIN_TARGET_PX, link.getText() + " is " + link.getRect().getHeight() + " px tall");
            }
            b.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            assertFalse(nav.isDisplayed(), "Escape closes it");

            // the narrowest phones (WCAG 1.4.10 reflow at 320 CSS px): the header still fits
            PageTour.viewport(b, 320, 640);
            b.get(app.url("/account"));
            assertEquals(0.0, PageTour.number(b, "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;"), "no sideways scroll at 320 px: " + PageTour.overflowing(b));
            PageTour.viewport(b, PageTour.PHONE, PageTour.PHONE_HEIGHT);

            b.findElement(By.id("tab-add")).click();
            assertTrue(b.getCurrentUrl().matches(".*/diary/\\d{4}-\\d{2}-\\d{2}/add$"), "the tab bar's Add opens today's add page: "
                    + b.getCurrentUrl());

            b.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            b.get(app.url("/account"));
            assertTrue(b.findElement(By.id("theme-toggle")).getAttribute("hidden") != null, "scripts are off");
            b.findElement(By.id("tab-more")).click();
            assertTrue(b.findElement(By.id("site-nav")).isDisplayed(), "the tab bar's More opens the menu without scripts");
            b.findElement(By.cssSelector("#site-nav a[href='/profile']")).click();
            assertTrue(b.getCurrentUrl().endsWith("/profile"), b.getCurrentUrl());
        } finally {
            b.quit();
        }
    }

    @Test
    void darkThemeFollowsTheSystemAndTheToggleIsRemembered() {
        ChromeDriver b = Browsers.chrome();
        try {
            PageTour.systemTheme(b, true);
            b.get(app.url("/signin"));
            assertTrue(backgroundLightness(b) < 0.2, "system dark: dark page, " + backgroundLightness(b));
            WebElement toggle = b.findElement(By.id("theme-toggle"));
            assertTrue(toggle.isDisplayed(), "the toggle shows when scripts run");
            assertEquals("true", toggle.getAttribute("aria-pressed"));
            toggle.click();
            assertTrue(backgroundLightness(b) > 0.8, "toggled to light");
            b.navigate().refresh();
            assertTrue(backgroundLightness(b) > 0.8, "light is remembered over the system's dark");
            assertEquals("false", b.findElement(By.id("theme-toggle")).getAttribute("aria-pressed"));
            PageTour.systemTheme(b, false);
            b.findElement(By.id("theme-toggle")).click();
            b.get(app.url("/articles"));
            assertTrue(backgroundLightness(b) < 0.2, "dark chosen on a light system is remembered too");
        } finally {
            b.quit();
        }
    }

    @Test
    void checkboxesSitOnTheirLabelsLine() {
        ChromeDriver b = Browsers.chrome();
        try {
            Journeys.signUp(b, app, "boxes");
            for (int width : new int[] {PageTour.PHONE, PageTour.DESKTOP}) {
                PageTour.viewport(b, width, 800);
                for (String path : List.of("/notifications", "/exercise")) {
                    b.get(app.url(path));
                    @SuppressWarnings("unchecked")
                    List<Object> offsets = (List<Object>) PageTour.js(b, "return Array.from(document.querySelectorAll("
                            + "'label > input[type=checkbox]')).filter(c => c.offsetParent).map(c => {"
                            + " const r = document.createRange(); r.setStartAfter(c); r.setEndAfter(c.parentElement.lastChild);"
                            + " const line = r.getClientRects()[0] || r.getBoundingClientRect(); const box = c.getBoundingClientRect();"
                            + " return Math.abs((box.top + box.bottom) / 2 - (line.top + line.bottom) / 2)"
                            + "   + (box.right <= line.left + 1 ? 0 : 1000) + (box.height >= 18 ? 0 : 100); });");
                    assertFalse(offsets.isEmpty(), path + " has checkboxes");
                    for (Object o : offsets) {
                        // centred on the first line of its text (within a pixel), before it, and at least 18 px
                        assertTrue(((Number) o).doubleValue() <= 1, path + " at " + width + " px: a checkbox is "
                                + o + " px off its label's first line (+1000: not before the text, +100: under 18 px)");
                    }
                }
            }
        } finally {
            b.quit();
        }
    }

    private void visit(ChromeDriver b, String path, int width, boolean signedIn, List<String> problems, List<String> headers) {
        b.get(app.url(path));
        String where = path + " at " + width + " px";
        if (!path.startsWith("/signin") && b.getCurrentUrl().contains("/signin")) {
            problems.add(where + ": not shown, sent to sign in");
            return;
        }
        console(b, path, problems);
        double scroll = PageTour.number(b, "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (scroll > 0) {
            problems.add(where + ": the page scrolls sideways by " + scroll + " px; too wide: " + PageTour.overflowing(b));
        }
        double header = PageTour.number(b, "return document.querySelector('header.site').getBoundingClientRect().height;");
        boolean tabbar = b.findElements(By.id("tabbar")).stream().anyMatch(WebElement::isDisplayed);
        boolean topNav = b.findElements(By.id("site-nav")).stream().anyMatch(WebElement::isDisplayed);
        if (width == PageTour.PHONE) {
            headers.add(Math.round(header) + "");
            if (header > MAX_HEADER_PX) {
                problems.add(where + ": header " + header + " px tall");
            }
            if (signedIn != tabbar) {
                problems.add(where + ": tab bar " + (tabbar ? "shown" : "missing"));
            }
            if (topNav) {
                problems.add(where + ": the navigation is open instead of behind the menu");
            }
            smallTargets(b, where, problems);
        } else {
            if (tabbar) {
                problems.add(where + ": the phone tab bar shows on a laptop");
            }
            if (!topNav) {
                problems.add(where + ": no top navigation");
            }
        }
    }

    /** Header, tab bar and form controls under 44 px tall (text links inside sentences are exempt). */
    @SuppressWarnings("unchecked")
    private static void smallTargets(ChromeDriver b, String where, List<String> problems) {
        List<String> small = (List<String>) PageTour.js(b, "return Array.from(document.querySelectorAll("
                + "'header.site a, header.site label, .tabbar a, .tabbar label, main button, main select,"
                + " main input:not([type=hidden]):not([type=checkbox]):not([type=radio]), main summary, main label.radio'))"
                + ".filter(e => e.offsetParent && getComputedStyle(e).visibility !== 'hidden')"
                + ".filter(e => e.getBoundingClientRect().height < " + MIN_TARGET_PX + ")"
                + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + Math.round(e.getBoundingClientRect().height) + 'px');");
        if (!small.isEmpty()) {
            problems.add(where + ": touch targets under " + MIN_TARGET_PX + " px: " + small);
        }
    }

    /** Records CSP violations and uncaught errors from the first script on, in every page this browser opens. */
    private static void watchForProblems(ChromeDriver b) {
        b.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__problems = [];"
                        + "document.addEventListener('securitypolicyviolation', function (e) {"
                        + "  window.__problems.push('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' at line ' + e.lineNumber); });"
                        + "window.addEventListener('error', function (e) { window.__problems.push('JavaScript error: ' + e.message); });"
                        + "window.addEventListener('unhandledrejection', function (e) { window.__problems.push('Unhandled rejection: ' + e.reason); });"));
    }

    /** Adds every console error and CSP report since the last call, except the known chart message on chart pages. */
    @SuppressWarnings("unchecked")
    private static void console(ChromeDriver b, String path, List<String> problems) {
        List<String> found = new ArrayList<>();
        for (LogEntry e : b.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                    || e.getMessage().contains("Content Security Policy")) {
                found.add("console: " + e.getMessage());
            }
        }
        Object recorded = PageTour.js(b, "return window.__problems || [];");
        ((List<Object>) recorded).forEach(o -> found.add(String.valueOf(o)));
        for (String f : found) {
            problems.add(path + ": " + f);
        }
    }

    /** How many results are wholly visible at once, with the first at the top of the space the bars leave. */
    private static String mainText(ChromeDriver b) {
        String text = b.getCurrentUrl() + " " + b.findElement(org.openqa.selenium.By.tagName("main")).getText()
                .replace('\n', ' ');
        return text.substring(0, Math.min(600, text.length()));
    }

    private static int resultsPerScreen(ChromeDriver b) {
        return (int) PageTour.number(b, "const items = Array.from(document.querySelectorAll('.food-results li'));"
                + " if (items.length === 0) return 0;"
                + " const bar = document.getElementById('tabbar'); const barH = bar && bar.offsetParent ? bar.getBoundingClientRect().height : 0;"
                + " const top = items[0].getBoundingClientRect().top; const bottom = top + window.innerHeight - barH;"
                + " return items.filter(li => li.getBoundingClientRect().bottom <= bottom).length;");
    }

    /** The relative lightness (0 black – 1 white) of the page background. */
    private static double backgroundLightness(ChromeDriver b) {
        return PageTour.number(b, "const c = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);"
                + " return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255;");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
