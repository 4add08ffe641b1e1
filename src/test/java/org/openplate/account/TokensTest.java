package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void digestsMatchTheStandardsTestVectors() {
        // FIPS 180-2, appendix B.1, and the digest of nothing
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.sha256("abc"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Tokens.sha256(""));
        assertEquals(Tokens.sha256("abc"), Tokens.sha256Hex("abc".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void digestsAtOnceOnManyThreadsDoNotMix() throws Exception {
        // every digest starts from the same empty prototype: one caller's bytes must never reach another's
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> work = IntStream.range(0, 4000).mapToObj(i -> (Callable<Boolean>) () -> {
                String token = Tokens.random() + i;
                String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(StandardCharsets.UTF_8)));
                return expected.equals(Tokens.sha256(token));
            }).toList();
            long right = 0;
            for (Future<Boolean> f : pool.invokeAll(work)) {
                right += f.get() ? 1 : 0;
            }
            assertEquals(4000, right);
        } finally {
            pool.shutdown();
        }
    }
}
