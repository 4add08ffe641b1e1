package org.openplate.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets and their one-way digests. */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** 256 random bits, URL-safe Base64 without padding. */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the text's UTF-8 bytes, lower-case hex (every signed-in request digests its session token). */
    public static String sha256(String value) {
        return sha256Hex(value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A digest to copy: copying one is cheaper than asking the security providers for a new one, which was three
     * quarters of the digest's share of a built day's CPU (0.6 of 0.8 %; docs/benchmarks.md, sixteenth round).
     * Never used itself, only copied, so its state stays empty.
     */
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** SHA-256 of bytes, lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        MessageDigest md;
        try {
            md = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException unreachable) {
                throw new IllegalStateException("SHA-256 is required by every JDK", unreachable);
            }
        }
        return HexFormat.of().formatHex(md.digest(bytes));
    }

    /** Constant-time comparison, so a wrong token does not leak how much of it matched. */
    public static boolean equal(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
