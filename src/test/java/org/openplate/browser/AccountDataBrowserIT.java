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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openplate.account.UserId;
import org.openplate.testing.HttpSession;

/** Settings journeys: create and revoke an API token; restore an export on the Your data page. */
class AccountDataBrowserIT extends BrowserJourney {


    @Test
    void tokenIsShownOnceAndRevoked() {
        WebDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(15));
            Journeys.signUp(b, app, "tokens");
            b.get(app.url("/account"));
            b.findElement(By.id("tokens-link")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tname"))).sendKeys("phone shortcut");
            b.findElement(By.cssSelector("#create-token input[value=write]")).click();
            b.findElement(By.cssSelector("#create-token button[type=submit]")).click();
            String secret = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("token-secret"))).getText();
            assertTrue(secret.startsWith("opt_"), secret);
            assertTrue(b.findElement(By.id("token-list")).getText().contains("phone shortcut"));
            b.get(app.url("/account/tokens"));
            assertTrue(b.findElements(By.id("token-secret")).isEmpty(), "shown once");
            b.findElement(By.cssSelector("#token-list button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("token-list"), "revoked"));
        } finally {
            b.quit();
        }
    }

    @Test
    void importFromMyFitnessPal() throws Exception {
        Path dir = Files.createTempDirectory("mfp");
        Path nutrition = dir.resolve("Nutrition-Summary-2026-10-01-to-2026-10-02.csv");
        Files.write(nutrition, org.openplate.transfer.TrackerImportServiceTest.MFP_NUTRITION.bytes());
        Path weights = dir.resolve("Measurement-Summary-2026-10-01-to-2026-10-02.csv");
        Files.write(weights, org.openplate.transfer.TrackerImportServiceTest.MFP_WEIGHT.bytes());
        WebDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(15));
            Journeys.signUp(b, app, "import");
            b.get(app.url("/account/data"));
            b.findElement(By.id("tracker-import-link")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("files")))
                    .sendKeys(nutrition + "\n" + weights);
            new org.openqa.selenium.support.ui.Select(b.findElement(By.id("source"))).selectByValue("myfitnesspal");
            b.findElement(By.cssSelector("#import-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-preview")));
            assertEquals("3", b.findElement(By.id("count-foods")).getText());
            assertEquals("2", b.findElement(By.id("count-weights")).getText());
            b.findElement(By.cssSelector("#confirm-import button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
            assertTrue(b.findElement(By.id("import-result")).getText().contains("5 records added")
                    || b.findElement(By.id("import-result")).getText().contains("records added"));
            b.get(app.url("/diary/2026-10-01"));
            assertTrue(b.getPageSource().contains("MyFitnessPal breakfast 2026-10-01"), "the imported meal total shows");
        } finally {
            b.quit();
        }
    }

    @Test
    void restoreAnExportFromTheDataPage() throws Exception {
        HttpSession source = new HttpSession(app);
        UserId ann = org.openplate.transfer.TransferRoundTripTest.fill(app, source, "ann" + System.nanoTime() + "@example.org");
        Path zip = Files.createTempFile("export", ".zip");
        try (var out = Files.newOutputStream(zip)) {
            app.app().transfer().export(ann, out);
        }
        WebDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(15));
            Journeys.signUp(b, app, "restore");
            b.get(app.url("/account"));
            b.findElement(By.id("data-link")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("csv-list")));
            assertEquals(4, b.findElements(By.cssSelector("#csv-list a")).size());
            b.findElement(By.id("restore-file")).sendKeys(zip.toString());
            b.findElement(By.cssSelector("#restore-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("restore-result")));
            assertTrue(b.findElement(By.id("restore-result")).getText().contains("diary entries: 7 added"));
            b.get(app.url("/diary/2026-11-01"));
            assertTrue(b.getPageSource().contains("Vending snack"), "the restored diary shows");
        } finally {
            b.quit();
        }
    }
}
