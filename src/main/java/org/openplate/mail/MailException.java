package org.openplate.mail;

/** A message could not be handed to the SMTP server. The message never contains the recipient or the text. */
public final class MailException extends RuntimeException {

    public MailException(String message) {
        super(message);
    }

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
