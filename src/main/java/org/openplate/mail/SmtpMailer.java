package org.openplate.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.openplate.config.MailSettings;

/**
 * Plain-text mail through an SMTP server (Jakarta Mail, Eclipse Angus). STARTTLS is required, not
 * merely tried, when asked for (RFC 3207; otherwise an attacker on the path can strip it), and the
 * server's certificate must name the host (RFC 6125) in both TLS modes. Every network step has a
 * time limit so a stuck server cannot hold a thread.
 */
final class SmtpMailer implements Mailer {

    static final int TIMEOUT_MS = 15_000;

    private final MailSettings settings;
    private final Session session;
    private final Clock clock;

    SmtpMailer(MailSettings settings) {
        this(settings, new Properties(), Clock.systemUTC());
    }

    /** {@code extra}: further Jakarta Mail properties (tests trust their own server's certificate this way). */
    SmtpMailer(MailSettings settings, Properties extra, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        p.setProperty("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MS));
        p.setProperty("mail.smtp.timeout", Integer.toString(TIMEOUT_MS));
        p.setProperty("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MS));
        p.setProperty("mail.smtp.auth", Boolean.toString(settings.username() != null));
        switch (settings.tls()) {
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                p.setProperty("mail.smtp.ssl.enable", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> { }
        }
        p.putAll(extra);
        this.session = Session.getInstance(p);
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public void send(String to, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(oneLine(subject), "UTF-8");
            message.setText(text, "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            message.saveChanges();
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (AddressException e) {
            throw new MailException("an address is not valid for e-mail");
        } catch (MessagingException e) {
            // The cause's text may name the recipient; only its type is kept in the message.
            throw new MailException("the SMTP server " + settings.host() + ":" + settings.port() + " did not take the"
                    + " message (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** A subject is one line: line breaks would start new header fields. */
    private static String oneLine(String subject) {
        return subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
