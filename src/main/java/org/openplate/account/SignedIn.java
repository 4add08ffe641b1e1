package org.openplate.account;

/** A successful sign-in: the session, and the new device token to keep in a long-lived cookie. */
record SignedIn(Session session, String deviceToken) {
}
