package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The custom-food form as a Nutrition Facts label, and every wrong field shown at once beside its
 * field, at phone (375 px) and laptop (1366 px) widths, light and dark: nothing reaches past the
 * screen, each message sits between its label and its input, the summary lists them all.
 */
class FormErrorsBrowserIT extends BrowserJourney {

    private static final Path SHOTS = Path.of(System.getProperty("java.io.tmpdir"), "words-shots");
    private static final List<String> WRONG = List.of("servingGrams", "kcal", "fatG", "sodiumMg");

    @Test
    void theLabelFormShowsEveryErrorBesideItsFieldAtBothWidths() {
        ChromeDriver b = Browsers.chrome();
        try {
            WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
            Journeys.signUp(b, app, "facts");
            for (int width : new int[] {PageTour.PHONE, PageTour.DESKTOP}) {
                PageTour.viewport(b, width, width == PageTour.PHONE ? PageTour.PHONE_HEIGHT : PageTour.DESKTOP_HEIGHT);
                PageTour.systemTheme(b, false);
                b.get(app.url("/foods/new"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("custom-food")));
                assertEquals(List.of(), PageTour.overflowing(b), "nothing past the right edge at " + width);
                assertEquals("Nutrition Facts", b.findElement(By.id("nf-title")).getText());
                String textLeft = "const r = document.createRange(); r.selectNodeContents(document.querySelector("
                        + "'label[for=' + arguments[0] + ']')); return r.getBoundingClientRect().left;";
                assertTrue(((Number) PageTour.js(b, textLeft, "saturatedFatG")).doubleValue()
                        > ((Number) PageTour.js(b, textLeft, "fatG")).doubleValue() + 10,
                        "Saturated Fat is indented under Total Fat");
                shot(b, "custom-food", width, "light");

                b.findElement(By.id("name")).sendKeys("Trail bar");
                b.findElement(By.id("servingGrams")).sendKeys("0");
                b.findElement(By.id("fatG")).sendKeys("lots");
                b.findElement(By.id("sodiumMg")).sendKeys("-3");
                WebElement save = b.findElement(By.id("save-food"));
                PageTour.js(b, "arguments[0].scrollIntoView({block: 'center'});", save);
                save.click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-error")));
                assertEquals(WRONG.size(), b.findElements(By.cssSelector("#form-error li a")).size(), "all in the summary");
                for (String field : WRONG) {
                    WebElement input = b.findElement(By.id(field));
                    WebElement message = b.findElement(By.id(field + "-error"));
                    assertTrue(message.isDisplayed(), field);
                    assertEquals("true", input.getAttribute("aria-invalid"), field);
                    assertEquals(field + "-error", input.getAttribute("aria-describedby"), field);
                    WebElement label = b.findElement(By.cssSelector("label[for=" + field + "]"));
                    assertTrue(message.getRect().getY() > label.getRect().getY()
                            && message.getRect().getY() - input.getRect().getY() < 120
                            && Math.abs(message.getRect().getY() - input.getRect().getY()) < 120,
                            field + ": the message is next to its field");
                    assertTrue(Character.isUpperCase(message.getText().charAt(0)), message.getText());
                }
                assertTrue(b.findElement(By.id("fatG-error")).getText().startsWith("Total Fat must be"));
                assertEquals(List.of(), PageTour.overflowing(b), "nothing past the right edge with errors at " + width);
                shot(b, "custom-food-errors", width, "light");
                PageTour.js(b, "document.getElementById('kcal').scrollIntoView({block: 'start'});");
                screen(b, "custom-food-label-errors", width, "light");
                PageTour.systemTheme(b, true);
                PageTour.js(b, "window.scrollTo(0, 0);");
                shot(b, "custom-food-errors", width, "dark");
                PageTour.js(b, "document.getElementById('kcal').scrollIntoView({block: 'start'});");
                screen(b, "custom-food-label-errors", width, "dark");
                for (String help : List.of("/help", "/help/importing")) {
                    b.get(app.url(help));
                    assertEquals(List.of(), PageTour.overflowing(b), help + " fits at " + width);
                    screen(b, "help" + help.substring(5).replace('/', '-'), width, "dark");
                }
            }
        } finally {
            b.quit();
        }
    }

    private static void screen(ChromeDriver b, String name, int width, String theme) {
        try {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name + "-" + width + "-" + theme + ".png"), b.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void shot(ChromeDriver b, String name, int width, String theme) {
        try {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name + "-" + width + "-" + theme + ".png"),
                    b.findElement(By.id("main")).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
