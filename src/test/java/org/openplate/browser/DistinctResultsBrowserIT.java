package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openplate.testing.HttpSession;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Results you can tell apart (issue 16), as a person sees them at phone and desktop widths, light and
 * dark: no two titles alike, cooked oatmeal first, and a corrected typo said on the page.
 */
class DistinctResultsBrowserIT extends BrowserJourney {

    @ParameterizedTest
    @CsvSource({"375, false", "375, true", "1366, false", "1366, true"})
    void resultsReadApartAtEveryWidth(int width, boolean dark) {
        ChromeDriver b = Browsers.chrome();
        try {
            b.manage().window().setSize(new Dimension(width, 1000));
            PageTour.systemTheme(b, dark);
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
            String shot = width + (dark ? "-dark" : "-light");

            b.get(app.url("/foods?q=" + "2%25+milk"));
            List<String> titles = titles(b);
            assertTrue(titles.size() >= 5, () -> titles + "; " + explain(b));
            assertEquals(titles.size(), new HashSet<>(titles).size(), "every title differs: " + titles);
            for (WebElement link : b.findElements(By.cssSelector("#results .food-results li a.food-link"))) {
                assertTrue(link.isDisplayed() && link.getSize().getWidth() <= width, link.getText());
            }
            assertNoSidewaysScroll(b);
            Shots.save(b, "distinct-results-2pc-milk-" + shot);

            // As you type: the results fragment replaces the list, and cooked oatmeal comes first.
            WebElement q = b.findElement(By.id("q"));
            q.clear();
            q.sendKeys("oatmeal");
            wait.until(ExpectedConditions.textMatches(By.cssSelector("#results .food-results li a.food-link"),
                    java.util.regex.Pattern.compile("^Oatmeal \\(cooked")));
            List<String> oats = titles(b);
            assertEquals(oats.size(), new HashSet<>(oats).size(), oats.toString());
            Shots.save(b, "distinct-results-oatmeal-" + shot);

            q.clear();
            q.sendKeys("chiken brest");
            WebElement corrected = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("corrected-query")));
            assertEquals("Showing results for chicken breast", corrected.getText());
            assertEquals("chicken breast", corrected.findElement(By.tagName("em")).getText());
            wait.until(ExpectedConditions.textMatches(By.cssSelector("#results .food-results li a.food-link"),
                    java.util.regex.Pattern.compile("^Chicken")));
            assertNoSidewaysScroll(b);
            Shots.save(b, "distinct-results-corrected-" + shot);
            assertEquals(List.of(), Console.problems(b), "console clean");
        } finally {
            b.quit();
        }
    }

    /**
     * What the page showed and what the server answers the same address with now, for a failure's message: it
     * tells a page read too early (see {@link Browsers.Opening}) from a server that found too little.
     */
    private static String explain(ChromeDriver b) {
        StringBuilder out = new StringBuilder();
        try {
            out.append("page ").append(b.getCurrentUrl()).append(" (").append(PageTour.js(b, "return document.readyState;"))
                    .append(") titled '").append(b.getTitle()).append("': ");
            String text = String.valueOf(PageTour.js(b, "return document.body ? document.body.innerText : '(no body)';"));
            out.append(text, 0, Math.min(text.length(), 1200));
        } catch (RuntimeException e) {
            out.append("page unreadable: ").append(e);
        }
        try {
            java.net.http.HttpResponse<String> again = new HttpSession(app).get("/foods?q=2%25+milk");
            int n = again.body().split("class=\"food-link\"", -1).length - 1;
            out.append(" | the server answers the same address now with status ").append(again.statusCode())
                    .append(" and ").append(n).append(" results");
        } catch (RuntimeException e) {
            out.append(" | asking the server again failed: ").append(e);
        }
        return out.toString();
    }

    private static List<String> titles(ChromeDriver b) {
        return b.findElements(By.cssSelector("#results .food-results li a.food-link")).stream()
                .map(WebElement::getText).toList();
    }

    private static void assertNoSidewaysScroll(ChromeDriver b) {
        Object wide = PageTour.js(b, "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertEquals(Boolean.FALSE, wide, "the page scrolls sideways");
    }
}
