package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openplate.App;

/** Doubles written by {@link JsonNumbers} come out exactly as Jackson writes them without it. */
class JsonNumbersTest {

    /** The app's mapper (with the module and Blackbird) and a plain one. */
    private final ObjectMapper app = App.objectMapper();
    private final ObjectMapper plain = new ObjectMapper();

    record Figures(double kcal, Double protein, double[] grams, List<Double> listed) {
    }

    private static List<Double> samples() {
        List<Double> v = new ArrayList<>(List.of(0.0, -0.0, 0.01, -0.01, 0.1, 0.5, 1.0, 10.0, 12.3, 12.05, 12.5,
                99.99, 100.0, 1234567.89, 9999999.99, -9999999.99, 1e7, -1e7, 1e7 + 0.5, 1e15, 1e-3, 1e-4, 0.001,
                1.0 / 3, 2.675, 123.456, 0.07, 0.29, 1.005, Double.MIN_VALUE, Double.MAX_VALUE, Math.PI,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 4.35, 0.3, 0.1 + 0.2));
        Random r = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            long cents = r.nextLong(2_000_000_000L) - 1_000_000_000L;         // whole hundredths, ±10^7
            v.add(Math.round(cents * (r.nextBoolean() ? 1 : 1.0 / (1 + r.nextInt(100_000)))) / 100.0);
            v.add(r.nextDouble() * Math.pow(10, r.nextInt(12) - 4));         // any double
            v.add(Math.round(r.nextDouble() * 1e6) / 100.0);                  // what DiaryJson.r gives
        }
        return v;
    }

    @Test
    void everyDoubleIsWrittenAsJacksonWritesIt() throws Exception {
        int written = 0;
        for (double d : samples()) {
            assertEquals(plain.writeValueAsString(d), app.writeValueAsString(d), "double " + d);
            char[] out = new char[24];
            int n = JsonNumbers.hundredths(d, out);
            if (n >= 0) {
                assertEquals(Double.toString(d), new String(out, 0, n), "hundredths of " + d);
                written++;
            }
        }
        assertTrue(written > 20_000, "most samples are whole hundredths written by the module: " + written);
    }

    @Test
    void primitiveBoxedArrayAndListFieldsAreWrittenTheSame() throws Exception {
        Figures f = new Figures(2279.45, 81.3, new double[] {0.5, 12.0, 1.0 / 3, -0.0}, List.of(3.0, 2.25));
        assertEquals(plain.writeValueAsString(f), app.writeValueAsString(f));
        Figures none = new Figures(0.0, null, new double[0], List.of());
        assertEquals(plain.writeValueAsString(none), app.writeValueAsString(none));
    }

    @Test
    void onlyWholeHundredthsBelowTenMillionAreWrittenHere() {
        char[] out = new char[24];
        assertEquals("12.5", new String(out, 0, JsonNumbers.hundredths(12.5, out)));
        assertEquals("-0.07", new String(out, 0, JsonNumbers.hundredths(-0.07, out)));
        assertEquals("100.0", new String(out, 0, JsonNumbers.hundredths(100, out)));
        assertEquals(-1, JsonNumbers.hundredths(1.0 / 3, out));
        assertEquals(-1, JsonNumbers.hundredths(1e7, out));
        assertEquals(-1, JsonNumbers.hundredths(-0.0, out));
        assertEquals(-1, JsonNumbers.hundredths(Double.NaN, out));
    }
}
