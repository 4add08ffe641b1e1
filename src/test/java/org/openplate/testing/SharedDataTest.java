package org.openplate.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Missing shared data fails loudly unless the run opts out explicitly. */
class SharedDataTest {

    @Test
    void missingDataFailsByDefault() {
        String old = System.clearProperty(SharedData.OPTIONAL);
        try {
            AssertionError e = assertThrows(AssertionError.class, () -> SharedData.require("no-such-data-set"));
            assertTrue(e.getMessage().contains(SharedData.OPTIONAL), e.getMessage());
        } finally {
            restore(old);
        }
    }

    @Test
    void missingDataSkipsOnlyWhenDeclaredOptional() {
        String old = System.setProperty(SharedData.OPTIONAL, "true");
        try {
            assertThrows(TestAbortedException.class, () -> SharedData.require("no-such-data-set"));
        } finally {
            restore(old);
        }
    }

    private static void restore(String old) {
        if (old == null) {
            System.clearProperty(SharedData.OPTIONAL);
        } else {
            System.setProperty(SharedData.OPTIONAL, old);
        }
    }
}
