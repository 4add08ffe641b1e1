package org.openplate.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openplate.config.MailSettings;

/** The SMTP client against a real SMTP server (GreenMail): plain, implicit TLS, and no silent fall-back from STARTTLS. */
class SmtpMailerTest {

    private static GreenMail server(String protocol) {
        GreenMail g = new GreenMail(new ServerSetup(0, "127.0.0.1", protocol).dynamicPort());
        g.start();
        return g;
    }

    @Test
    void sendsPlainTextUtf8WithOneLineSubject() throws Exception {
        GreenMail g = server(ServerSetup.PROTOCOL_SMTP);
        try {
            Mailer m = Mailer.from(new MailSettings("127.0.0.1", g.getSmtp().getPort(), null, null,
                    "plate@example.org", MailSettings.Tls.NONE));
            assertTrue(m.enabled());
            m.send("anna@example.org", "Hello\r\nBcc: evil@example.org", "Crème brûlée: 350 kcal\n");
            MimeMessage got = g.getReceivedMessages()[0];
            assertEquals("Hello Bcc: evil@example.org", got.getSubject(), "a line break cannot add a header");
            assertEquals(1, got.getAllRecipients().length);
            assertEquals("anna@example.org", got.getAllRecipients()[0].toString());
            assertTrue(GreenMailUtil.getBody(got).contains("=C3=A8") || got.getContent().toString().contains("Crème"));
        } finally {
            g.stop();
        }
    }

    @Test
    void implicitTlsSendsOverTlsWithTheLogin() throws Exception {
        GreenMail g = server(ServerSetup.PROTOCOL_SMTPS);
        g.setUser("plate@example.org", "plate", "secret");
        try {
            Properties trustTestCertificate = new Properties();
            trustTestCertificate.setProperty("mail.smtp.ssl.trust", "127.0.0.1");
            trustTestCertificate.setProperty("mail.smtp.ssl.checkserveridentity", "false");
            new SmtpMailer(new MailSettings("127.0.0.1", g.getSmtps().getPort(), "plate", "secret", "plate@example.org",
                    MailSettings.Tls.TLS), trustTestCertificate, Clock.systemUTC())
                    .send("anna@example.org", "Over TLS", "hello\n");
            assertEquals("Over TLS", g.getReceivedMessages()[0].getSubject());
        } finally {
            g.stop();
        }
    }

    @Test
    void starttlsIsRequiredNotTriedSoAServerWithoutItGetsNothing() {
        GreenMail g = server(ServerSetup.PROTOCOL_SMTP);
        try {
            Mailer m = Mailer.from(new MailSettings("127.0.0.1", g.getSmtp().getPort(), null, null,
                    "plate@example.org", MailSettings.Tls.STARTTLS));
            MailException e = assertThrows(MailException.class, () -> m.send("anna@example.org", "s", "secret link"));
            assertFalse(e.getMessage().contains("anna@example.org"), "the address is not in the error");
            assertEquals(0, g.getReceivedMessages().length, "nothing went out in plain text");
        } finally {
            g.stop();
        }
    }

    @Test
    void withoutSmtpNothingIsEnabled() {
        assertFalse(Mailer.from(MailSettings.NONE).enabled());
        assertThrows(MailException.class, () -> Mailer.OFF.send("a@example.org", "s", "t"));
    }
}
