package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/** Swagger UI at /api/docs renders every operation under the page's policy, and "Try it out" works signed in. */
class ApiDocsBrowserIT {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(TestDatabases.sqlite());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void swaggerUiRendersTheDocumentAndTriesACallWithTheSession() {
        ChromeDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
            Journeys.signUp(b, app, "apidocs");
            b.get(app.url("/api/docs"));
            wait.until(d -> d.findElements(By.cssSelector(".opblock")).size() > 60);
            assertTrue(b.findElement(By.cssSelector(".info .title")).getText().contains("OpenPlate API"));

            // "Try it out" on POST /api/v1/diary/meals: the page adds the session's CSRF token
            WebElement op = b.findElement(By.id("operations-Diary-addMeal"));
            op.findElement(By.cssSelector(".opblock-summary")).click();
            wait.until(ExpectedConditions.elementToBeClickable(op.findElement(By.cssSelector(".try-out__btn")))).click();
            WebElement body = wait.until(d -> op.findElement(By.cssSelector("textarea.body-param__text")));
            ((JavascriptExecutor) b).executeScript("arguments[0].value = '';", body);
            body.sendKeys("{\"name\": \"Second breakfast\"}");
            op.findElement(By.cssSelector("button.execute")).click();
            WebElement status = wait.until(d -> op.findElement(By.cssSelector(".live-responses-table tbody .response-col_status")));
            assertEquals("201", status.getText().strip());
            assertTrue(op.findElement(By.cssSelector(".live-responses-table")).getText().contains("Second breakfast"));

            List<String> violations = b.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
            assertEquals(List.of(), violations);
        } finally {
            b.quit();
        }
    }
}
