package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openplate.account.Role;

/**
 * Every page, signed out and signed in (with some data, as an editor and admin), checked with
 * axe-core in the light and the dark theme (the system setting, emulated): no serious or critical
 * WCAG 2.1 A/AA violations, colour contrast included. Also: the keyboard reaches the
 * "skip to content" link first and it moves focus past the navigation.
 */
class AccessibilityBrowserIT extends BrowserJourney {


    @Test
    void pagesHaveNoSeriousAccessibilityViolations() {
        Accessibility.axe();
        org.openqa.selenium.chrome.ChromeDriver b = Browsers.chrome();
        try {
            // the checker itself must see a real violation: an unlabelled field and an image without alt text
            b.get(app.url("/articles"));
            ((org.openqa.selenium.JavascriptExecutor) b).executeScript("var m = document.getElementById('main');"
                    + "m.insertAdjacentHTML('beforeend', '<input id=\\'nolabel\\'><img src=\\'/static/articles/"
                    + "why-the-scale-jumps.svg\\'>');");
            String seeded = String.join("\n", Accessibility.seriousViolations(b));
            assertTrue(seeded.contains("label") && seeded.contains("image-alt"), seeded);

            Map<String, List<String>> problems = new LinkedHashMap<>();
            List<String> anonymous = List.of("/", "/signin", "/signup", "/articles",
                    "/articles/back-pain-after-stretching", "/articles/tag/energy", "/articles?q=protein",
                    "/calculator?sex=female&heightFt=5&heightIn=4&weight=150&age=35&activity=light&goal=lose-1",
                    "/calculator?sex=female&heightFt=5&heightIn=4&weight=9999&age=35&activity=light&goal=lose-1",
                    "/no-such-page");
            for (String path : anonymous) {
                check(b, path, problems);
            }

            String email = Journeys.signUp(b, app, "a11y");
            check(b, "/profile", problems);
            Journeys.completeProfile(b, "female", "1985-03-02", 5, 5, 160);
            app.app().accounts().grantRole(email, Role.EDITOR);
            app.app().accounts().grantRole(email, Role.ADMIN);
            // some data so lists, charts and tables are drawn
            b.get(app.url("/weight"));
            b.findElement(By.id("wweight")).sendKeys("158");
            b.findElement(By.cssSelector("#weigh-in button[type=submit]"))
                    .click();
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            List<String> signedIn = List.of("/diary", "/diary/" + today + "/add?meal=1", "/diary/week", "/diary/history",
                    "/diary/meals", "/foods?q=banana", "/foods/new", "/recipes", "/exercise", "/exercise/back-care",
                    "/exercise/stretch-timer", "/weight", "/weight/projection", "/reports", "/notifications", "/account",
                    "/editor", "/editor/new", "/editor/images", "/admin/foods/import", "/account/tokens", "/account/sessions", "/account/data",
                    "/account/import");
            for (String path : signedIn) {
                check(b, path, problems);
            }
            b.get(app.url("/foods?q=banana"));
            List<WebElement> foods = b.findElements(By.cssSelector("a[href^='/foods/'][href$='']"));
            String food = foods.stream().map(e -> e.getAttribute("href")).filter(h -> h.matches(".*/foods/\\d+$"))
                    .findFirst().orElse(null);
            if (food != null) {
                check(b, food.substring(food.indexOf("/foods/")), problems);
            }
            assertTrue(problems.isEmpty(), "accessibility problems:\n" + format(problems));
        } finally {
            b.quit();
        }
    }

    @Test
    void keyboardReachesSkipLinkFirst() {
        Accessibility.axe();
        WebDriver b = Browsers.chrome();
        try {
            b.get(app.url("/articles"));
            new WebDriverWait(b, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("aq")));
            b.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = b.switchTo().activeElement();
            assertEquals("skip-link", focused.getAttribute("id"));
            assertTrue(focused.isDisplayed(), "the skip link shows when focused");
            focused.sendKeys(Keys.ENTER);
            assertTrue(b.getCurrentUrl().endsWith("#main"));
        } finally {
            b.quit();
        }
    }

    private static void check(org.openqa.selenium.chrome.ChromeDriver b, String path, Map<String, List<String>> problems) {
        for (boolean dark : new boolean[] {false, true}) {
            PageTour.systemTheme(b, dark);
            b.get(app.url(path));
            assertTrue(path.startsWith("/signin") || !b.getCurrentUrl().contains("/signin"), path + " was not shown: "
                    + b.getCurrentUrl());
            String theme = String.valueOf(((org.openqa.selenium.JavascriptExecutor) b).executeScript(
                    "return getComputedStyle(document.documentElement).colorScheme;"));
            assertEquals(dark ? "dark" : "light", theme, path + ": the page follows the system theme");
            List<String> v = Accessibility.seriousViolations(b);
            if (!v.isEmpty()) {
                problems.put(path + (dark ? " (dark)" : " (light)"), new ArrayList<>(v));
            }
        }
        PageTour.systemTheme(b, false);
    }

    private static String format(Map<String, List<String>> problems) {
        StringBuilder s = new StringBuilder();
        problems.forEach((path, list) -> {
            s.append(path).append('\n');
            list.forEach(l -> s.append("  ").append(l).append('\n'));
        });
        return s.toString();
    }
}
