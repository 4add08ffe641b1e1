package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Sign in from two browsers, see both on "Your sessions", sign the other one out. */
class SessionsBrowserIT extends BrowserJourney {

    @Test
    void seeTwoSessionsAndEndTheOther() throws Exception {
        ChromeDriver laptop = Browsers.chrome();
        ChromeDriver phone = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(laptop, Duration.ofSeconds(15));
            String email = Journeys.signUp(laptop, app, "sessions");
            phone.get(app.url("/signin"));
            phone.findElement(By.id("email")).sendKeys(email);
            phone.findElement(By.id("password")).sendKeys("correct horse");
            phone.findElement(By.id("sign-in")).click();
            new WebDriverWait(phone, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/diary/"));

            laptop.get(app.url("/account"));
            laptop.findElement(By.id("sessions-link")).click();
            List<WebElement> rows = wait.until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#session-list tbody tr"), 2));
            assertEquals(1, laptop.findElements(By.cssSelector("#session-list tr.current")).size());
            assertTrue(rows.get(0).getText().contains("Chrome on Linux"), rows.get(0).getText());
            screenshots(laptop);

            laptop.findElement(By.cssSelector("#session-list tbody tr:not(.current) button[type=submit]")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#session-list tbody tr"), 1));
            assertTrue(laptop.getPageSource().contains("That session was signed out."));
            phone.get(app.url("/account"));
            assertTrue(phone.getCurrentUrl().contains("/signin"), "the phone was signed out: " + phone.getCurrentUrl());

            List<String> problems = laptop.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                    .map(LogEntry::getMessage)
                    .filter(m -> !m.contains("/favicon.ico"))  // the app has no icon yet; not this page
                    .toList();
            assertTrue(problems.isEmpty(), "console errors or CSP violations: " + problems);
        } finally {
            laptop.quit();
            phone.quit();
        }
    }

    /** The page at phone and desktop widths, light and dark, for a person to look at; no sideways scrolling. */
    private static void screenshots(ChromeDriver b) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        for (int width : new int[] {375, 1366}) {
            for (String scheme : new String[] {"light", "dark"}) {
                b.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                        "deviceScaleFactor", 1, "mobile", width < 600));
                b.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                b.navigate().refresh();
                new WebDriverWait(b, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                        By.id("session-list")));
                long scrollWidth = (Long) ((JavascriptExecutor) b).executeScript(
                        "return document.documentElement.scrollWidth;");
                assertTrue(scrollWidth <= width, "no sideways scrolling at " + width + " px: " + scrollWidth);
                Files.write(dir.resolve("sessions-" + width + "-" + scheme + ".png"), b.getScreenshotAs(OutputType.BYTES));
            }
        }
        b.get(b.getCurrentUrl().replace("/account/sessions", "/account"));
        ((JavascriptExecutor) b).executeScript("document.getElementById('endOthers').scrollIntoView();");
        assertTrue(b.findElement(By.id("endOthers")).isSelected(), "revoking is ticked by default");
        Files.write(dir.resolve("account-settings-1366.png"), b.getScreenshotAs(OutputType.BYTES));
        b.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        b.navigate().back();
    }
}
