package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.Argon2Function;
import com.password4j.Password;
import java.util.Base64;
import java.util.List;
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

    @Test
    void aDecoyIsAWellFormedHashWithTheHashersCostsThatNoPasswordMatches() {
        for (PasswordHasher hasher : List.of(new PasswordHasher(), new PasswordHasher(1024, 1))) {
            String real = hasher.hash("correct horse");
            String decoy = hasher.decoy();
            String[] parts = decoy.split("\\$", -1); // "", "argon2id", "v=19", costs, salt, digest
            assertEquals(6, parts.length, decoy);
            assertEquals(real.substring(0, real.indexOf(parts[3]) + parts[3].length()),
                    decoy.substring(0, decoy.indexOf(parts[3]) + parts[3].length()), "the same costs as a real hash");
            assertEquals(PasswordHasher.SALT_BYTES, Base64.getDecoder().decode(parts[4]).length);
            assertEquals(PasswordHasher.HASH_BYTES, Base64.getDecoder().decode(parts[5]).length);
            // parsed to the very function a real hash is checked with, so checking against it is the same work
            Argon2Function function = Argon2Function.getInstanceFromHash(decoy);
            assertSame(Argon2Function.getInstanceFromHash(real), function);
            assertFalse(Password.check("correct horse", decoy).with(function), "it runs the hash and answers no");
            assertFalse(hasher.verify("", decoy));
            assertNotEquals(decoy, hasher.decoy(), "a salt and digest of its own each time");
        }
    }
}
