package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openplate.nutrition.NutritionLabel;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Search with a typo as you type, open the food, change the portion, and see the label follow. */
class FoodSearchBrowserIT extends BrowserJourney {


    @Test
    void typoSearchOpenFoodChangePortion() {
        WebDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
            b.get(app.url("/foods"));
            b.findElement(By.id("q")).sendKeys("bananna");
            // results arrive as you type, without submitting the form
            WebElement first = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#results .food-results li a.food-link")));
            assertTrue(first.getText().startsWith("Bananas"), first.getText());
            assertTrue(b.findElement(By.cssSelector("#results .food-results li .usda-name")).getText()
                    .contains("Bananas, raw"));
            first.click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("label-calories")));
            assertTrue(b.findElement(By.id("food-name")).getText().startsWith("Bananas"));
            String before = b.findElement(By.id("label-calories")).getText();

            new Select(b.findElement(By.id("portion"))).selectByVisibleText("1 cup, sliced (150 g)");
            String expected = Long.toString(NutritionLabel.calories(89 * 1.5));
            wait.until(ExpectedConditions.textToBe(By.id("label-calories"), expected));
            assertTrue(b.findElement(By.id("label-serving")).getText().contains("1 cup, sliced"));
            assertTrue(!expected.equals(before), "the label changed with the portion");

            b.findElement(By.id("amount")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.ENTER);
            wait.until(ExpectedConditions.textToBe(By.id("label-calories"),
                    Long.toString(NutritionLabel.calories(89 * 3.0))));
            assertEquals("2", b.findElement(By.id("amount")).getAttribute("value"));
        } finally {
            b.quit();
        }
    }
}
