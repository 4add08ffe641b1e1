package org.openplate.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openplate.account.AuthGuard;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Installable and usable offline, in Chromium at 375 and 1366 px: once the service worker controls the
 * page, the network is switched off through the DevTools protocol (for the page and for the worker).
 * Today's diary and the add page's recent foods still open; an entry added offline waits in the browser
 * and shows as pending; with the network back it is sent, and the server holds it exactly once.
 */
class OfflineBrowserIT extends BrowserJourney {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEntryAddedOfflineIsSentOnceWhenTheConnectionReturns() throws Exception {
        for (int width : new int[] {PageTour.PHONE, PageTour.DESKTOP}) {
            ChromeDriver b = Browsers.chrome();
            WORKER_SESSIONS.clear();
            try {
                journey(b, width);
            } finally {
                b.quit();
            }
        }
    }

    private void journey(ChromeDriver b, int width) throws Exception {
        PageTour.viewport(b, width, width == PageTour.PHONE ? PageTour.PHONE_HEIGHT : PageTour.DESKTOP_HEIGHT);
        Journeys.signUp(b, app, "offline" + width);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String day = "/diary/" + today;
        WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));

        // online: a food logged (so there is a recent food), the worker installed and in control
        b.get(app.url(day));
        Map<?, ?> logged = async(b, "fetch('/api/v1/foods?q=banana&limit=1').then(r => r.json()).then(f =>"
                + " fetch('/api/v1/diary/entries', {method: 'POST', headers: {'Content-Type': 'application/json',"
                + " 'X-CSRF-Token': document.querySelector('input[name=_csrf]').value}, body: JSON.stringify({date: '"
                + today + "', foodId: f.items[0].id, amount: 1})})).then(r => r.json()).then(done)");
        String banana = String.valueOf(logged.get("name"));
        wait.until(d -> Boolean.TRUE.equals(PageTour.js(d, "return !!(navigator.serviceWorker"
                + " && navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated');")));
        // what Chromium checks before it offers "Install app": a valid manifest, icons, a controlling worker
        Map<String, Object> manifest = b.executeCdpCommand("Page.getAppManifest", Map.of());
        assertEquals(List.of(), manifest.get("errors"), "manifest errors");
        Object installability = b.executeCdpCommand("Page.getInstallabilityErrors", Map.of())
                .get("installabilityErrors");
        assertEquals(List.of(), installability, "Chromium's installability errors");
        b.get(app.url(day + "/add"));                     // kept: the recent foods
        b.get(app.url(day));                              // kept: today's diary, with the banana
        wait.until(d -> Boolean.TRUE.equals(async(d, "caches.open('openplate-pages').then(c => Promise.all(["
                + "c.match('" + day + "'), c.match('" + day + "/add')])).then(r => done({ok: !!(r[0] && r[1])}))")
                .get("ok")));
        assertEquals(1, entriesOnServer(b, today));
        Console.problems(b);                              // only what happens offline is judged below

        network(b, false);
        openOffline(b, day);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offline-banner")));
        assertTrue(b.findElement(By.id("day-title")).getText().length() > 0, "today's diary opens offline");
        assertTrue(b.findElement(By.id("main")).getText().contains(banana), "with what was logged");
        assertEquals(Boolean.FALSE, PageTour.js(b, "return navigator.onLine;"));
        bannerReadableInBothThemes(b);

        openOffline(b, day + "/add");
        WebElement recent = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recent-title")));
        assertTrue(recent.isDisplayed());
        assertTrue(b.findElement(By.id("main")).getText().contains(banana), "the recent foods open offline");
        Shots.save(b, "offline-add-" + width);

        // a page never opened online says so instead of failing
        openOffline(b, "/diary/2001-01-01");
        assertTrue(b.findElement(By.tagName("h1")).getText().contains("offline"), b.getPageSource());
        List<String> expected = Console.problems(b);      // that page answers 503, which the console reports
        assertTrue(expected.stream().allMatch(m -> m.contains("2001-01-01") && m.contains("503")), expected.toString());

        // add offline: queued, shown as pending, nothing sent
        openOffline(b, day);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offline-banner")));
        WebElement quick = b.findElement(By.cssSelector("section.meal details.quick-add"));
        PageTour.js(b, "arguments[0].open = true;", quick);
        quick.findElement(By.name("kcal")).sendKeys("321");
        quick.findElement(By.name("name")).sendKeys("Offline snack");
        quick.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement pending = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pending-entry")));
        assertTrue(pending.getText().contains("Offline snack") && pending.getText().contains("pending"), pending.getText());
        Shots.save(b, "offline-pending-" + width);
        b.navigate().refresh();                           // still waiting after a reload, from IndexedDB
        pageConditions(b, OFFLINE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pending-entry")));
        assertEquals(1, entriesOnServer(b, today), "nothing reached the server while offline");
        List<String> offlineProblems = Console.problems(b).stream()
                .filter(m -> !m.contains("ERR_INTERNET_DISCONNECTED")).toList();

        // back online: sent once, the page shows the server's diary
        network(b, true);
        try {
            wait.until(d -> d.findElements(By.cssSelector(".pending-entry")).isEmpty()
                    && d.findElements(By.id("notice")).stream().anyMatch(n -> n.getText().contains("saved while offline")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not sent: online " + PageTour.js(b, "return navigator.onLine;") + " at "
                    + b.getCurrentUrl() + "; queue " + async(b, "OpenPlateQueue.all().then(q => done({q: JSON.stringify(q)}))")
                    + "; console " + b.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll()
                    + "; page " + b.findElement(By.tagName("body")).getText().replace('\n', '|'), e);
        }
        Shots.save(b, "offline-sent-" + width);
        JsonNode dayJson = dayOnServer(b, today);
        assertEquals(2, dayJson.get("totals").get("entries").asInt(), dayJson.toString());
        int snacks = 0;
        for (JsonNode meal : dayJson.get("meals")) {
            for (JsonNode e : meal.get("entries")) {
                snacks += e.get("name").asText().equals("Offline snack") ? 1 : 0;
            }
        }
        assertEquals(1, snacks, "the offline entry is on the server exactly once");
        assertTrue(b.findElement(By.id("main")).getText().contains("Offline snack"));
        // a second 'online' (the queue is empty) sends nothing more
        network(b, false);
        network(b, true);
        Thread.sleep(500);
        assertEquals(2, entriesOnServer(b, today));
        assertEquals(List.of(), offlineProblems, "console while offline");
        // a send tried in the moment the connection came back but did not work yet is logged by the browser, and retried
        assertEquals(List.of(), Console.problems(b).stream().filter(m -> !m.contains("ERR_INTERNET_DISCONNECTED")).toList(),
                "console");
        System.out.println("offline at " + width + " px: day and add pages opened offline, 1 entry queued, sent once");
    }

    /**
     * The banner follows the theme (dark background in the dark theme, light in the light one), its text meets
     * WCAG AA contrast (4.5:1) on it in both, and it stands out from the header above it.
     */
    private static void bannerReadableInBothThemes(ChromeDriver b) {
        WebElement banner = b.findElement(By.id("offline-banner"));
        WebElement header = b.findElement(By.cssSelector("header.site"));
        double[] background = new double[2];
        for (boolean dark : new boolean[] {false, true}) {
            PageTour.systemTheme(b, dark);
            String theme = dark ? "dark" : "light";
            double contrast = PageTour.contrast(b, banner);
            assertTrue(contrast >= 4.5, "the banner's text on its background in the " + theme + " theme: " + contrast);
            background[dark ? 1 : 0] = PageTour.luminance(b, banner, "background-color");
            double headerBackground = PageTour.luminance(b, header, "background-color");
            assertTrue(Math.abs(background[dark ? 1 : 0] - headerBackground) > 0.005,
                    "the banner looks different from the header in the " + theme + " theme");
        }
        assertTrue(background[1] < 0.05 && background[0] > 0.8, "the banner's background follows the theme: light "
                + background[0] + ", dark " + background[1]);
        PageTour.systemTheme(b, false);
    }

    /**
     * Switches the network off or on for the page and for the service worker (a worker's requests are
     * its own target's: emulating the page alone would let the worker still reach the server).
     */
    private static void network(ChromeDriver b, boolean online) {
        Map<String, Object> conditions = online ? ONLINE : OFFLINE;
        // Going online, the workers come back first: the page's "online" event sends the queue and then loads
        // the day page through the service worker, which must not still be offline (it would answer from its cache).
        if (!online) {
            pageConditions(b, conditions);
        }
        Map<String, Object> targets = b.executeCdpCommand("Target.getTargets", Map.of());
        for (Object t : (List<?>) targets.get("targetInfos")) {
            Map<?, ?> info = (Map<?, ?>) t;
            if (!"service_worker".equals(info.get("type"))) {
                continue;
            }
            // one session per worker, kept: conditions belong to the session that set them
            String session = WORKER_SESSIONS.computeIfAbsent(String.valueOf(info.get("targetId")), id -> {
                Map<String, Object> attached = b.executeCdpCommand("Target.attachToTarget",
                        Map.of("targetId", id, "flatten", false));
                String s = String.valueOf(attached.get("sessionId"));
                send(b, s, "Network.enable", Map.of());
                return s;
            });
            send(b, session, "Network.emulateNetworkConditions", conditions);
            send(b, session, "Network.overrideNetworkState", conditions);   // see pageConditions
        }
        if (online) {
            pageConditions(b, conditions);
        }
    }

    private static final Map<String, Object> OFFLINE = Map.of("offline", true, "latency", 0,
            "downloadThroughput", -1, "uploadThroughput", -1);
    private static final Map<String, Object> ONLINE = Map.of("offline", false, "latency", 0,
            "downloadThroughput", -1, "uploadThroughput", -1);

    /**
     * Opens a page while offline. Chromium 150 and later give each new document the real network state, so the
     * emulated one is set again once it has loaded, as a device that stays offline would report it; the page
     * then gets its "offline" event.
     */
    private static void openOffline(ChromeDriver b, String path) {
        b.get(app.url(path));
        pageConditions(b, OFFLINE);
    }

    /**
     * The page's network conditions, and what it reads as its state ({@code navigator.onLine}, the online and
     * offline events). The protocol deprecates the older command in favour of {@code overrideNetworkState} for that
     * state, so both are sent; a version that does not know the newer one answers it with an error, ignored here.
     */
    private static void pageConditions(ChromeDriver b, Map<String, Object> conditions) {
        b.executeCdpCommand("Network.enable", Map.of());
        b.executeCdpCommand("Network.emulateNetworkConditions", conditions);
        try {
            b.executeCdpCommand("Network.overrideNetworkState", conditions);
        } catch (org.openqa.selenium.WebDriverException unknownToThisVersion) {
            // such a version takes the state from the older command
        }
    }

    private static final Map<String, String> WORKER_SESSIONS = new HashMap<>();
    private static int messages;

    private static void send(ChromeDriver b, String session, String method, Map<String, Object> params) {
        try {
            String message = JSON.writeValueAsString(Map.of("id", ++messages, "method", method, "params", params));
            b.executeCdpCommand("Target.sendMessageToTarget", Map.of("sessionId", session, "message", message));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<?, ?> async(org.openqa.selenium.WebDriver b, String script) {
        Object out = ((JavascriptExecutor) b).executeAsyncScript("const done = arguments[arguments.length - 1]; "
                + script + ".catch(e => done({error: String(e)}));");
        return (Map<?, ?>) out;
    }

    /** The day as the server has it, asked outside the browser with the browser's session. */
    private static JsonNode dayOnServer(ChromeDriver b, String today) throws Exception {
        String session = b.manage().getCookieNamed(AuthGuard.SESSION_COOKIE).getValue();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(app.url("/api/v1/diary/days/" + today))).header("Cookie", AuthGuard.SESSION_COOKIE + "="
                + session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static int entriesOnServer(ChromeDriver b, String today) throws Exception {
        return dayOnServer(b, today).get("totals").get("entries").asInt();
    }
}
