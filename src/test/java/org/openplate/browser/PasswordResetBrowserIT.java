package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;
import org.openplate.testing.TestMail;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** On a 375 px phone: "Forgot password?" → the e-mail arrives → the link → a new password → signed in with it. */
class PasswordResetBrowserIT {

    private static final String NEW = "purple walrus ladder 77";

    @Test
    void forgotThenResetOnAPhone() throws Exception {
        try (TestMail mail = TestMail.start(); TestApp app = TestApp.start(TestDatabases.sqlite(), mail::apply)) {
            String email = "phone" + System.nanoTime() + "@example.org";
            assertEquals(303, new HttpSession(app).signUp(email, "correct horse").statusCode());
            ChromeDriver b = Browsers.chrome();
            try {
                b.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 375, "height", 812,
                        "deviceScaleFactor", 1, "mobile", true));
                WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(15));
                b.get(app.url("/signin"));
                b.findElement(By.id("forgot-link")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forgot")));
                noSidewaysScrolling(b, "forgot");
                b.findElement(By.id("email")).sendKeys(email);
                b.findElement(By.id("send-link")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("link-sent")));
                assertTrue(b.getCurrentUrl().endsWith("/account/forgot/sent"), b.getCurrentUrl());
                noSidewaysScrolling(b, "forgot-sent");

                String link = TestMail.linkPath(mail.await(1).get(0));
                b.get(app.url(link));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reset")));
                noSidewaysScrolling(b, "reset");
                b.findElement(By.id("password")).sendKeys(NEW);
                b.findElement(By.id("confirmPassword")).sendKeys(NEW);
                b.findElement(By.id("save-password")).click();
                wait.until(ExpectedConditions.urlContains("/signin"));
                assertTrue(b.findElement(By.cssSelector(".notice")).getText().contains("Your password was changed"));
                assertTrue(!b.getCurrentUrl().contains("token"), "the token is not carried on: " + b.getCurrentUrl());

                b.findElement(By.id("email")).sendKeys(email);
                b.findElement(By.id("password")).sendKeys(NEW);
                b.findElement(By.id("sign-in")).click();
                wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
                assertTrue(b.findElements(By.id("sign-in")).isEmpty(), "signed in with the new password");

                b.get(app.url(link));
                assertTrue(b.findElement(By.id("form-error")).getText().contains("already used"));

                List<String> problems = b.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                        .map(LogEntry::getMessage)
                        .filter(m -> !m.contains("/favicon.ico"))
                        .filter(m -> !m.contains("/account/reset") || !m.contains("400"))  // the used link's page
                        .toList();
                assertTrue(problems.isEmpty(), "console errors or CSP violations: " + problems);
            } finally {
                b.quit();
            }
        }
    }

    private static void noSidewaysScrolling(ChromeDriver b, String name) throws Exception {
        long scrollWidth = (Long) ((JavascriptExecutor) b).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(scrollWidth <= 375, "no sideways scrolling on " + name + ": " + scrollWidth);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("password-" + name + "-375.png"), b.getScreenshotAs(OutputType.BYTES));
    }
}
