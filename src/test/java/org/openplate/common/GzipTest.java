package org.openplate.common;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class GzipTest {

    @Test
    void whatIsCompressedIsStandardGzipAndComesBackWhole() throws Exception {
        byte[] random = new byte[70_000];
        new Random(1).nextBytes(random);
        byte[] json = "{\"name\":\"Bananas, raw\",\"kcal\":105.0},".repeat(400).getBytes(UTF_8);
        for (byte[] plain : List.of(new byte[0], "{}".getBytes(UTF_8), json, random)) {
            byte[] gz = Gzip.compress(plain);
            assertArrayEquals(plain, Gzip.decompress(gz));
            try (GZIPInputStream other = new GZIPInputStream(new ByteArrayInputStream(gz))) {
                assertArrayEquals(plain, other.readAllBytes(), "any gzip reader (a browser) reads it");
            }
        }
        assertTrue(Gzip.compress(json).length * 5 < json.length, "repeated JSON shrinks: " + Gzip.compress(json).length);
        assertThrows(IllegalArgumentException.class, () -> Gzip.decompress(new byte[3]));
        assertThrows(IllegalArgumentException.class, () -> Gzip.decompress("not gzip at all, just text".getBytes(UTF_8)));
        byte[] damaged = Gzip.compress(json);
        damaged[damaged.length / 2] ^= 0x55;
        assertThrows(IllegalArgumentException.class, () -> Gzip.decompress(damaged), "a flipped byte is caught");
        byte[] truncated = java.util.Arrays.copyOf(Gzip.compress(json), 40);
        assertThrows(IllegalArgumentException.class, () -> Gzip.decompress(truncated));
        // the inflaters are reused: many calls, each whole
        for (int i = 0; i < 50; i++) {
            assertArrayEquals(json, Gzip.decompress(Gzip.compress(json)));
        }
    }

    @Test
    void acceptEncodingIsReadAsTheStandardSays() {
        for (String yes : List.of("gzip", "GZIP", "deflate, gzip", "gzip;q=0.5", "br;q=1.0, gzip;q=0.8, *;q=0.1",
                "x-gzip", "*", "identity, *;q=0.5", " gzip ; q=1 ", "gzip;q=0.001")) {
            assertTrue(Gzip.accepted(yes), yes);
        }
        for (String no : List.of("", "identity", "br", "deflate, br, zstd", "gzip;q=0", "gzip;q=0.000", "*;q=0",
                "gzip;q=0, *", "gzipped", "gzip2")) {
            assertFalse(Gzip.accepted(no), no);
        }
        assertFalse(Gzip.accepted(null));
        assertEquals(0, Gzip.plainLength(Gzip.compress(new byte[0])));
    }
}
