package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A gallery of every page of {@link PageTour} at 375 and 1366 px, light and dark, as full-page PNGs, for
 * people to look at, and of states a page load alone does not show: the offline banner, the add page's live
 * search, ticked foods and "Added … · Undo", the barcode scan page with and without a camera, and a scanned
 * food. Runs only when {@code -Dopenplate.screenshots=DIR} is given (scripts/screenshots.sh);
 * {@code -Dopenplate.screenshots.only=REGEX} keeps only the pictures whose file name contains a match.
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
            states(b, out, written);
            // the phone menu, open
            for (boolean dark : new boolean[] {false, true}) {
                if (!wanted("user-menu-open")) {
                    continue;
                }
                PageTour.viewport(b, PageTour.PHONE, PageTour.PHONE_HEIGHT);
                PageTour.systemTheme(b, dark);
                b.get(app.url("/diary"));
                b.findElement(By.id("menu-button")).click();
                Path menu = out.resolve("user-menu-open-375-" + (dark ? "dark" : "light") + "-first-screen.png");
                Files.write(menu, png(b));
                written.add(menu);
            }
        } finally {
            b.quit();
        }
        cameraStates(out, written);
        assertTrue(!ONLY.isEmpty() || written.size() >= 4 * (PageTour.PUBLIC.size() + PageTour.signedIn().size()),
                written.toString());
        System.out.println("screenshots: " + written.size() + " in " + out.toAbsolutePath());
    }

    private static final String ONLY = System.getProperty("openplate.screenshots.only", "");

    private static boolean wanted(String name) {
        return ONLY.isEmpty() || java.util.regex.Pattern.compile(ONLY).matcher(name).find();
    }

    /** The signed-in states, each at both widths in both themes, as the first screen and the whole page. */
    private static void states(ChromeDriver b, Path out, List<Path> written) throws IOException {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        // a food with a barcode, for the scan page's "found" state
        if (wanted("user-scan-found")) {
            b.get(app.url("/diary/" + today));
            ((JavascriptExecutor) b).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " fetch('/api/v1/foods', {method: 'POST', headers: {'Content-Type': 'application/json',"
                    + " 'X-CSRF-Token': document.querySelector('input[name=_csrf]').value}, body: JSON.stringify({name:"
                    + " 'Oat and honey bar', brand: 'Gallery Foods', barcode: '5901234123457', servingName: '1 bar',"
                    + " servingGrams: 40, kcal: 180})}).then(r => done(r.status), e => done(String(e)));");
        }
        for (boolean dark : new boolean[] {false, true}) {
            for (int width : new int[] {PageTour.PHONE, PageTour.DESKTOP}) {
                String suffix = "-" + width + (dark ? "-dark" : "-light");
                // offline: the banner on the day page and on the add page
                for (String path : List.of("/diary/" + today, "/diary/" + today + "/add")) {
                    String name = "user-offline-" + name("", path).substring(1) + suffix;
                    if (!wanted(name)) {
                        continue;
                    }
                    open(b, path, width, dark);
                    offline(b, true);
                    try {
                        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offline-banner")));
                        keep(b, name, width, out, written);
                    } finally {
                        offline(b, false);
                    }
                }
                // the add page: live search results, two foods ticked, one amount changed, one added
                String add = "user-add-states" + suffix;
                if (wanted(add)) {
                    open(b, "/diary/" + today + "/add", width, dark);
                    b.findElement(By.id("q")).sendKeys("milk");
                    wait.until(d -> d.findElements(By.cssSelector("#add-results-holder[data-q='milk'] #add-results"
                            + " li.food-choice")).size() >= 3);
                    List<WebElement> foods = b.findElements(By.cssSelector("#add-results li.food-choice"));
                    WebElement amount = foods.get(0).findElement(By.name("amount"));
                    amount.clear();
                    amount.sendKeys("2.5");
                    for (WebElement food : foods.subList(1, 3)) {
                        click(b, food.findElement(By.cssSelector(".pick input")));
                    }
                    click(b, foods.get(0).findElement(By.cssSelector("button[type=submit]")));
                    wait.until(d -> d.findElement(By.id("add-status")).getText().contains("Undo"));
                    PageTour.js(b, "window.scrollTo(0, 0);");
                    keep(b, add, width, out, written);
                }
                // the scan page without a camera (headless Chromium has none), and a scanned food
                for (String path : List.of("/foods/scan", "/foods/scan?code=5901234123457")) {
                    String name = "user-scan-" + (path.contains("code") ? "found" : "no-camera") + suffix;
                    if (wanted(name)) {
                        open(b, path, width, dark);
                        if (!path.contains("code")) {
                            wait.until(d -> d.findElement(By.id("scanner")).getAttribute("class").contains("no-camera")
                                    || d.findElement(By.id("scanner")).getAttribute("hidden") != null);
                        }
                        keep(b, name, width, out, written);
                    }
                }
            }
        }
    }

    /** The scan page with a camera that sees no barcode: the viewfinder and its aiming frame. */
    private static void cameraStates(Path out, List<Path> written) throws IOException {
        if (!wanted("user-scan-camera")) {
            return;
        }
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(640, 480,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setColor(new java.awt.Color(0xb0b0b0));
        g.fillRect(0, 0, 640, 480);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(120, 140, 400, 200);
        g.dispose();
        Path video = BarcodeScanBrowserIT.y4m(picture, Files.createTempFile("gallery-camera", ".y4m"));
        ChromeDriver b = Browsers.chromeWithCamera(video);
        try {
            Journeys.signUp(b, app, "gallery-camera");
            for (boolean dark : new boolean[] {false, true}) {
                for (int width : new int[] {PageTour.PHONE, PageTour.DESKTOP}) {
                    open(b, "/foods/scan", width, dark);
                    new WebDriverWait(b, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(PageTour.js(d,
                            "const v = document.getElementById('scan-video'); return v.readyState >= 2;")));
                    keep(b, "user-scan-camera-" + width + (dark ? "-dark" : "-light"), width, out, written);
                }
            }
        } finally {
            b.quit();
            Files.deleteIfExists(video);
        }
    }

    private static void open(ChromeDriver b, String path, int width, boolean dark) {
        PageTour.viewport(b, width, width == PageTour.PHONE ? PageTour.PHONE_HEIGHT : PageTour.DESKTOP_HEIGHT);
        PageTour.systemTheme(b, dark);
        b.get(app.url(path));
    }

    /** The current state: on phones the first screen, then (at any width) the whole page. */
    private static void keep(ChromeDriver b, String name, int width, Path out, List<Path> written) throws IOException {
        if (width == PageTour.PHONE) {
            Path first = out.resolve(name + "-first-screen.png");
            Files.write(first, png(b));
            written.add(first);
        }
        int height = width == PageTour.PHONE ? PageTour.PHONE_HEIGHT : PageTour.DESKTOP_HEIGHT;
        int full = (int) Math.min(12000, PageTour.number(b, "return document.documentElement.scrollHeight;"));
        PageTour.viewport(b, width, Math.max(height, full));
        Path file = out.resolve(name + ".png");
        Files.write(file, png(b));
        written.add(file);
        PageTour.viewport(b, width, height);
        List<String> problems = Console.problems(b).stream().filter(m -> !m.contains("ERR_INTERNET_DISCONNECTED")).toList();
        if (!problems.isEmpty()) {
            System.out.println("console at " + name + ": " + problems);
        }
    }

    private static void click(ChromeDriver b, WebElement e) {
        PageTour.js(b, "arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    /** Switches the page's network off or on, as the browser going offline would (navigator.onLine follows). */
    private static void offline(ChromeDriver b, boolean off) {
        b.executeCdpCommand("Network.enable", Map.of());
        b.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", off, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static void shoot(ChromeDriver b, String path, String who, Path out, List<Path> written) throws IOException {
        if (!wanted(name(who, path))) {
            return;
        }
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
