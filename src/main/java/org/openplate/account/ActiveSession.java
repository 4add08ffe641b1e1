package org.openplate.account;

import java.time.Instant;

/** One of the user's signed-in sessions as listed to them; never carries the secret token. */
record ActiveSession(String id, String device, Instant createdAt, Instant lastSeenAt, boolean current) {
}
