package org.openplate.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for the real-browser journeys. Needs the {@code chromium} and
 * {@code chromium-driver} packages; CI installs them and sets {@code -Dopenplate.browser.required=true}
 * so that a missing browser fails instead of skipping.
 */
final class Browsers {

    static final File CHROMIUM = new File(System.getProperty("openplate.chromium", "/usr/bin/chromium"));
    static final File DRIVER = new File(System.getProperty("openplate.chromedriver", "/usr/bin/chromedriver"));

    private Browsers() {
    }

    static ChromeDriver chrome() {
        return chrome(new String[0]);
    }

    /**
     * A browser whose camera shows {@code y4m} (a YUV4MPEG2 video, looped) and which grants camera access
     * without asking, as a user tapping "Allow" would.
     */
    static ChromeDriver chromeWithCamera(java.nio.file.Path y4m) {
        return chrome(new String[] {"--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
            "--use-file-for-fake-video-capture=" + y4m.toAbsolutePath()});
    }

    private static ChromeDriver chrome(String[] extra) {
        boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!present) {
            if (Boolean.getBoolean("openplate.browser.required")) {
                throw new IllegalStateException("Chromium or chromedriver missing: install the Debian packages"
                        + " chromium and chromium-driver");
            }
            Assumptions.assumeTrue(false, "Chromium not installed; browser journey skipped");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            // lets a test read the console, e.g. to find Content-Security-Policy violations
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000",
                    "--user-data-dir=" + Files.createTempDirectory("openplate-chrome"));
            options.addArguments(extra);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                    .usingAnyFreePort().build();
            ChromeDriver driver = new Opening(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Chromium whose {@code get} (and {@code navigate().to}) returns only once the page it opened can be read.
     * On a loaded machine the driver twice answered while scripts and element look-ups still ran in the page
     * before: a fresh browser's blank page (0 food results found on a page that showed 20) and the page before a
     * navigation (no checkboxes found on the notification settings). So the old page is marked first, and the
     * look-up waits (bounded) for a page without the mark whose loading is complete. An address that keeps
     * the page (a download) only costs the wait; the test's own checks then decide.
     */
    static final class Opening extends ChromeDriver {
        private static final String MARK = "__openplateLeftBehind";

        Opening(ChromeDriverService service, ChromeOptions options) {
            super(service, options);
        }

        @Override
        public void get(String url) {
            try {
                executeScript("window." + MARK + " = true;");
            } catch (org.openqa.selenium.WebDriverException e) {
                // no page to mark (e.g. an error page): nothing to tell apart
            }
            super.get(url);
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(this, Duration.ofSeconds(10))
                        .ignoring(org.openqa.selenium.WebDriverException.class)
                        .until(d -> Boolean.TRUE.equals(executeScript(
                                "return !window." + MARK + " && document.readyState === 'complete';")));
            } catch (org.openqa.selenium.TimeoutException e) {
                // the page stayed (a download, or only its #fragment changed): the test's checks decide
            }
        }
    }
}
