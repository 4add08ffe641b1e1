package org.openplate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SMTP and public-address settings: environment, flags, defaults by TLS mode, and refusals. */
class MailSettingsLoaderTest {

    private static final Map<String, String> SMTP = Map.of("OPENPLATE_SMTP_HOST", "smtp.example.org",
            "OPENPLATE_SMTP_FROM", "plate@example.org", "OPENPLATE_PUBLIC_URL", "https://plate.example.org/",
            "OPENPLATE_SMTP_USERNAME", "plate", "OPENPLATE_SMTP_PASSWORD", "s3cret-smtp");

    private static Settings load(Map<String, String> env) {
        return new SettingsLoader(env).load(SettingsLoader.Flags.none());
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> env = new HashMap<>(SMTP);
        env.put(key, value);
        return env;
    }

    @Test
    void mailIsOffUnlessAnSmtpHostIsSet() {
        Settings s = load(Map.of());
        assertFalse(s.mail().configured());
        assertNull(s.publicUrl());
    }

    @Test
    void starttlsOnPort587IsTheDefaultAndThePortFollowsTheMode() {
        Settings s = load(SMTP);
        assertTrue(s.mail().configured());
        assertEquals(MailSettings.Tls.STARTTLS, s.mail().tls());
        assertEquals(587, s.mail().port());
        assertEquals("plate", s.mail().username());
        assertEquals(URI.create("https://plate.example.org"), s.publicUrl(), "a trailing slash is dropped");
        assertEquals(465, load(with("OPENPLATE_SMTP_TLS", "tls")).mail().port());
        assertEquals(25, load(with("OPENPLATE_SMTP_TLS", "none")).mail().port());
        assertEquals(2525, load(with("OPENPLATE_SMTP_PORT", "2525")).mail().port());
    }

    @Test
    void flagsWinOverTheEnvironment() {
        Settings s = new SettingsLoader(SMTP).load(SettingsLoader.Flags.none(), new SettingsLoader.MailFlags(
                "https://other.example.org", "mail.example.org", 1465, null, null, null, "tls"));
        assertEquals("mail.example.org", s.mail().host());
        assertEquals(1465, s.mail().port());
        assertEquals(MailSettings.Tls.TLS, s.mail().tls());
        assertEquals("plate@example.org", s.mail().from(), "unset flags fall back to the environment");
        assertEquals(URI.create("https://other.example.org"), s.publicUrl());
    }

    @Test
    void badValuesAreRefusedNamingTheSetting() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> load(with("OPENPLATE_SMTP_TLS", "maybe")))
                .getMessage().contains("OPENPLATE_SMTP_TLS"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> load(with("OPENPLATE_SMTP_PORT", "70000")))
                .getMessage().contains("between 1 and 65535"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> load(with("OPENPLATE_SMTP_FROM", "plate")))
                .getMessage().contains("from address"));
        Map<String, String> noUrl = new HashMap<>(SMTP);
        noUrl.remove("OPENPLATE_PUBLIC_URL");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> load(noUrl)).getMessage()
                .contains("OPENPLATE_PUBLIC_URL"), "links are never built from the request's Host header");
        for (String bad : new String[] {"plate.example.org", "ftp://plate.example.org", "https://x.org/?a=b"}) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> load(with("OPENPLATE_PUBLIC_URL", bad)))
                    .getMessage().contains("OPENPLATE_PUBLIC_URL"), bad);
        }
    }

    @Test
    void theSmtpPasswordIsNeverPrinted() {
        Settings s = load(SMTP);
        assertFalse(s.toString().contains("s3cret-smtp"), s.toString());
        assertTrue(s.toString().contains("smtp.example.org"));
    }
}
