package org.openplate.transfer.trackers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbers' canonical text (part of every external id) is what BigDecimal gives, so ids do not change. */
class CanonTest {

    @Test
    void sameTextAsBigDecimal() {
        double[] values = {0, -0.0, 150, 150.0, 100, 1e7, 1.0e-3, 1e-4, 12345678.9, 0.1 + 0.2, -2.5, 40.00, 1e21, 1e22,
            Double.MIN_VALUE, Double.MAX_VALUE, 5840.125, 0.5};
        for (double v : values) {
            assertEquals(Values.exactCanon(v), Values.canon(v), "for " + v);
        }
        Random r = new Random(7);
        for (int i = 0; i < 1_000_000; i++) {
            double v = Math.round(r.nextDouble() * 1_000_000) / Math.pow(10, r.nextInt(6)) * (r.nextBoolean() ? 1 : -1);
            assertEquals(Values.exactCanon(v), Values.canon(v), "for " + v);
            double w = r.nextDouble() * Math.pow(10, r.nextInt(30) - 15);
            assertEquals(Values.exactCanon(w), Values.canon(w), "for " + w);
        }
    }
}
