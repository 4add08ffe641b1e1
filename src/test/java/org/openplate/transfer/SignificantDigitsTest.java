package org.openplate.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast four-significant-digit rounding of imported nutrients gives exactly what BigDecimal gives. */
class SignificantDigitsTest {

    private static void same(double v) {
        if (!Double.isFinite(v)) {
            assertEquals(v, TrackerWriter.significant(v));
            return;
        }
        assertEquals(Double.doubleToLongBits(TrackerWriter.exactSignificant(v)),
                Double.doubleToLongBits(TrackerWriter.significant(v)), () -> "for " + v);
    }

    @Test
    void tiesEndsAndPowersOfTen() {
        double[] values = {1.2345, 12.345, 123.45, 1234.5, 12345, 0.00012345, 9999.5, 9999.4999, 99995, 999.95,
            1000, 999.9999999, 0.001, 1e-5, 1e22, 1e23, 1e-23, 4.35, 0.145, 2.675, 1.0005, 100.05, 5e-324,
            Double.MAX_VALUE, Double.MIN_NORMAL, -1.2345, -0.5, 0.1 + 0.2};
        for (double v : values) {
            same(v);
            same(Math.nextUp(v));
            same(Math.nextDown(v));
        }
    }

    @Test
    void randomAmountsAsImportsMakeThem() {
        Random r = new Random(4);
        for (int i = 0; i < 1_000_000; i++) {
            // per 100 g from a row: amount × 100 / grams, amounts with two or three decimals
            double amount = Math.round(r.nextDouble() * 100_000) / (r.nextBoolean() ? 100.0 : 1000.0);
            double grams = Math.round((1 + r.nextDouble() * 500) * 100) / 100.0;
            same(amount * 100.0 / grams);
            same(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
            // decimals with five significant digits ending in 5: the ties of four-digit rounding
            same((r.nextInt(90_000) * 10 + 10_005) / Math.pow(10, r.nextInt(12)));
        }
    }
}
