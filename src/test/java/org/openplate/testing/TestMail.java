package org.openplate.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openplate.config.MailSettings;
import org.openplate.config.Settings;

/** A real SMTP server (GreenMail) on a free port, and the settings that point the app at it. */
public final class TestMail implements AutoCloseable {

    public static final URI PUBLIC_URL = URI.create("https://plate.example.org");
    public static final String FROM = "openplate@plate.example.org";
    private static final Pattern LINK = Pattern.compile("https://plate\\.example\\.org(/\\S+)");

    private final GreenMail server;

    private TestMail(GreenMail server) {
        this.server = server;
    }

    public static TestMail start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return new TestMail(server);
    }

    public GreenMail server() {
        return server;
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** Plain SMTP to this server, links starting with {@link #PUBLIC_URL}. */
    public Settings apply(Settings s) {
        return s.withMail(PUBLIC_URL, new MailSettings("127.0.0.1", port(), null, null, FROM, MailSettings.Tls.NONE));
    }

    /** Waits (up to 10 s) until {@code count} messages in all have arrived; returns them all. */
    public List<MimeMessage> await(int count) {
        if (!server.waitForIncomingEmail(10_000, count)) {
            throw new AssertionError("expected " + count + " message(s), got " + server.getReceivedMessages().length);
        }
        return Arrays.asList(server.getReceivedMessages());
    }

    /** Messages to this address so far. */
    public List<MimeMessage> to(String address) {
        return Arrays.asList(server.getReceivedMessagesForDomain(address));
    }

    public static String body(MimeMessage m) {
        return GreenMailUtil.getBody(m).replace("=\r\n", "").replace("\r\n", "\n");
    }

    /** The path and query of the first link to this OpenPlate in the message. */
    public static String linkPath(MimeMessage m) {
        Matcher matcher = LINK.matcher(body(m));
        if (!matcher.find()) {
            throw new AssertionError("no link in: " + body(m));
        }
        return matcher.group(1);
    }

    @Override
    public void close() {
        server.stop();
    }
}
