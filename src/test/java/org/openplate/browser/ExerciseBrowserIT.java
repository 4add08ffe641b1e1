package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Stretching with a check-in (pain 3 → 6), the guidance, the diary's remaining calories; chart and timer. */
class ExerciseBrowserIT extends BrowserJourney {


    @Test
    void stretchingWithRisingPainShowsGuidanceAndRaisesTheBudget() {
        WebDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(15));
            Journeys.signUp(b, app, "stretch");
            Journeys.completeProfile(b, "male", "1980-03-10", 5, 10, 176);

            b.findElement(By.id("nav-diary")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget-remaining")));
            int before = Journeys.number(b, "budget-remaining");

            b.findElement(By.id("nav-exercise")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("aq"))).sendKeys("stretchng");
            b.findElement(By.cssSelector("#activity-search button")).click();
            WebElement stretching = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//li[contains(@class,'activity')][.//span[contains(.,'02101')]]")));
            WebElement minutes = stretching.findElement(By.name("minutes"));
            minutes.clear();
            minutes.sendKeys("20");
            stretching.findElement(By.name("painBefore")).sendKeys("3");
            stretching.findElement(By.name("painAfter")).sendKeys("6");
            stretching.findElement(By.cssSelector("input[name=areas][value=lower-back]")).click();
            stretching.findElement(By.cssSelector("button[type=submit]")).click();

            WebElement guidance = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("guidance")));
            assertTrue(guidance.findElement(By.cssSelector("[data-code=pain-rose]")).getText().contains("3 to 6"));
            assertTrue(b.findElement(By.id("not-medical")).getText().contains("not medical advice"));
            // 2.3 MET × 3.5 × 79.8 kg ÷ 200 × 20 min = 64.3 kcal
            assertEquals("64", b.findElement(By.id("entry-kcal")).getText());
            assertTrue(b.findElement(By.id("formula")).getText().contains("2.3 MET"));

            b.findElement(By.id("to-diary")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget-remaining")));
            assertEquals(64, Journeys.number(b, "budget-exercise"));
            assertEquals(before + 64, Journeys.number(b, "budget-remaining"), "exercise raises what remains");

            b.get(app.url("/exercise/back-care"));
            assertEquals(2, b.findElements(By.cssSelector("svg.chart-wide.chart-pain .dot")).size(), "one session, before and after");
            b.get(app.url("/exercise/stretch-timer"));
            b.findElement(By.id("hold")).clear();
            b.findElement(By.id("hold")).sendKeys("20");
            b.findElement(By.id("timer-start")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timer-phase"), "hold at mild tension"));
            assertTrue(b.findElement(By.id("timer")).getAttribute("class").contains("hold"));
        } finally {
            b.quit();
        }
    }

}
