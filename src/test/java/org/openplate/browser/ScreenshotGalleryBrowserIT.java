package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A gallery of every page of {@link PageTour} at 375 and 1366 px, light and dark, as full-page PNGs, for
 * people to look at. Runs only when {@code -Dopenplate.screenshots=DIR} is given (scripts/screenshots.sh).
 */
class ScreenshotGalleryBrowserIT extends BrowserJourney {

    @Test
    void everyPageAtBothWidthsInBothThemes() throws IOException {
        String dir = System.getProperty("openplate.screenshots", "");
        Assumptions.assumeTrue(!dir.isBlank(), "no -Dopenplate.screenshots=DIR: gallery not made");
        Path out = Path.of(dir);
        Files.createDirectories(out);
        ChromeDriver b = Browsers.chrome();
        List<Path> written = new ArrayList<>();
        try {
            for (String path : PageTour.PUBLIC) {
                shoot(b, path, "public", out, written);
            }
            PageTour.seed(b, app);
            for (String path : PageTour.signedIn()) {
                shoot(b, path, "user", out, written);
            }
            // the phone menu, open
            for (boolean dark : new boolean[] {false, true}) {
                PageTour.viewport(b, PageTour.PHONE, PageTour.PHONE_HEIGHT);
                PageTour.systemTheme(b, dark);
                b.get(app.url("/diary"));
                b.findElement(org.openqa.selenium.By.id("menu-button")).click();
                Path menu = out.resolve("user-menu-open-375-" + (dark ? "dark" : "light") + "-first-screen.png");
                Files.write(menu, png(b));
                written.add(menu);
            }
        } finally {
            b.quit();
        }
        assertTrue(written.size() >= 4 * (PageTour.PUBLIC.size() + PageTour.signedIn().size()), written.toString());
        System.out.println("screenshots: " + written.size() + " in " + out.toAbsolutePath());
    }

    private static void shoot(ChromeDriver b, String path, String who, Path out, List<Path> written) throws IOException {
        for (boolean dark : new boolean[] {false, true}) {
            for (int width : new int[] {PageTour.PHONE, PageTour.DESKTOP}) {
                int height = width == PageTour.PHONE ? PageTour.PHONE_HEIGHT : PageTour.DESKTOP_HEIGHT;
                PageTour.viewport(b, width, height);
                PageTour.systemTheme(b, dark);
                b.get(app.url(path));
                String base = name(who, path) + "-" + width + (dark ? "-dark" : "-light");
                if (width == PageTour.PHONE) {
                    // what a phone shows before any scrolling
                    Path first = out.resolve(base + "-first-screen.png");
                    Files.write(first, png(b));
                    written.add(first);
                }
                // the whole page: grow the viewport to the document's height, then take an ordinary screenshot
                int full = (int) Math.min(12000, PageTour.number(b, "return document.documentElement.scrollHeight;"));
                PageTour.viewport(b, width, Math.max(height, full));
                byte[] png = png(b);
                Path file = out.resolve(base + ".png");
                Files.write(file, png);
                written.add(file);
            }
        }
    }

    /** A screenshot; Chromium now and then answers "aborted by navigation" right after a metrics change: retry. */
    private static byte[] png(ChromeDriver b) {
        for (int attempt = 1; ; attempt++) {
            try {
                return b.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static String name(String who, String path) {
        String p = path.replaceAll("\\d{4}-\\d{2}-\\d{2}", "today").replaceAll("\\?.*", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return who + "-" + (p.isEmpty() ? "home" : p) + (path.contains("?") ? "-query" : "");
    }
}
