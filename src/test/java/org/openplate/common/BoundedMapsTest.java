package org.openplate.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoundedMapsTest {

    private static Map<Integer, String> full(int n) {
        Map<Integer, String> m = new HashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(i, "v" + i);
        }
        return m;
    }

    @Test
    void aFullMapDropsAnEighthBeforeANewKey() {
        Map<Integer, String> m = full(16);
        BoundedMaps.makeRoom(m, 16, 99);
        assertEquals(14, m.size(), "16 / 8 = 2 dropped");
        Map<Integer, String> small = full(3);
        BoundedMaps.makeRoom(small, 3, 99);
        assertEquals(2, small.size(), "at least one");
    }

    @Test
    void replacingAKeyOrRoomLeftDropsNothing() {
        Map<Integer, String> m = full(16);
        BoundedMaps.makeRoom(m, 16, 5);
        assertEquals(16, m.size(), "the key is already there: a put replaces it");
        Map<Integer, String> roomy = full(10);
        BoundedMaps.makeRoom(roomy, 16, 99);
        assertEquals(10, roomy.size());
        assertTrue(roomy.containsKey(0));
    }
}
