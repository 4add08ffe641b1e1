package org.openplate.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * JSON written by hand on the mapper's generator, as UTF-8 bytes straight into a byte buffer, without first
 * building the answer as a string and then encoding it: for the answer built most often, a day's summary
 * ({@code DiaryJson.dayBytes}).
 *
 * <p>The JSON is written into a buffer taken from a small pool and copied out once at its exact length. Jackson's
 * own {@code writeValueAsBytes} grows a fresh chain of blocks for every answer and then copies them: for a day's
 * 14 kB that was about a fifth of what a built day allocated (issue 18, eighteenth round). Requests run on virtual
 * threads, so a per-thread buffer would not outlive its request; the pool is shared, holds at most
 * {@link #POOLED} buffers of at most {@link #LARGEST_KEPT} bytes, and a buffer is only ever used by one
 * request at a time.
 */
public final class JsonBytes {

    static final int POOLED = 32;
    static final int FIRST_SIZE = 16 * 1024;
    static final int LARGEST_KEPT = 256 * 1024;

    private static final ArrayBlockingQueue<Buffer> POOL = new ArrayBlockingQueue<>(POOLED);

    private JsonBytes() {
    }

    /** Writes JSON by hand on a generator of the mapper's factory (its bytes, the same pooled buffers). */
    @FunctionalInterface
    public interface Writing {
        void write(JsonGenerator generator) throws IOException;
    }

    /**
     * The JSON {@code writing} writes, as bytes: for an answer served so often that the mapper's per-property
     * work is worth skipping (the day summary). Its test compares the bytes with the mapper's for the same value.
     */
    public static byte[] of(ObjectMapper json, String what, Writing writing) {
        Buffer out = POOL.poll();
        if (out == null) {
            out = new Buffer();
        }
        try {
            try (JsonGenerator g = json.getFactory().createGenerator(out)) {
                writing.write(g);
            }
            return Arrays.copyOf(out.bytes, out.size);
        } catch (IOException e) {
            throw new IllegalStateException("a " + what + " could not be written as JSON", e);
        } finally {
            out.size = 0;
            if (out.bytes.length <= LARGEST_KEPT) {
                POOL.offer(out);
            }
        }
    }

    /** How many buffers wait in the pool now (for tests). */
    static int pooled() {
        return POOL.size();
    }

    /** A growable byte buffer; closing it does nothing, so the mapper's close leaves it usable. */
    private static final class Buffer extends OutputStream {
        byte[] bytes = new byte[FIRST_SIZE];
        int size;

        @Override
        public void write(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            room(len);
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        private void room(int more) {
            if (bytes.length - size < more) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
