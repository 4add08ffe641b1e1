package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openplate.account.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The remaining pages' main journeys: account settings, custom foods, and the admin food import. */
class AccountAndCustomFoodBrowserIT extends BrowserJourney {


    private static void signUp(WebDriver b, String email) {
        b.get(app.url("/signup"));
        b.findElement(By.id("email")).sendKeys(email);
        b.findElement(By.id("password")).sendKeys("correct horse");
        b.findElement(By.id("confirmPassword")).sendKeys("correct horse");
        b.findElement(By.id("create-account")).click();
        new WebDriverWait(b, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("get-started")));
    }

    @Test
    void changePasswordThenCreateEditAndDeleteACustomFood() {
        WebDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(15));
            String email = "custom" + System.nanoTime() + "@example.org";
            signUp(b, email);

            b.get(app.url("/account"));
            b.findElement(By.id("currentPassword")).sendKeys("correct horse");
            b.findElement(By.id("newPassword")).sendKeys("battery staple");
            b.findElement(By.id("confirmPassword")).sendKeys("battery staple");
            b.findElement(By.cssSelector("#change-password button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Password changed"));

            b.get(app.url("/foods/new"));
            b.findElement(By.id("name")).sendKeys("Grandma's flapjack");
            b.findElement(By.id("servingName")).sendKeys("1 square");
            b.findElement(By.id("servingGrams")).sendKeys("50");
            b.findElement(By.id("kcal")).sendKeys("230");
            b.findElement(By.id("fatG")).sendKeys("11");
            b.findElement(By.id("carbsG")).sendKeys("30");
            b.findElement(By.id("proteinG")).sendKeys("3");
            b.findElement(By.id("save-food")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("label-calories")));
            assertEquals("Grandma's flapjack", b.findElement(By.id("food-name")).getText());
            assertEquals("230", b.findElement(By.id("label-calories")).getText(), "one serving, as on the label");

            b.get(app.url("/foods?q=flapjack"));
            assertTrue(b.findElement(By.cssSelector("#results .food-link")).getText().contains("Grandma's flapjack"));
            assertTrue(b.findElement(By.cssSelector("#results .tag")).getText().contains("my food"));
            b.findElement(By.cssSelector("#results .food-link")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Edit"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("custom-food")));
            b.findElement(By.id("kcal")).clear();
            b.findElement(By.id("kcal")).sendKeys("-5");
            b.findElement(By.id("save-food")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-error")));
            assertTrue(b.findElement(By.id("form-error")).getText().contains("Calories"), "the form names the field in words");
            b.findElement(By.id("kcal")).clear();
            b.findElement(By.id("kcal")).sendKeys("240");
            b.findElement(By.id("save-food")).click();
            wait.until(ExpectedConditions.textToBe(By.id("label-calories"), "240"));

            b.findElement(By.linkText("Edit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.danger"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("food-search")));
            b.get(app.url("/foods?q=flapjack"));
            assertTrue(b.findElements(By.cssSelector("#results .tag")).isEmpty(), "deleted foods are gone");
        } finally {
            b.quit();
        }
    }

    @Test
    void anAdminImportsAFoodFileAndReadsTheReport() throws Exception {
        WebDriver b = Browsers.chrome();
        try {
            String email = "admin" + System.nanoTime() + "@example.org";
            signUp(b, email);
            app.app().accounts().grantRole(email, Role.ADMIN);
            b.get(app.url("/admin/foods/import"));
            new Select(b.findElement(By.id("format"))).selectByValue("csv");
            Path csv = Path.of(getClass().getResource("/import/csv/foods.csv").toURI());
            b.findElement(By.id("files")).sendKeys(csv.toAbsolutePath().toString());
            b.findElement(By.id("start-import")).click();
            new WebDriverWait(b, Duration.ofSeconds(30)).until(
                    ExpectedConditions.presenceOfElementLocated(By.id("import-summary")));
            assertTrue(b.findElement(By.id("import-summary")).getText().matches("(?s).*inserted [1-9].*"));
            assertTrue(b.findElement(By.id("rejections")).getText().contains("bad-barcode"));
        } finally {
            b.quit();
        }
    }
}
