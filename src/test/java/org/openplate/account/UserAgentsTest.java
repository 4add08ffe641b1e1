package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UserAgentsTest {

    @Test
    void summariesNameTheBrowserAndSystemOnly() {
        assertEquals("Firefox on Linux", UserAgents.summary(
                "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"));
        assertEquals("Edge on Windows", UserAgents.summary("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
                + " (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"));
        assertEquals("Safari on iPhone", UserAgents.summary("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)"
                + " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"));
        assertEquals("Chrome on Android", UserAgents.summary("Mozilla/5.0 (Linux; Android 14; Pixel 8)"
                + " AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"));
        assertEquals("curl", UserAgents.summary("curl/8.5.0"));
        assertEquals("Unknown device", UserAgents.summary(null));
        assertEquals("Unknown browser", UserAgents.summary("<script>x</script>"));
    }

    @Test
    void lastSeenIsShownRoughly() {
        assertEquals("in the last few minutes", SessionPages.ago(Duration.ofMinutes(7)));
        assertEquals("about 42 minutes ago", SessionPages.ago(Duration.ofMinutes(42)));
        assertEquals("about 1 hour ago", SessionPages.ago(Duration.ofMinutes(61)));
        assertEquals("about 3 days ago", SessionPages.ago(Duration.ofDays(3)));
    }
}
