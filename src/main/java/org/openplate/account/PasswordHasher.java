package org.openplate.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Argon2id password hashing with OWASP's minimum recommended parameters
 * (m = 19 MiB, t = 2, p = 1; OWASP Password Storage Cheat Sheet). The encoded hash carries its
 * own parameters and salt, so raising the cost later still verifies old hashes.
 */
public final class PasswordHasher {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int HASH_BYTES = 32;
    static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int memoryKib;
    private final int iterations;
    /**
     * Set up on the first hash, not when the app is built: password4j allocates the whole working memory
     * (19 MiB of blocks) when it creates the function, which took about 160 ms of every start, most of it in
     * the garbage collector. A server that nobody signs in to never pays it.
     */
    private volatile Argon2Function function;

    public PasswordHasher() {
        this(MEMORY_KIB, ITERATIONS);
    }

    /** Still Argon2id; lower costs are for tests only, which hash hundreds of passwords. */
    public PasswordHasher(int memoryKib, int iterations) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
    }

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(function()).getResult();
    }

    /**
     * An encoded Argon2id hash with this hasher's costs, a random salt and a random digest: the hash of no
     * password anyone knows. Signing in with an unknown email verifies the password against it, which does the
     * same work as verifying a real hash, so the answer's timing does not tell whether the email has an account.
     * It is written out rather than computed: hashing a made-up password at start-up allocated the 19 MiB of
     * working memory twice while the server was starting, and the garbage collector's copying of it paused
     * every thread for about 0.3 s of each start (docs/benchmarks.md, "Twenty-first round").
     */
    public String decoy() {
        byte[] salt = new byte[SALT_BYTES];
        byte[] digest = new byte[HASH_BYTES];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(digest);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding(); // the PHC string format's encoding
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + PARALLELISM + "$"
                + base64.encodeToString(salt) + "$" + base64.encodeToString(digest);
    }

    private Argon2Function function() {
        Argon2Function f = function;
        if (f == null) {
            // password4j keeps one function per set of parameters, so two threads racing here share it
            f = Argon2Function.getInstance(memoryKib, iterations, PARALLELISM, HASH_BYTES, Argon2.ID);
            function = f;
        }
        return f;
    }

    public boolean verify(String password, String encodedHash) {
        if (encodedHash == null || !encodedHash.startsWith("$argon2id$")) {
            return false;
        }
        try {
            return Password.check(password, encodedHash).with(Argon2Function.getInstanceFromHash(encodedHash));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
