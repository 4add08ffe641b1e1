package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The first journey of a new user in a real browser: calculator on the home page, sign up with
 * the result, then sign in on a second browser and see the same profile.
 */
class CalculatorSignUpBrowserIT extends BrowserJourney {


    @Test
    void calculateSignUpAndSeeTheProfileOnAnotherBrowser() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(new HttpSession(app).get("/api/v1/calorie-goal?sex=female"
                + "&height=5ft4in&weight=150lb&age=35&activity=light&goal=lose-1").body());
        String goal = String.format("%,d", expected.get("dailyGoal").asInt());
        String email = "journey" + System.nanoTime() + "@example.org";

        WebDriver first = Browsers.chrome();
        try {
            first.get(app.url("/"));
            new Select(first.findElement(By.id("goal"))).selectByValue("lose-1");
            first.findElement(By.cssSelector("input[name=sex][value=female]")).click();
            first.findElement(By.id("heightFt")).sendKeys("5");
            first.findElement(By.id("heightIn")).sendKeys("4");
            first.findElement(By.id("weight")).sendKeys("150");
            first.findElement(By.id("age")).sendKeys("35");
            new Select(first.findElement(By.id("activity"))).selectByValue("light");
            first.findElement(By.id("calculate")).click();

            wait(first).until(ExpectedConditions.presenceOfElementLocated(By.id("daily-goal")));
            assertEquals(goal, first.findElement(By.id("daily-goal")).getText());
            assertEquals("-1 lb/week", first.findElement(By.id("weekly-change")).getText());

            first.findElement(By.id("signup-with-goal")).click();
            wait(first).until(ExpectedConditions.presenceOfElementLocated(By.id("signup")));
            first.findElement(By.id("email")).sendKeys(email);
            first.findElement(By.id("password")).sendKeys("correct horse");
            first.findElement(By.id("confirmPassword")).sendKeys("correct horse");
            first.findElement(By.id("create-account")).click();

            wait(first).until(ExpectedConditions.presenceOfElementLocated(By.id("get-started")));
            assertEquals(goal, first.findElement(By.id("budget-goal")).getText(), "lands on today's diary with the goal");
            first.get(app.url("/profile"));
            wait(first).until(ExpectedConditions.presenceOfElementLocated(By.id("profile-goal")));
            assertEquals(goal, first.findElement(By.id("profile-goal")).getText());
            assertEquals("5 ft 4 in", first.findElement(By.id("p-height")).getText());
            assertTrue(first.findElement(By.id("p-zone")).getText().contains("/")
                    || first.findElement(By.id("p-zone")).getText().equals("UTC"), "time zone from the browser");
        } finally {
            first.quit();
        }

        WebDriver second = Browsers.chrome();
        try {
            second.get(app.url("/profile"));
            wait(second).until(ExpectedConditions.presenceOfElementLocated(By.id("signin")));
            second.findElement(By.id("email")).sendKeys(email);
            second.findElement(By.id("password")).sendKeys("correct horse");
            second.findElement(By.id("sign-in")).click();
            wait(second).until(ExpectedConditions.presenceOfElementLocated(By.id("profile-goal")));
            assertEquals(goal, second.findElement(By.id("profile-goal")).getText());
            assertEquals("150.0 lb", second.findElement(By.id("p-weight")).getText());
            assertEquals("35 years", second.findElement(By.id("p-age")).getText());
        } finally {
            second.quit();
        }
    }

    @Test
    void badEntriesReRenderTheWidgetWithTheMessage() {
        WebDriver b = Browsers.chrome();
        try {
            b.get(app.url("/?units=metric"));
            b.findElement(By.cssSelector("input[name=sex][value=male]")).click();
            b.findElement(By.id("heightCm")).sendKeys("400");
            b.findElement(By.id("weight")).sendKeys("80");
            b.findElement(By.id("age")).sendKeys("30");
            b.findElement(By.id("calculate")).click();
            wait(b).until(ExpectedConditions.presenceOfElementLocated(By.id("form-error")));
            assertTrue(b.findElement(By.id("form-error")).getText().contains("between 90 and 250 cm"));
            assertEquals("400", b.findElement(By.id("heightCm")).getAttribute("value"), "entries are kept");
        } finally {
            b.quit();
        }
    }

    private static WebDriverWait wait(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(15));
    }
}
