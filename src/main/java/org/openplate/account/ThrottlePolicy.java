package org.openplate.account;

import java.time.Duration;

/**
 * One limit: {@code free} attempts go through at once; after that each attempt must wait a delay
 * that doubles from {@code firstDelay} up to {@code maxDelay} since the previous counted attempt
 * (growing delays rather than a hard lock; OWASP Authentication Cheat Sheet, "Account lockout").
 * The counter starts again after {@code resetAfter} without attempts.
 */
record ThrottlePolicy(String name, int free, Duration firstDelay, Duration maxDelay, Duration resetAfter) {

    ThrottlePolicy {
        if (free < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || resetAfter.isNegative()) {
            throw new IllegalArgumentException("bad throttle policy " + name);
        }
    }

    /** The wait before the next attempt once {@code hits} attempts were counted (zero while under {@code free}). */
    Duration delayAfter(int hits) {
        int over = hits - free;
        if (over < 0) {
            return Duration.ZERO;
        }
        Duration d = firstDelay;
        for (int i = 0; i < over && d.compareTo(maxDelay) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    /** The same schedule as SQL over the stored {@code hits} column (constants only, no user input). */
    String delaySql(String hitsColumn) {
        StringBuilder sql = new StringBuilder("CASE ").append(hitsColumn).append(" - ").append(free);
        for (int over = 0; delayAfter(free + over).compareTo(maxDelay) < 0; over++) {
            sql.append(" WHEN ").append(over).append(" THEN ").append(delayAfter(free + over).toMillis());
        }
        return sql.append(" ELSE ").append(maxDelay.toMillis()).append(" END").toString();
    }
}
