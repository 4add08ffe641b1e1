package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openplate.testing.BarcodePictures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Scanning a barcode with the camera, end to end in Chromium. The camera is a fake one playing a short
 * YUV4MPEG2 video of a barcode drawn by ZXing here; headless Chromium on Linux has no BarcodeDetector, so the
 * page posts frames to the server's decoder. An unknown code opens the custom-food form with the barcode
 * filled in; once saved, the scan goes to the food's portions, a fresh camera scan finds it too, and Add
 * logs it on the diary.
 */
class BarcodeScanBrowserIT extends BrowserJourney {

    /** Generous: under a loaded CI machine the camera, the frames and the page loads are all slow. */
    private static final Duration SCAN = Duration.ofSeconds(90);

    @ParameterizedTest(name = "{1} {0} at {3} px")
    @CsvSource({
        "5901234123457, EAN_13, 5901234123457, 1366",
        "04252614, UPC_E, 0042100005264, 375",
    })
    void anUnknownCodeBecomesACustomFoodAndTheNextScanFindsIt(String code, BarcodeFormat format, String stored,
                                                               int width) throws Exception {
        Path video = y4m(BarcodePictures.draw(code, format, 640, 480), Files.createTempFile("barcode", ".y4m"));
        WebDriver b = Browsers.chromeWithCamera(video);
        try {
            b.manage().window().setSize(new Dimension(width, 900));
            WebDriverWait wait = new WebDriverWait(b, SCAN);
            Journeys.signUp(b, app, "scan" + width);
            b.get(app.url("/diary/add"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("scan-link"))).click();

            // the camera opens and the page reads the code: unknown, so the custom-food form, prefilled
            wait.until(ExpectedConditions.urlContains("/foods/new?barcode="));
            assertEquals(stored, b.findElement(By.id("barcode")).getAttribute("value"));
            assertTrue(b.findElement(By.id("notice")).getText().contains("No food has the barcode"));
            shot(b, "scan-unknown-" + width);
            b.findElement(By.id("name")).sendKeys("Scanned snack " + width);
            b.findElement(By.id("servingName")).sendKeys("1 packet");
            b.findElement(By.id("servingGrams")).sendKeys("30");
            b.findElement(By.id("kcal")).sendKeys("150");
            press(b, "save-food");

            // saved: straight to the portion choice of the new food
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scan-food")));
            assertEquals("Scanned snack " + width, b.findElement(By.id("scan-food")).getText());

            // a fresh scan with the camera finds it now
            press(b, "scan-again");
            cameraShot(b, "scan-camera-" + width);
            wait.until(d -> !d.getCurrentUrl().contains("notice=") && !d.findElements(By.id("scan-food")).isEmpty());
            assertEquals("Scanned snack " + width, b.findElement(By.id("scan-food")).getText());
            assertTrue(b.getCurrentUrl().contains("code=" + stored), b.getCurrentUrl());
            Select portion = new Select(b.findElement(By.id("scan-portion")));
            assertTrue(portion.getFirstSelectedOption().getText().startsWith("1 packet (30 g, 150 kcal)"),
                    portion.getFirstSelectedOption().getText());
            shot(b, "scan-found-" + width);
            b.findElement(By.id("scan-amount")).clear();
            b.findElement(By.id("scan-amount")).sendKeys("2");
            press(b, "scan-add-button");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Scanned snack " + width));
            assertTrue(b.findElement(By.id("notice")).getText().contains("300 kcal"), b.findElement(By.id("notice")).getText());
            assertTrue(b.getCurrentUrl().contains("/diary/"), b.getCurrentUrl());

            List<String> problems = Console.problems(b);
            assertTrue(problems.isEmpty(), "console: " + problems);
        } finally {
            b.quit();
            Files.deleteIfExists(video);
        }
    }

    /**
     * Writes {@code frame} as a YUV4MPEG2 video of 10 identical frames at 10 fps (4:2:0, full-range luma,
     * neutral chroma: a grey picture, as a camera sees black print on white).
     */
    static Path y4m(BufferedImage frame, Path file) {
        int w = frame.getWidth() & ~1;
        int h = frame.getHeight() & ~1;
        byte[] y = new byte[w * h];
        for (int row = 0; row < h; row++) {
            for (int col = 0; col < w; col++) {
                int rgb = frame.getRGB(col, row);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int bl = rgb & 0xff;
                y[row * w + col] = (byte) Math.min(255, Math.round(0.299 * r + 0.587 * g + 0.114 * bl));
            }
        }
        byte[] chroma = new byte[(w / 2) * (h / 2)];
        java.util.Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(("YUV4MPEG2 W" + w + " H" + h + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 10; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(y);
                out.write(chroma);
                out.write(chroma);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Clicks a button or link in the middle of the screen, clear of the phone layout's bottom tab bar. */
    private static void press(WebDriver b, String id) {
        org.openqa.selenium.WebElement e = b.findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    /** A picture of the camera view once it shows frames, unless the page has already read the code and moved on. */
    private static void cameraShot(WebDriver b, String name) {
        try {
            new WebDriverWait(b, Duration.ofSeconds(10), Duration.ofMillis(20)).until(d -> Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript("var v = document.getElementById('scan-video');"
                            + " return !v || v.readyState >= 2;")));
            shot(b, name);
        } catch (RuntimeException movedOn) {
            // the scan was faster than the picture
        }
    }

    private static void shot(WebDriver b, String name) {
        try {
            Path dir = Path.of("target", "scan-screens");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) b).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
