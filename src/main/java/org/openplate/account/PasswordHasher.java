package org.openplate.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashing (RFC 9106) with OWASP's minimum recommended parameters
 * (m = 19 MiB, t = 2, p = 1; OWASP Password Storage Cheat Sheet), stored in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$digest}, unpadded Base64). The encoded hash carries its own
 * parameters and salt, so raising the cost later still verifies old hashes.
 *
 * <p>Bouncy Castle's generator allocates the 19 MiB of working memory for each hash and lets it go
 * afterwards. The library used before kept an all-zero copy of it for as long as the process ran, after the
 * first sign-in: 20 MB of a live heap of about 35 MB (docs/benchmarks.md, "Twenty-first round").
 */
public final class PasswordHasher {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int HASH_BYTES = 32;
    static final int SALT_BYTES = 16;
    /**
     * The largest costs a stored hash may ask for. Verifying allocates the memory a hash names, and the
     * server's heap is 128 MB by default: a hash from elsewhere that asks for more is refused, not tried.
     */
    static final int MAX_MEMORY_KIB = 65_536;
    static final int MAX_ITERATIONS = 16;
    static final int MAX_PARALLELISM = 8;

    private static final String PREFIX = "$argon2id$v=19$";
    /** The costs, in the order the PHC format gives them ({@code \d} matches ASCII digits only). */
    private static final Pattern COSTS = Pattern.compile("m=(\\d{1,9}),t=(\\d{1,9}),p=(\\d{1,9})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding(); // the PHC format's
    private static final Base64.Decoder BASE64_IN = Base64.getDecoder();                // accepts it unpadded

    private final int memoryKib;
    private final int iterations;

    public PasswordHasher() {
        this(MEMORY_KIB, ITERATIONS);
    }

    /** Still Argon2id; lower costs are for tests only, which hash hundreds of passwords. */
    public PasswordHasher(int memoryKib, int iterations) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
    }

    public String hash(String password) {
        byte[] salt = random(SALT_BYTES);
        byte[] digest = argon2id(password, salt, memoryKib, iterations, PARALLELISM, HASH_BYTES);
        return encode(memoryKib, iterations, PARALLELISM, salt, digest);
    }

    /**
     * An encoded Argon2id hash with this hasher's costs, a random salt and a random digest: the hash of no
     * password anyone knows. Signing in with an unknown email verifies the password against it, which does the
     * same work as verifying a real hash, so the answer's timing does not tell whether the email has an account.
     * It is written out rather than computed: hashing a made-up password at start-up allocated the 19 MiB of
     * working memory while the server was starting, and the garbage collector's copying of it paused
     * every thread for about 0.3 s of each start (docs/benchmarks.md, "Twenty-first round").
     */
    public String decoy() {
        return encode(memoryKib, iterations, PARALLELISM, random(SALT_BYTES), random(HASH_BYTES));
    }

    /**
     * Whether {@code password} is the one {@code encodedHash} was made from. False for anything but an
     * Argon2id hash of version 19 in the PHC format, and for costs above the limits above.
     */
    public boolean verify(String password, String encodedHash) {
        if (password == null || encodedHash == null || !encodedHash.startsWith(PREFIX)) {
            return false;
        }
        // after the prefix: m=..,t=..,p=..$salt$digest
        String[] parts = encodedHash.substring(PREFIX.length()).split("\\$", -1);
        if (parts.length != 3) {
            return false;
        }
        Matcher costs = COSTS.matcher(parts[0]);
        if (!costs.matches()) {
            return false;
        }
        int m = Integer.parseInt(costs.group(1));
        int t = Integer.parseInt(costs.group(2));
        int p = Integer.parseInt(costs.group(3));
        if (p < 1 || p > MAX_PARALLELISM || t < 1 || t > MAX_ITERATIONS || m < 8 * p || m > MAX_MEMORY_KIB) {
            return false;
        }
        byte[] salt;
        byte[] expected;
        try {
            salt = BASE64_IN.decode(parts[1]);
            expected = BASE64_IN.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (salt.length < 8 || expected.length < 4 || expected.length > 64) {
            return false;
        }
        return MessageDigest.isEqual(expected, argon2id(password, salt, m, t, p, expected.length));
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] argon2id(String password, byte[] salt, int memoryKib, int iterations, int parallelism,
                                   int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    private static String encode(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] digest) {
        return PREFIX + "m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(digest);
    }
}
