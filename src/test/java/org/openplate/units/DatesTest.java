package org.openplate.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void oneStyleWithAndWithoutTheYearAndWithATimeInTheUsersZone() {
        assertEquals("Tue 1 Dec 2026", Dates.day(LocalDate.of(2026, 12, 1)));
        assertEquals("Tue 1 Dec", Dates.dayShort(LocalDate.of(2026, 12, 1)));
        assertEquals("Mon 30 Nov 2026, 19:05",
                Dates.dateTime(Instant.parse("2026-12-01T01:05:00Z"), ZoneId.of("America/Chicago")));
        assertEquals("", Dates.day(null));
    }
}
