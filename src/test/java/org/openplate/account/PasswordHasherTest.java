package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void theDefaultHashIsArgon2idWithOwaspsMinimumCostAndASaltOfItsOwn() {
        PasswordHasher hasher = new PasswordHasher();
        String first = hasher.hash("correct horse");
        String second = hasher.hash("correct horse");
        assertTrue(first.startsWith("$argon2id$v=19$m=" + PasswordHasher.MEMORY_KIB + ",t=" + PasswordHasher.ITERATIONS
                + ",p=" + PasswordHasher.PARALLELISM + "$"), first);
        assertNotEquals(first, second, "each hash has its own salt");
        assertTrue(hasher.verify("correct horse", first));
        assertFalse(hasher.verify("correct horsE", first));
    }

    @Test
    void aHashMadeWithOtherCostsStillVerifiesAndNothingElseDoes() {
        String cheap = new PasswordHasher(1024, 1).hash("battery staple");
        PasswordHasher standard = new PasswordHasher();
        assertTrue(standard.verify("battery staple", cheap));
        assertFalse(standard.verify("battery stapler", cheap));
        assertFalse(standard.verify("battery staple", null));
        assertFalse(standard.verify("battery staple", "$2a$10$notargon"));
        assertFalse(standard.verify("battery staple", "$argon2id$v=19$m=broken"));
    }
}
