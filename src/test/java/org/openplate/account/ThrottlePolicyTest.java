package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    @Test
    void delaysDoubleFromTheFirstUpToTheMost() {
        var p = new ThrottlePolicy("t", 5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofDays(1));
        assertEquals(Duration.ZERO, p.delayAfter(4));
        assertEquals(Duration.ofSeconds(30), p.delayAfter(5));
        assertEquals(Duration.ofSeconds(60), p.delayAfter(6));
        assertEquals(Duration.ofSeconds(480), p.delayAfter(9));
        assertEquals(Duration.ofMinutes(15), p.delayAfter(10));
        assertEquals(Duration.ofMinutes(15), p.delayAfter(1000));
        assertEquals("CASE h - 5 WHEN 0 THEN 30000 WHEN 1 THEN 60000 WHEN 2 THEN 120000 WHEN 3 THEN 240000"
                + " WHEN 4 THEN 480000 ELSE 900000 END", p.delaySql("h"));
    }
}
