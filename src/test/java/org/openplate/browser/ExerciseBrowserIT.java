package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Stretching at 1366 px with a check-in (pain 3 → 6), then at 375 px without one (the check-in is optional,
 * prefilled): the calories shown before Log follow the minutes typed, each Log returns to the day's list with
 * its notice in view, the pain rise notifies, the diary's budget rises; chart and timer.
 */
class ExerciseBrowserIT extends BrowserJourney {

    @Test
    void stretchingWithRisingPainShowsGuidanceAndRaisesTheBudget() {
        ChromeDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(15));
            Journeys.signUp(b, app, "stretch");
            Journeys.completeProfile(b, "male", "1980-03-10", 5, 10, 176);

            b.findElement(By.id("nav-diary")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget-remaining")));
            int before = Journeys.number(b, "budget-remaining");

            for (int width : new int[] {PageTour.DESKTOP, PageTour.PHONE}) {
                boolean phone = width == PageTour.PHONE;
                PageTour.viewport(b, width, phone ? PageTour.PHONE_HEIGHT : PageTour.DESKTOP_HEIGHT);
                b.get(app.url("/exercise"));
                WebElement search = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("aq")));
                search.sendKeys("stretchng");
                b.findElement(By.cssSelector("#activity-search button")).click();
                wait.until(Journeys.gone(search));   // the recent list also offers stretching
                WebElement stretching = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                        "//li[contains(@class,'activity')][contains(.,'02101')]")));
                // before Log: 2.3 MET × 3.5 × 79.8 kg ÷ 200 × 30 min = 96 kcal, then live for 20 min
                WebElement estimate = stretching.findElement(By.cssSelector(".estimate"));
                assertEquals("≈ 96 kcal for 30 min", estimate.getText());
                WebElement minutes = stretching.findElement(By.name("minutes"));
                minutes.clear();
                minutes.sendKeys("20");
                wait.until(ExpectedConditions.textToBePresentInElement(estimate, "≈ 64 kcal for 20 min"));
                Shots.save(b, "exercise-estimate-" + width);

                stretching.findElement(By.cssSelector("details.checkin summary")).click();
                WebElement saveCheckIn = stretching.findElement(By.cssSelector("input.checkin-on"));
                if (!phone) {
                    assertEquals("", stretching.findElement(By.name("painBefore")).getAttribute("value"));
                    stretching.findElement(By.name("painBefore")).sendKeys("3");
                    stretching.findElement(By.name("painAfter")).sendKeys("6");
                    stretching.findElement(By.cssSelector("input[name=areas][value=lower-back]")).click();
                    assertTrue(saveCheckIn.isSelected(), "filling the check-in ticks 'Save a check-in'");
                } else {
                    assertEquals("3", stretching.findElement(By.name("painBefore")).getAttribute("value"),
                            "prefilled from the last check-in");
                    assertTrue(stretching.findElement(By.cssSelector("input[name=areas][value=lower-back]")).isSelected());
                    assertFalse(saveCheckIn.isSelected(), "left unticked: logged without a check-in");
                }
                WebElement log = stretching.findElement(By.cssSelector("button.small[type=submit]"));
                PageTour.js(b, "arguments[0].scrollIntoView({block: 'center'});", log);   // above the phone tab bar
                log.click();

                WebElement notice = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
                assertEquals("Logged Stretching, mild, 20 min · 64 kcal", notice.getText());
                assertTrue(inViewport(b, "notice"), "the notice is in view after Log at " + width + " px");
                assertEquals(phone ? 2 : 1, b.findElements(By.cssSelector("#exercise-entries tbody tr")).size());
                Shots.save(b, "exercise-logged-" + width);
                if (!phone) {
                    WebElement advice = b.findElement(By.id("logged-advice"));
                    assertFalse(advice.findElements(By.cssSelector("[data-code=pain-rose]")).isEmpty());
                    b.findElement(By.id("logged-advice-link")).click();
                    WebElement guidance = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("guidance")));
                    assertTrue(guidance.findElement(By.cssSelector("[data-code=pain-rose]")).getText().contains("3 to 6"));
                    assertTrue(b.findElement(By.id("not-medical")).getText().contains("not medical advice"));
                    assertEquals("64", b.findElement(By.id("entry-kcal")).getText());
                    assertTrue(b.findElement(By.id("formula")).getText().contains("2.3 MET"));
                } else {
                    assertTrue(b.findElements(By.id("logged-advice")).isEmpty(), "no check-in, no advice");
                }
            }

            // the rise of 3 points notified, with the article linked beside the session
            b.get(app.url("/notifications"));
            WebElement note = b.findElement(By.cssSelector("li[data-kind=back-care]"));
            assertTrue(note.getText().contains("mild tension"), note.getText());
            assertEquals(app.url("/articles/back-pain-after-stretching"),
                    note.findElement(By.cssSelector("a.article-link")).getAttribute("href"));
            Shots.save(b, "notification-back-care-375");

            b.get(app.url("/diary"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget-remaining")));
            int both = (int) Math.round(2 * 2.3 * 3.5 * 176 * 0.45359237 / 200 * 20);   // two sessions, 128.5 kcal
            assertEquals(both, Journeys.number(b, "budget-exercise"));
            assertEquals(before + both, Journeys.number(b, "budget-remaining"), "exercise raises what remains");
            WebElement why = b.findElement(By.id("targets-exercise"));
            assertEquals("Targets include " + both + " kcal earned from exercise, split by your macro ratio.",
                    why.getText());
            PageTour.js(b, "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", why);
            Shots.save(b, "diary-targets-why-375");

            b.get(app.url("/exercise/back-care"));
            assertEquals(2, b.findElements(By.cssSelector("svg.chart-wide.chart-pain .dot")).size(),
                    "one session with a check-in, before and after");
            b.get(app.url("/exercise/stretch-timer"));
            b.findElement(By.id("hold")).clear();
            b.findElement(By.id("hold")).sendKeys("20");
            b.findElement(By.id("timer-start")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timer-phase"), "hold at mild tension"));
            assertTrue(b.findElement(By.id("timer")).getAttribute("class").contains("hold"));
            assertEquals(List.of(), Console.problems(b));
        } finally {
            b.quit();
        }
    }

    /** The element's box lies within the viewport (top at or below 0, bottom at or above the window's height). */
    static boolean inViewport(ChromeDriver b, String id) {
        return (Boolean) PageTour.js(b, "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", id);
    }
}
