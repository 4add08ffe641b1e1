package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The path an area check sees: repeated slashes and capitals cannot slip past it. */
class AreaGuardTest {

    @Test
    void repeatedSlashesAndCapitalsAreFoldedAway() {
        assertEquals("/admin/foods", AreaGuard.normalise("//ADMIN///foods"));
        assertEquals("/admin/", AreaGuard.normalise("/Admin//"));
        assertEquals("/diary/days/2026-12-03", AreaGuard.normalise("/diary/days/2026-12-03"));
        assertEquals("/", AreaGuard.normalise("///"));
        assertEquals("", AreaGuard.normalise(""));
    }
}
