package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reminder reaches the bell and the feed; after "mark all read" the feed says "You're all caught up!". */
class NotificationBrowserIT extends BrowserJourney {


    @Test
    void reminderThenAllCaughtUp() {
        WebDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(15));
            Journeys.signUp(b, app, "bell");
            b.findElement(By.id("bell")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("caught-up")));
            assertEquals("You're all caught up!", b.findElement(By.id("caught-up")).getText());

            // a reminder time already past today, so the food reminder is due
            ((JavascriptExecutor) b).executeScript("document.getElementById('foodReminderTime').value = '00:00';");
            b.findElement(By.cssSelector("#notification-prefs button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Preferences saved"));
            assertTrue(app.app().notificationScheduler().runOnce() >= 1);

            b.navigate().refresh();
            assertEquals("1", b.findElement(By.id("unread-count")).getText(), "the bell counts it");
            assertTrue(b.findElement(By.cssSelector("ol.feed li.unread")).getText().contains("Nothing logged today"));
            b.findElement(By.id("mark-all-read")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("caught-up")));
            assertEquals("You're all caught up!", b.findElement(By.id("caught-up")).getText());
            assertTrue(b.findElements(By.id("unread-count")).isEmpty());
        } finally {
            b.quit();
        }
    }
}
