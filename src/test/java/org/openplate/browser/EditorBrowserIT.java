package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openplate.account.Role;

/** An editor uploads a hero image, writes with the live preview, publishes; a reader finds the article by search. */
class EditorBrowserIT extends BrowserJourney {


    @Test
    void editorPublishesAndReaderFindsIt() throws Exception {
        WebDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(15));
            String email = Journeys.signUp(b, app, "editor");
            app.app().accounts().grantRole(email, Role.EDITOR);
            b.get(app.url("/articles"));
            b.findElement(By.id("nav-editor")).click();

            // upload the hero image
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor-images"))).click();
            Path png = Files.createTempFile("hero", ".png");
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(120, 50, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", png.toFile());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("image"))).sendKeys(png.toString());
            b.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("image-list")));
            assertTrue(b.findElement(By.id("image-list")).getText().contains("120 × 50 px"));

            // write, watching the live preview
            b.get(app.url("/editor"));
            b.findElement(By.id("new-article")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title"))).sendKeys("Sleep and appetite");
            b.findElement(By.id("slug")).sendKeys("sleep-and-appetite");
            b.findElement(By.id("summary")).sendKeys("Why a short night makes the next day hungrier.");
            b.findElement(By.id("tags")).sendKeys("sleep, appetite");
            new Select(b.findElement(By.id("heroImage"))).selectByIndex(1);
            b.findElement(By.id("heroAlt")).sendKeys("A dark rectangle, standing in for a photo");
            b.findElement(By.id("heroCredit")).sendKeys("Photo: OpenPlate editorial team");
            b.findElement(By.id("body")).sendKeys("## What the studies found\n\nShort sleep raises ghrelin, the hunger"
                    + " hormone.\n\n<script>alert(1)</script>");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#preview h2"),
                    "What the studies found"));
            assertTrue(b.findElement(By.id("preview")).getText().contains("<script>alert(1)</script>"),
                    "raw HTML is shown as text, not run");
            b.findElement(By.id("save-draft")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-status"), "Draft"));
            // the form posts and the page reloads: wait for the old page to go before reading the new
            // status (reading it mid-navigation is a Chromium "node does not belong to the document" error)
            org.openqa.selenium.WebElement draftStatus = b.findElement(By.id("article-status"));
            b.findElement(By.id("publish")).click();
            wait.until(Journeys.gone(draftStatus));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-status"), "Published"));

            // a reader (signed out) finds it by search
            b.manage().deleteAllCookies();
            b.get(app.url("/articles"));
            b.findElement(By.id("aq")).sendKeys("ghrelin");
            b.findElement(By.cssSelector("#article-search button")).click();
            wait.until(ExpectedConditions.urlContains("q=ghrelin"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-list a"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-title"), "Sleep and appetite"));
            assertEquals("A dark rectangle, standing in for a photo",
                    b.findElement(By.id("hero-image")).getAttribute("alt"));
            assertTrue(b.findElement(By.id("hero-credit")).getText().contains("OpenPlate editorial team"));
            assertTrue(b.findElement(By.cssSelector(".article-body")).getText().contains("ghrelin"));
            Boolean loaded = (Boolean) ((org.openqa.selenium.JavascriptExecutor) b).executeScript(
                    "var i = document.getElementById('hero-image'); return i.complete && i.naturalWidth === 120;");
            assertTrue(loaded, "the uploaded hero image is served");
        } finally {
            b.quit();
        }
    }
}
