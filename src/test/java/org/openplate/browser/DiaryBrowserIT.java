package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The diary's main journey in a real browser: breakfast from search, quick add, copy yesterday's lunch, phone width. */
class DiaryBrowserIT extends BrowserJourney {


    @Test
    void logBreakfastQuickAddCopyLunchAndFitAPhone() {
        org.openqa.selenium.chrome.ChromeDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(15));
            PageTour.viewport(b, PageTour.DESKTOP, PageTour.DESKTOP_HEIGHT);
            Journeys.signUp(b, app, "diary");
            Journeys.completeProfile(b, "female", "1990-05-01", 5, 5, 160);

            b.findElement(By.id("nav-diary")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget-remaining")));
            int goal = Journeys.number(b, "budget-goal");
            assertEquals(goal, Journeys.number(b, "budget-remaining"), "nothing eaten yet");
            assertTrue(b.findElements(By.cssSelector("button.copy-yesterday")).isEmpty(), "yesterday is empty");

            // breakfast from search (the plain form)
            meal(b, "Breakfast").findElement(By.cssSelector("a.add-food")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q"))).sendKeys("bananna");
            b.findElement(By.cssSelector("#add-search button")).click();
            Journeys.addFirstResult(b, "Banana");
            // the add page stays: "Added … · Undo", and the calories left change in place
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("add-status"), "Added"));
            addedInView(b, "1366");
            int left = Journeys.number(b, "remaining-kcal");
            b.findElement(By.id("back-to-day")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget-remaining")));
            int banana = entryKcal(meal(b, "Breakfast"));
            assertEquals(105, banana, "1 medium banana, 118 g × 89 kcal/100 g");
            assertEquals(goal - banana, Journeys.number(b, "budget-remaining"));
            assertEquals(goal - banana, left, "the add page's calories left");

            // quick add a snack
            WebElement snacks = meal(b, "Snacks");
            snacks.findElement(By.cssSelector(".quick-add summary")).click();
            snacks.findElement(By.cssSelector(".quick-add input[name=kcal]")).sendKeys("150");
            snacks.findElement(By.cssSelector(".quick-add input[name=protein]")).sendKeys("5");
            snacks.findElement(By.cssSelector(".quick-add button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Added"));
            assertEquals(150, entryKcal(meal(b, "Snacks")));
            assertEquals(goal - banana - 150, Journeys.number(b, "budget-remaining"));

            // yesterday's lunch, then copy it to today in one click
            b.findElement(By.id("prev-day")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget-remaining")));
            WebElement lunch = meal(b, "Lunch");
            lunch.findElement(By.cssSelector(".quick-add summary")).click();
            lunch.findElement(By.cssSelector(".quick-add input[name=kcal]")).sendKeys("420");
            lunch.findElement(By.cssSelector(".quick-add input[name=name]")).sendKeys("Soup and roll");
            lunch.findElement(By.cssSelector(".quick-add button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Added"));
            b.findElement(By.id("next-day")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget-remaining")));
            assertEquals(1, b.findElements(By.cssSelector("button.copy-yesterday")).size(), "only yesterday's lunch");
            meal(b, "Lunch").findElement(By.cssSelector("button.copy-yesterday")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Copied 1 entry"));
            assertTrue(meal(b, "Lunch").getText().contains("Soup and roll"));
            assertEquals(goal - banana - 150 - 420, Journeys.number(b, "budget-remaining"));

            // a phone-width window: no sideways scrolling, the budget and meals still there
            PageTour.viewport(b, PageTour.PHONE, PageTour.PHONE_HEIGHT);
            b.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget-remaining")));
            long scrollWidth = (Long) ((JavascriptExecutor) b).executeScript(
                    "return document.documentElement.scrollWidth;");
            long clientWidth = (Long) ((JavascriptExecutor) b).executeScript(
                    "return document.documentElement.clientWidth;");
            Object wide = ((JavascriptExecutor) b).executeScript("const w = document.documentElement.clientWidth;"
                    + " return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)"
                    + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ');");
            assertTrue(scrollWidth <= clientWidth, "page is " + scrollWidth + " px wide in a " + clientWidth
                    + " px window; too wide: " + wide);
            assertTrue(b.findElement(By.id("budget-remaining")).isDisplayed());
            assertTrue(meal(b, "Lunch").findElement(By.cssSelector("a.add-food")).isDisplayed());

            // a phone: after "Add" the confirmation and the calories left are what the screen shows
            PageTour.viewport(b, PageTour.PHONE, PageTour.PHONE_HEIGHT);
            b.navigate().refresh();
            meal(b, "Dinner").findElement(By.cssSelector("a.add-food")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q"))).sendKeys("banana");
            b.findElement(By.cssSelector("#add-search button")).click();
            Journeys.addFirstResult(b, "Banana");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("add-status"), "Added"));
            addedInView(b, "375");
            assertEquals(goal - banana - 150 - 420 - 105, Journeys.number(b, "remaining-kcal"));
        } finally {
            b.quit();
        }
    }

    @Test
    void recipeMealsWeekAndHistory() {
        WebDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(15));
            Journeys.signUp(b, app, "recipes");

            // a recipe: two servings of 100 g of banana and 200 g of 2% milk
            b.get(app.url("/recipes"));
            b.findElement(By.id("rname")).sendKeys("Banana smoothie");
            b.findElement(By.id("rservings")).clear();
            b.findElement(By.id("rservings")).sendKeys("2");
            b.findElement(By.cssSelector("#new-recipe button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-ingredients")));
            addIngredient(b, wait, "banana", "100");
            addIngredient(b, wait, "2% milk", "200");
            assertEquals(2, b.findElements(By.cssSelector("#ingredients tbody tr")).size());
            // (89 kcal × 1 + 50 kcal × 2) / 2 servings
            assertEquals("95 kcal", b.findElement(By.id("serving-kcal")).getText());

            // log one serving from the add page
            b.findElement(By.id("nav-diary")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget")));
            meal(b, "Dinner").findElement(By.cssSelector("a.add-food")).click();
            WebElement recipe = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recipe-list li")));
            recipe.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("add-status"), "Added"));
            b.findElement(By.id("back-to-day")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget")));
            assertEquals(95, entryKcal(meal(b, "Dinner")));

            // meals: rename Snacks
            b.get(app.url("/diary/meals"));
            WebElement name = b.findElement(By.xpath("//ol[@id='meal-list']/li[4]//input[@name='name']"));
            name.clear();
            name.sendKeys("Evening snack");
            b.findElement(By.xpath("//ol[@id='meal-list']/li[4]//button[normalize-space()='Rename']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Meals saved"));
            b.findElement(By.id("nav-diary")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget")));
            assertTrue(meal(b, "Evening snack").isDisplayed());

            // week and history
            b.findElement(By.linkText("Week view")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("week-averages")));
            assertTrue(b.findElement(By.id("week-averages")).getText().contains("95 kcal"));
            b.get(app.url("/diary/history"));
            b.findElement(By.id("hq")).sendKeys("smoothie");
            b.findElement(By.cssSelector("#history-search button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
            assertTrue(b.findElement(By.id("history")).getText().contains("Banana smoothie"));
        } finally {
            b.quit();
        }
    }

    private static void addIngredient(WebDriver b, WebDriverWait wait, String query, String grams) {
        WebElement q = b.findElement(By.id("iq"));
        q.clear();
        q.sendKeys(query);
        b.findElement(By.cssSelector("form.search button")).click();
        WebElement first = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#ingredient-results li")));
        WebElement amount = first.findElement(By.cssSelector("input[name=amount]"));
        amount.clear();
        amount.sendKeys(grams);
        new org.openqa.selenium.support.ui.Select(first.findElement(By.cssSelector("select[name=portion]")))
                .selectByValue("g");
        first.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Ingredient added"));
    }

    /** After "Add": "Added … (105 kcal) · Undo" and the calories left both lie within the viewport. */
    private static void addedInView(org.openqa.selenium.chrome.ChromeDriver b, String width) {
        WebElement notice = b.findElement(By.id("add-status"));
        assertTrue(notice.getText().matches("Added .*Banana.* \\(105 kcal\\) · Undo"), notice.getText());
        assertTrue(ExerciseBrowserIT.inViewport(b, "add-status"), "the confirmation is in view at " + width + " px");
        assertTrue(ExerciseBrowserIT.inViewport(b, "remaining-kcal"), "the calories left are in view at " + width
                + " px");
        Shots.save(b, "diary-added-" + width);
    }

    private static WebElement meal(WebDriver b, String name) {
        return b.findElement(By.xpath("//section[contains(@class,'meal')][.//h2[normalize-space()='" + name + "']]"));
    }

    private static int entryKcal(WebElement meal) {
        return Integer.parseInt(meal.findElement(By.cssSelector("tr.entry")).getAttribute("data-kcal"));
    }

}
