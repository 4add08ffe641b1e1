package org.openplate.mail;

import org.openplate.config.MailSettings;

/** Sends plain-text e-mail. {@link #OFF} when no SMTP server is set up. */
public interface Mailer {

    /** No SMTP server: {@link #enabled()} is false and sending fails. */
    Mailer OFF = new Mailer() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void send(String to, String subject, String text) {
            throw new MailException("e-mail is not set up on this OpenPlate");
        }
    };

    /** The SMTP mailer for these settings, or {@link #OFF}. */
    static Mailer from(MailSettings settings) {
        return settings.configured() ? new SmtpMailer(settings) : OFF;
    }

    boolean enabled();

    /** Sends one message now; a {@link MailException} when the server cannot be reached or refuses it. */
    void send(String to, String subject, String text);
}
