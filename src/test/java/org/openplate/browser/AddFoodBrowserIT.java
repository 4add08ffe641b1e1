package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Logging a meal fast (issue 16, section 1), counted in Chromium at 375 and 1366 px: from the day page, a
 * 3-item breakfast (oatmeal, banana, 2% milk) takes at most 5 clicks plus the typing, with no full page load
 * after the first (a marker set on the window after the first load must survive); a recent food is one tap
 * from the day page. Also: the live preview matches what the server logs, Undo, "Add selected", the keys
 * (/, ↓, Enter), and a clean console. The counts are printed for docs/benchmarks.md.
 */
class AddFoodBrowserIT extends BrowserJourney {

    private static final Pattern KCAL = Pattern.compile("\\((\\d[\\d,]*) kcal\\)");

    /** What a journey cost: clicks or taps, keys typed, full page loads. */
    private static final class Count {
        int clicks;
        int keys;
        int loads = 1;

        /** A click or tap (scrolling it into view, clear of the phone's tab bar, is not counted: a swipe is no tap). */
        void click(WebElement e) {
            ((JavascriptExecutor) ((org.openqa.selenium.WrapsDriver) e).getWrappedDriver())
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
            e.click();
            clicks++;
        }

        void type(WebElement e, String text) {
            e.sendKeys(text);
            keys += text.length();
        }
    }

    @Test
    void aBreakfastInFewClicksAndARecentFoodInOneTap() {
        for (int width : new int[] {PageTour.PHONE, PageTour.DESKTOP}) {
            ChromeDriver b = Browsers.chrome();
            try {
                journey(b, width);
            } finally {
                b.quit();
            }
        }
    }

    private void journey(ChromeDriver b, int width) {
        WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
        // the page updates parts of itself in place: an element read inside a condition can be replaced meanwhile
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        PageTour.viewport(b, PageTour.DESKTOP, PageTour.DESKTOP_HEIGHT);
        Journeys.signUp(b, app, "add" + width);
        Journeys.completeProfile(b, "female", "1990-05-01", 5, 5, 160);
        PageTour.viewport(b, width, width == PageTour.PHONE ? PageTour.PHONE_HEIGHT : PageTour.DESKTOP_HEIGHT);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        b.get(app.url("/diary/" + today));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget-remaining")));
        int goal = Journeys.number(b, "budget-goal");
        Console.problems(b);
        mark(b);

        // the breakfast, counted: "Add food" under Breakfast, then type and "Add" for each food
        Count breakfast = new Count();
        breakfast.click(meal(b, "Breakfast").findElement(By.cssSelector("a.add-food")));
        wait.until(d -> "q".equals(PageTour.js(d, "return document.activeElement && document.activeElement.id;")));
        int eaten = 0;
        long slowest = 0;
        long server = 0;
        for (String food : List.of("oatmeal", "banana", "2% milk")) {
            long typed = System.nanoTime();
            breakfast.type(b.switchTo().activeElement(), food);
            WebElement first = wait.until(d -> {
                List<WebElement> items = d.findElements(By.cssSelector("#add-results-holder[data-q='" + food
                        + "'] #add-results li.food-choice"));
                return items.isEmpty() ? null : items.get(0);
            });
            slowest = Math.max(slowest, (System.nanoTime() - typed) / 1_000_000);
            server = Math.max(server, ((Number) PageTour.js(b, "const e = performance.getEntriesByType('resource')"
                    + ".filter(r => r.name.indexOf('fragment=1') > 0).pop(); return e ? Math.round(e.duration) : -1;"))
                    .longValue());
            String before = status(b);
            breakfast.click(first.findElement(By.cssSelector("button[type=submit]")));
            wait.until(d -> !status(d).equals(before) && status(d).startsWith("Added "));
            eaten += kcal(status(b));
            assertEquals(goal - eaten, Journeys.number(b, "remaining-kcal"), "calories left after " + food);
            breakfast.loads += reloaded(b);
        }
        assertTrue(status(b).endsWith("· Undo"), status(b));
        statusLinesAreTextHigh(b, width);
        if (width == PageTour.DESKTOP) {
            searchOnOneRow(b);
        }
        Shots.save(b, "add-status-" + width);
        assertEquals(3, entries(b, today), "three entries on the server");
        assertTrue(breakfast.clicks <= 5, "the breakfast took " + breakfast.clicks + " clicks");
        assertEquals(1, breakfast.loads, "no full page load after the first");
        System.out.printf("add food at %d px: 3-item breakfast in %d clicks, %d keystrokes, %d full page load(s);"
                + " results shown at most %d ms after the typing (150 ms pause, then the search request of at most %d ms)%n",
                width, breakfast.clicks, breakfast.keys, breakfast.loads, slowest, server);

        // the preview for 2 portions is what the server logs; Undo takes it back
        WebElement q = b.findElement(By.id("q"));
        q.sendKeys(Keys.chord(Keys.CONTROL, "a"), "banana");
        WebElement banana = wait.until(d -> {
            List<WebElement> items = d.findElements(By.cssSelector("#add-results-holder[data-q='banana'] #add-results li.food-choice"));
            return items.isEmpty() ? null : items.get(0);
        });
        WebElement amount = banana.findElement(By.name("amount"));
        amount.clear();
        amount.sendKeys("2");
        String preview = banana.findElement(By.cssSelector("output.preview")).getText();
        assertTrue(preview.matches("\\d[\\d,]* kcal · protein [\\d.,]+ g · carbs [\\d.,]+ g · fat [\\d.,]+ g"), preview);
        Shots.save(b, "add-preview-" + width);
        String before = status(b);
        tap(b, banana.findElement(By.cssSelector("button[type=submit]")));
        wait.until(d -> !status(d).equals(before) && status(d).startsWith("Added "));
        assertEquals(preview.substring(0, preview.indexOf(" kcal")), String.format("%,d", kcal(status(b))),
                "preview and logged kcal");
        assertEquals(goal - eaten - kcal(status(b)), Journeys.number(b, "remaining-kcal"));
        tap(b, b.findElement(By.id("undo-add")));
        wait.until(d -> status(d).startsWith("Removed "));
        assertEquals(goal - eaten, Journeys.number(b, "remaining-kcal"), "the undo gives the calories back");
        assertEquals(3, entries(b, today));

        // keys: "/" focuses the search, ↓ moves to the first food, Enter adds it
        b.findElement(By.tagName("h1")).click();
        b.switchTo().activeElement().sendKeys("/");
        assertEquals("q", PageTour.js(b, "return document.activeElement.id;"));
        b.switchTo().activeElement().sendKeys("apple");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#add-results-holder[data-q='apple'] li.food-choice")));
        b.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertTrue(String.valueOf(PageTour.js(b, "return document.activeElement.className;")).contains("food-choice"));
        String beforeKeys = status(b);
        b.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(d -> !status(d).equals(beforeKeys) && status(d).startsWith("Added "));
        assertEquals(4, entries(b, today));

        // "Add selected": one food ticked in a search, one in the next search (the ticks outlive it), one action
        tap(b, wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#add-results-holder[data-q='apple'] #add-results input[name=item]"))));
        WebElement search = b.findElement(By.id("q"));
        tap(b, search);
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), "rice");
        tap(b, wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#add-results-holder[data-q='rice'] #add-results input[name=item]"))));
        assertEquals("Add 2 selected", b.findElement(By.id("add-selected")).getText());
        String beforeBatch = status(b);
        tap(b, b.findElement(By.id("add-selected")));
        wait.until(d -> !status(d).equals(beforeBatch) && status(d).startsWith("Added 2 items"));
        assertEquals(6, entries(b, today));
        assertEquals(0, reloaded(b), "no page load on the add page");

        // a recent food in one tap from the day page
        tap(b, b.findElement(By.id("back-to-day")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget-remaining")));
        Count recent = new Count();
        WebElement lunch = meal(b, "Lunch");
        assertTrue(lunch.findElements(By.cssSelector("tr.entry")).isEmpty());
        recent.click(lunch.findElement(By.cssSelector(".one-tap button")));
        wait.until(d -> !meal(d, "Lunch").findElements(By.cssSelector("tr.entry")).isEmpty());
        wait.until(d -> status(d).startsWith("Added "));
        recent.loads += reloaded(b);
        assertEquals(1, recent.clicks);
        assertEquals(1, recent.loads, "the one-tap add loads no page");
        assertEquals(7, entries(b, today));
        Shots.save(b, "add-one-tap-" + width);
        System.out.printf("add food at %d px: a recent food in %d tap, %d keystrokes, %d full page load(s)%n", width,
                recent.clicks, recent.keys, recent.loads);
        assertEquals(List.of(), Console.problems(b), "console");

        // screenshots of the add page with results, a preview and the status, light and dark
        tap(b, meal(b, "Dinner").findElement(By.cssSelector("a.add-food")));
        wait.until(d -> "q".equals(PageTour.js(d, "return document.activeElement && document.activeElement.id;")));
        b.switchTo().activeElement().sendKeys("banana");
        WebElement item = wait.until(d -> {
            List<WebElement> items = d.findElements(By.cssSelector("#add-results-holder[data-q='banana'] #add-results li.food-choice"));
            return items.isEmpty() ? null : items.get(0);
        });
        WebElement a = item.findElement(By.name("amount"));
        a.clear();
        a.sendKeys("2");
        String beforeShot = status(b);
        PageTour.js(b, "arguments[0].focus();", item);
        b.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(d -> !status(d).equals(beforeShot) && status(d).startsWith("Added "));
        PageTour.js(b, "window.scrollTo(0, 0);");
        System.out.println("add page at " + width + " px: layout width " + PageTour.js(b, "return window.innerWidth;")
                + ", wider than the window: " + PageTour.js(b, "const w = document.documentElement.clientWidth;"
                + " return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)"
                + ".slice(0, 6).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ');"));
        for (boolean dark : new boolean[] {false, true}) {
            PageTour.systemTheme(b, dark);
            Shots.save(b, "add-page-" + width + (dark ? "-dark" : "-light"));
        }
        assertEquals(List.of(), Console.problems(b), "console");
        PageTour.systemTheme(b, false);
    }

    private static void tap(WebDriver b, WebElement e) {
        PageTour.js(b, "arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    private static void mark(WebDriver b) {
        PageTour.js(b, "window.openplateLoadMarker = 'first load';");
    }

    /** 1 when the window marker is gone (a full page load happened since it was set), then sets it again. */
    private static int reloaded(WebDriver b) {
        boolean kept = "first load".equals(PageTour.js(b, "return window.openplateLoadMarker || null;"));
        if (!kept) {
            mark(b);
        }
        return kept ? 0 : 1;
    }

    /**
     * The status's lines are as tall as its text (Undo's 44 px phone target does not push its line apart), and
     * Undo keeps that target on a phone.
     */
    @SuppressWarnings("unchecked")
    private static void statusLinesAreTextHigh(WebDriver b, int width) {
        java.util.Map<String, Object> m = (java.util.Map<String, Object>) PageTour.js(b,
                "const s = document.getElementById('add-status'); const cs = getComputedStyle(s);"
                + " const lh = parseFloat(cs.lineHeight); const tops = [];"
                + " const walk = document.createTreeWalker(s, NodeFilter.SHOW_TEXT);"
                + " for (let n = walk.nextNode(); n; n = walk.nextNode()) { const r = document.createRange();"
                + "   r.selectNodeContents(n); Array.from(r.getClientRects()).forEach(x => tops.push(x.top)); }"
                + " tops.sort((a, c) => a - c); let lines = 0, last = -1e9;"
                + " tops.forEach(t => { if (t - last > lh / 2) { lines++; last = t; } });"
                + " return {lines: lines, lh: lh, height: s.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom),"
                + "   undo: document.getElementById('undo-add').getBoundingClientRect().height};");
        double lines = ((Number) m.get("lines")).doubleValue();
        double lineHeight = ((Number) m.get("lh")).doubleValue();
        double height = ((Number) m.get("height")).doubleValue();
        assertTrue(lines >= 1 && height <= lines * lineHeight + 2, "the status is " + height + " px high for " + lines
                + " line(s) of " + lineHeight + " px at " + width + " px");
        if (width == PageTour.PHONE) {
            assertTrue(((Number) m.get("undo")).doubleValue() >= 44, "Undo's touch target: " + m.get("undo"));
        }
    }

    /** On a wide screen the search box, the meal and the Search button share one row. */
    private static void searchOnOneRow(WebDriver b) {
        List<WebElement> parts = List.of(b.findElement(By.id("q")), b.findElement(By.id("mealId")),
                b.findElement(By.cssSelector("#add-search button[type=submit]")));
        double middle = parts.get(0).getRect().getY() + parts.get(0).getRect().getHeight() / 2.0;
        for (WebElement e : parts) {
            double m = e.getRect().getY() + e.getRect().getHeight() / 2.0;
            assertTrue(Math.abs(m - middle) <= 4, e.getAttribute("id") + " is not on the search box's row: " + m + " vs "
                    + middle);
        }
    }

    private static String status(WebDriver b) {
        List<WebElement> s = b.findElements(By.id("add-status"));
        return s.isEmpty() ? "" : s.get(0).getText().strip();
    }

    private static int kcal(String status) {
        Matcher m = KCAL.matcher(status);
        assertTrue(m.find(), status);
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    private static int entries(WebDriver b, String day) {
        Object out = ((JavascriptExecutor) b).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch('/api/v1/diary/days/" + day + "').then(r => r.json()).then(j => done(j.totals.entries))"
                + ".catch(e => done(-1));");
        return ((Number) out).intValue();
    }

    private static WebElement meal(WebDriver b, String name) {
        return b.findElement(By.xpath("//section[contains(@class,'meal')][.//h2[normalize-space()='" + name + "']]"));
    }
}
