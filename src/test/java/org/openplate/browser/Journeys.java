package org.openplate.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openplate.testing.TestApp;

/** Steps several browser journeys share: signing up, filling in the profile, reading a figure. */
final class Journeys {

    private Journeys() {
    }

    /**
     * True once {@code element} has left the page, as after a form's navigation. Unlike
     * {@link ExpectedConditions#stalenessOf}, this also counts Chromium's mid-navigation answer ("node does not
     * belong to the document"), which arrives as a plain {@link WebDriverException} instead of a stale reference.
     */
    static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** Signs up a fresh account (unique e-mail with the given prefix) and lands on today's diary with its get-started card. */
    static String signUp(WebDriver b, TestApp app, String prefix) {
        String email = prefix + System.nanoTime() + "@example.org";
        b.get(app.url("/signup"));
        new WebDriverWait(b, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("email")))
                .sendKeys(email);
        b.findElement(By.id("password")).sendKeys("correct horse");
        b.findElement(By.id("confirmPassword")).sendKeys("correct horse");
        b.findElement(By.id("create-account")).click();
        new WebDriverWait(b, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("get-started")));
        return email;
    }

    /** Opens the profile and fills its form in US units so the user gets a calorie goal. */
    static void completeProfile(WebDriver b, String sex, String birthDate, int feet, int inches, int pounds) {
        String here = b.getCurrentUrl();
        b.get(here.substring(0, here.indexOf('/', "http://".length())) + "/profile");
        new WebDriverWait(b, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("profile-form")));
        b.findElement(By.cssSelector("input[name=sex][value=" + sex + "]")).click();
        ((JavascriptExecutor) b).executeScript("document.getElementById('birthDate').value = arguments[0];",
                birthDate);
        b.findElement(By.cssSelector("input[name=units][value=us]")).click();
        type(b, "heightFt", Integer.toString(feet));
        type(b, "heightIn", Integer.toString(inches));
        type(b, "weight", Integer.toString(pounds));
        b.findElement(By.id("save-profile")).click();
        new WebDriverWait(b, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("profile-goal")));
    }

    private static void type(WebDriver b, String id, String text) {
        b.findElement(By.id(id)).clear();
        b.findElement(By.id(id)).sendKeys(text);
    }

    /**
     * Clicks "Add" on the first add-page result once it contains {@code expected}. Live search may swap the
     * list while we look, so finding and clicking are retried together. Returns the added result's text.
     */
    static String addFirstResult(WebDriver b, String expected) {
        WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait.until(d -> {
            java.util.List<org.openqa.selenium.WebElement> items = d.findElements(
                    By.cssSelector("#add-results li.food-choice"));
            if (items.isEmpty() || !items.get(0).getText().contains(expected)) {
                return null;
            }
            String text = items.get(0).getText();
            items.get(0).findElement(By.cssSelector("button[type=submit]")).click();
            return text;
        });
    }

    /** An integer shown in an element, e.g. "1,234" or "−56". */
    static int number(WebDriver b, String id) {
        return Integer.parseInt(b.findElement(By.id(id)).getText().replace(",", "").replace("−", "-"));
    }
}
