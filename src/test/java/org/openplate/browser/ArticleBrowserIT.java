package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Find the back-care article, read it, use the sidebar widget and land on the calculator result. */
class ArticleBrowserIT extends BrowserJourney {


    @Test
    void readAnArticleAndUseTheWidget() {
        WebDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(15));
            b.get(app.url("/"));
            b.findElement(By.id("nav-articles")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("aq"))).sendKeys("stretching");
            b.findElement(By.cssSelector("#article-search button")).click();
            wait.until(ExpectedConditions.urlContains("q=stretching"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-list a"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-title")));
            assertTrue(b.findElement(By.id("article-title")).getText().contains("back can hurt more after stretching"));
            assertTrue(b.findElement(By.cssSelector(".article-body")).getText().contains("hold for 20 to 30 seconds"));
            assertTrue(b.findElement(By.cssSelector(".author-card")).getText().contains("OpenPlate editorial team"));

            // the sidebar widget submits to the calculator, as on the seed page
            WebDriver d = b;
            d.findElement(By.cssSelector("#calculator input[name=sex][value=female]")).click();
            for (String[] f : new String[][] {{"heightFt", "5"}, {"heightIn", "6"}, {"weight", "165"}, {"age", "41"}}) {
                d.findElement(By.cssSelector("#calculator [name=" + f[0] + "]")).clear();
                d.findElement(By.cssSelector("#calculator [name=" + f[0] + "]")).sendKeys(f[1]);
            }
            d.findElement(By.cssSelector("#calculator button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("goal-article")));
            assertTrue(b.getCurrentUrl().contains("/calculator"), b.getCurrentUrl());
        } finally {
            b.quit();
        }
    }
}
