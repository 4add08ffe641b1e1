package org.openplate.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes doubles that are whole hundredths (every figure the API rounds for display: kcal, grams, amounts)
 * without building a string for each, in exactly the characters {@link Double#toString(double)} gives, which
 * is what Jackson writes otherwise. Any other double (more decimals, very large or small, NaN, -0.0) goes to
 * Jackson unchanged. A day's summary writes about 400 numbers; their strings were about 4 % of what a day
 * served by the 5-year stride allocated (issue 18, docs/benchmarks.md, eighteenth round).
 *
 * <p>"Exactly as {@code Double.toString}" holds on JDK 19 and later, whose {@code Double.toString} writes the
 * shortest decimal that identifies the double. Older JDKs sometimes wrote more digits than that; the shorter form
 * written here is then the same number to any JSON reader.
 */
public final class JsonNumbers extends SimpleModule {

    public JsonNumbers() {
        super("openplate-json-numbers");
        Hundredths s = new Hundredths();
        addSerializer(Double.class, s);
        addSerializer(double.class, s);
    }

    /** The largest magnitude written here: {@link Double#toString} uses plain notation below 10^7. */
    static final double PLAIN_BELOW = 1e7;

    /**
     * {@code v} as {@link Double#toString} would write it, into {@code out} from 0, if {@code v} is a whole
     * number of hundredths below 10^7 in magnitude; otherwise -1. Returns the length written.
     *
     * <p>Why the characters are the same: below 10^7 doubles lie less than 2·10^-9 apart, so no other decimal
     * with two or fewer decimal places rounds to the same double as {@code cents / 100}. That decimal is then the
     * shortest that identifies {@code v}, which is what {@code Double.toString} writes (since JDK 19), with
     * at least one digit after the point. The smallest such non-zero value, 0.01, is above 10^-3, where
     * {@code Double.toString} would switch to an exponent.
     */
    static int hundredths(double v, char[] out) {
        if (!(Math.abs(v) < PLAIN_BELOW)) {
            return -1;                                  // also NaN and the infinities
        }
        long cents = Math.round(v * 100);
        if (cents / 100.0 != v || (v == 0 && Double.doubleToRawLongBits(v) != 0)) {
            return -1;                                  // not whole hundredths, or -0.0
        }
        int n = 0;
        if (cents < 0) {
            out[n++] = '-';
            cents = -cents;
        }
        long whole = cents / 100;
        int frac = (int) (cents % 100);
        int first = n;
        do {
            out[n++] = (char) ('0' + whole % 10);
            whole /= 10;
        } while (whole > 0);
        for (int i = first, j = n - 1; i < j; i++, j--) {
            char c = out[i];
            out[i] = out[j];
            out[j] = c;
        }
        out[n++] = '.';
        out[n++] = (char) ('0' + frac / 10);
        if (frac % 10 != 0) {
            out[n++] = (char) ('0' + frac % 10);
        }
        return n;
    }

    /** The size of the scratch space {@link #write(JsonGenerator, char[], double)} needs. */
    public static final int SCRATCH = 24;

    /**
     * Writes {@code v} as the module does: whole hundredths by hand, anything else through Jackson. {@code scratch}
     * ({@link #SCRATCH} chars) is where the characters are put first; a writer of many numbers passes the same
     * one to each.
     */
    public static void write(JsonGenerator g, char[] scratch, double v) throws IOException {
        int n = hundredths(v, scratch);
        if (n < 0) {
            g.writeNumber(v);
        } else {
            g.writeNumber(scratch, 0, n);
        }
    }

    /** As {@link #write(JsonGenerator, char[], double)}, or null. */
    public static void write(JsonGenerator g, char[] scratch, Double v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else {
            write(g, scratch, v.doubleValue());
        }
    }

    private static final class Hundredths extends StdSerializer<Double> {

        Hundredths() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator g, SerializerProvider provider) throws IOException {
            write(g, new char[SCRATCH], value.doubleValue());
        }
    }
}
