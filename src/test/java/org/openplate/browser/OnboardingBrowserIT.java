package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor's first minutes, at phone and laptop width: the calculator, sign-up with that goal, today's
 * diary with the get-started card, today's weight prefilled from sign-up and logged, then an article
 * whose sidebar shows the day instead of the calculator. The console stays clean throughout.
 */
class OnboardingBrowserIT extends BrowserJourney {

    private static ChromeDriver b;

    @BeforeAll
    static void open() {
        b = Browsers.chrome();
    }

    @AfterAll
    static void quit() {
        b.quit();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(b, Duration.ofSeconds(15));
    }

    /** Keeps a screenshot for people to look at (in the build's temp folder; never part of the result). */
    private static void shot(String name) throws Exception {
        File f = b.getScreenshotAs(OutputType.FILE);
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "openplate-onboarding-shots");
        Files.createDirectories(dir);
        Files.copy(f.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @ParameterizedTest
    @ValueSource(ints = {PageTour.PHONE, PageTour.DESKTOP})
    void calculatorSignUpLandsOnTheDiaryWhoseCardLogsTheWeightAndTheArticleShowsToday(int width) throws Exception {
        b.manage().deleteAllCookies();
        PageTour.viewport(b, width, width == PageTour.PHONE ? PageTour.PHONE_HEIGHT : PageTour.DESKTOP_HEIGHT);
        b.get(app.url("/"));
        Console.problems(b);
        new Select(b.findElement(By.id("goal"))).selectByValue("lose-1");
        b.findElement(By.cssSelector("input[name=sex][value=female]")).click();
        b.findElement(By.id("heightFt")).sendKeys("5");
        b.findElement(By.id("heightIn")).sendKeys("4");
        b.findElement(By.id("weight")).sendKeys("150");
        b.findElement(By.id("age")).sendKeys("35");
        new Select(b.findElement(By.id("activity"))).selectByValue("light");
        b.findElement(By.id("calculate")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("signup-with-goal"))).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("email")))
                .sendKeys("onboard" + width + "x" + System.nanoTime() + "@example.org");
        b.findElement(By.id("password")).sendKeys("violet harbour trumpet 93");
        b.findElement(By.id("confirmPassword")).sendKeys("violet harbour trumpet 93");
        b.findElement(By.id("create-account")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("get-started")));
        assertTrue(b.getCurrentUrl().contains("/diary/"), "lands on today's diary: " + b.getCurrentUrl());
        assertEquals(0, b.findElements(By.id("start-profile")).size(), "the calculator gave every profile field");
        assertEquals("150", b.findElement(By.id("start-weight-value")).getDomProperty("value"),
                "today's weight prefilled from sign-up, in lb");
        String goal = b.findElement(By.id("budget-goal")).getText();
        shot("diary-card-" + width);
        PageTour.systemTheme(b, true);
        shot("diary-card-dark-" + width);
        PageTour.systemTheme(b, false);

        b.findElement(By.id("start-save-weight")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("get-started-progress"), "2 of 4"));
        assertEquals(0, b.findElements(By.id("start-weight")).size(), "the weight step is done");
        assertTrue(b.findElement(By.id("step-weight")).getDomAttribute("class").contains("done"));
        shot("diary-card-weight-done-" + width);

        b.get(app.url("/articles"));
        b.findElement(By.cssSelector("main a[href^='/articles/']:not([href^='/articles/tag'])")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("today-widget")));
        assertEquals(goal, b.findElement(By.id("today-goal")).getText(), "the goal in force, as on the diary");
        assertEquals(goal, b.findElement(By.id("today-left")).getText(), "nothing eaten yet");
        assertEquals(0, b.findElements(By.id("calculator")).size(), "no empty calculator for a user with a goal");
        PageTour.js(b, "document.getElementById('today-widget').scrollIntoView()");
        shot("article-today-" + width);
        PageTour.systemTheme(b, true);
        shot("article-today-dark-" + width);
        PageTour.systemTheme(b, false);
        b.findElement(By.id("today-log-food")).click();
        waiting().until(ExpectedConditions.urlContains("/add"));

        b.get(app.url("/diary"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("start-dismiss"))).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("budget")));
        assertEquals(0, b.findElements(By.id("get-started")).size(), "dismissed");
        assertEquals(java.util.List.of(), Console.problems(b), "no CSP violation or script error");
    }
}
