package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
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
        assertFalse(standard.verify(null, cheap));
        assertFalse(standard.verify("battery staple", "$2a$10$notargon"));
        assertFalse(standard.verify("battery staple", "$argon2id$v=19$m=broken"));
    }

    /** Hashes stored before the change of library, and any other Argon2id implementation's, still verify. */
    @Test
    void hashesMadeByAnotherImplementationVerifyAndOursVerifyThere() {
        PasswordHasher standard = new PasswordHasher();
        for (String password : List.of("correct horse", "", "pässwörd with ünïcode ✓", "x".repeat(200))) {
            for (int[] costs : new int[][] {{1024, 1}, {4096, 3}, {PasswordHasher.MEMORY_KIB, PasswordHasher.ITERATIONS}}) {
                Argon2Function theirs = Argon2Function.getInstance(costs[0], costs[1], 1, 32, Argon2.ID);
                String made = Password.hash(password).addRandomSalt(16).with(theirs).getResult();
                assertTrue(standard.verify(password, made), made);
                assertFalse(standard.verify(password + "!", made), made);
                String ours = new PasswordHasher(costs[0], costs[1]).hash(password);
                // the other library answers no to an empty password whatever the hash (sign-up never makes one)
                assertEquals(!password.isEmpty(), Password.check(password, ours).with(Argon2Function.getInstanceFromHash(ours)),
                        ours);
                assertFalse(Password.check(password + "!", ours).with(Argon2Function.getInstanceFromHash(ours)), ours);
            }
        }
    }

    @Test
    void aHashThatIsNotOursOrAsksForTooMuchIsRefusedWithoutHashing() {
        PasswordHasher hasher = new PasswordHasher(1024, 1);
        String good = hasher.hash("pw");
        assertTrue(hasher.verify("pw", good));
        String salted = good.substring(good.indexOf("$", "$argon2id$v=19$m".length())); // "$salt$digest"
        for (String bad : List.of(
                "$argon2id$v=19$m=" + (PasswordHasher.MAX_MEMORY_KIB + 1) + ",t=1,p=1" + salted, // 64 MiB and up
                "$argon2id$v=19$m=1024,t=" + (PasswordHasher.MAX_ITERATIONS + 1) + ",p=1" + salted,
                "$argon2id$v=19$m=1024,t=1,p=" + (PasswordHasher.MAX_PARALLELISM + 1) + salted,
                "$argon2id$v=19$m=4,t=1,p=1" + salted,                                              // under 8 KiB a lane
                "$argon2id$v=19$m=1024,t=0,p=1" + salted,
                "$argon2id$v=19$m=1024,t=1,p=1,x=2" + salted,
                "$argon2id$v=19$m=1024,t=1" + salted,
                "$argon2id$v=19$m=+1024,t=1,p=1" + salted,
                "$argon2id$v=19$m=99999999999,t=1,p=1" + salted,
                "$argon2id$v=16$m=1024,t=1,p=1" + salted,                                           // another version
                "$argon2i$v=19$m=1024,t=1,p=1" + salted,                                            // another variant
                "$argon2id$v=19$m=1024,t=1,p=1$not*base64$AAAAAAAA",
                "$argon2id$v=19$m=1024,t=1,p=1" + salted + "$extra",
                "$argon2id$v=19$m=1024,t=1,p=1$$")) {
            assertFalse(hasher.verify("pw", bad), bad);
        }
        assertTrue(hasher.verify("pw", "$argon2id$v=19$m=1024,t=1,p=1" + salted), "the same hash, spelled out");
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
            // another implementation reads it as the same function a real hash names, and checking runs the hash
            Argon2Function function = Argon2Function.getInstanceFromHash(decoy);
            assertSame(Argon2Function.getInstanceFromHash(real), function);
            assertFalse(Password.check("correct horse", decoy).with(function), "it runs the hash and answers no");
            assertFalse(hasher.verify("", decoy));
            assertNotEquals(decoy, hasher.decoy(), "a salt and digest of its own each time");
        }
    }
}
