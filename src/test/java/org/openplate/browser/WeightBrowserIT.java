package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Weigh-ins, the chart and trend, then the projection with the model's curve and the 3,500-kcal line. */
class WeightBrowserIT extends BrowserJourney {


    @Test
    void weighInsChartTrendAndProjection() {
        WebDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(15));
            Journeys.signUp(b, app, "weight");
            // The profile's first weight becomes today's weigh-in; the three days before are typed in.
            Journeys.completeProfile(b, "female", "1986-04-02", 5, 6, 179);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            double[] pounds = {181.0, 180.2, 180.6, 179.0};
            for (int i = 0; i < pounds.length - 1; i++) {
                b.get(app.url("/weight"));
                LocalDate day = today.minusDays(pounds.length - 1 - i);
                ((JavascriptExecutor) b).executeScript("document.getElementById('wdate').value = arguments[0];",
                        day.toString());
                b.findElement(By.id("wweight")).sendKeys(Double.toString(pounds[i]));
                b.findElement(By.id("save-weight")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Weigh-in saved"));
            }
            assertEquals(4, b.findElements(By.cssSelector("svg.chart-wide.chart-weight .dot.series-scale")).size(), "one dot per weigh-in");
            assertTrue(b.findElement(By.cssSelector("svg.chart-wide.chart-weight .line.series-trend")).isDisplayed());
            // trend: 181 → 180.92 → 180.888 → 180.6992 lb
            assertEquals("180.7 lb", b.findElement(By.id("trend-now")).getText());
            assertEquals(4, b.findElements(By.cssSelector("#weigh-ins tbody tr")).size());

            b.findElement(By.id("to-projection")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("projection-chart")));
            assertTrue(b.findElement(By.cssSelector("svg.chart-wide.chart-projection .series-model")).isDisplayed(), "the model's curve");
            assertTrue(b.findElement(By.cssSelector("svg.chart-wide.chart-projection .series-rule")).isDisplayed(), "the 3,500-kcal line");
            assertTrue(b.findElement(By.id("why-differ")).getText().contains("3,500-kcal rule"));
            b.findElement(By.id("target")).clear();
            b.findElement(By.id("target")).sendKeys("170");
            ((JavascriptExecutor) b).executeScript("document.getElementById('by').value = arguments[0];",
                    today.plusDays(180).toString());
            b.findElement(By.cssSelector("#solver button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("solution")));
            assertTrue(b.findElement(By.id("solution")).getText().contains("kcal a day"),
                    b.findElement(By.id("solution")).getText());
        } finally {
            b.quit();
        }
    }
}
