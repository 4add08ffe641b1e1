package org.openplate.account;

/** One signed-in session as the sessions page lists it (device in words, times in words). */
public record SessionRow(String id, String device, String signedIn, String lastSeen, boolean current) {
}
