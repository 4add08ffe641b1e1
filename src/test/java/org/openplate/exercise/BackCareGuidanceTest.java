package org.openplate.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openplate.exercise.CheckIn.Effort;
import org.openplate.exercise.CheckIn.RedFlag;

/** Every guidance rule, at and either side of its boundary. */
class BackCareGuidanceTest {

    private static CheckIn c(int before, int after, int hold, Effort effort, RedFlag... flags) {
        return new CheckIn(before, after, Set.of(CheckIn.Area.LOWER_BACK), hold, effort, Set.of(flags));
    }

    private static List<String> codes(CheckIn now, CheckIn... earlier) {
        return BackCareGuidance.advise(now, List.of(earlier)).stream().map(BackCareGuidance.Advice::code).toList();
    }

    @Test
    void aGentleSessionIsEncouraged() {
        assertEquals(List.of("keep-going"), codes(c(3, 2, 30, Effort.MILD)));
        assertEquals(List.of("keep-going"), codes(c(3, 3, 45, Effort.STRONG)), "same pain, 45 s is still fine");
    }

    @Test
    void painHigherAfterThanBefore() {
        assertEquals(List.of("pain-rose"), codes(c(3, 4, 30, Effort.MILD)));
        assertEquals(List.of("keep-going"), codes(c(4, 4, 30, Effort.MILD)));
    }

    @Test
    void holdsMuchLongerThan30sOrPainfulStretchesAreTooHard() {
        assertEquals(List.of("keep-going"), codes(c(2, 2, 45, Effort.MILD)));
        assertEquals(List.of("too-hard"), codes(c(2, 2, 46, Effort.MILD)));
        assertEquals(List.of("too-hard"), codes(c(2, 2, 20, Effort.PAINFUL)));
    }

    @Test
    void painRisingOverTwoSessionsPointsToCoreBalanceAndTheRightMuscles() {
        CheckIn first = c(2, 2, 30, Effort.MILD);
        CheckIn second = c(2, 3, 30, Effort.MILD);
        assertEquals(List.of("pain-rose", "core-balance", "right-muscles"), codes(c(3, 4, 30, Effort.MILD), first, second));
        assertEquals(List.of("core-balance", "right-muscles"), codes(c(4, 4, 30, Effort.MILD), first, second),
                "2 → 3 → 4 after the sessions");
        assertEquals(List.of("keep-going"), codes(c(3, 3, 30, Effort.MILD), first, second), "3 is not higher than 3");
        assertEquals(List.of("pain-rose"), codes(c(3, 4, 30, Effort.MILD), second), "one earlier session is not a trend");
        assertEquals(List.of("keep-going"), codes(c(3, 3, 30, Effort.MILD), c(2, 4, 30, Effort.MILD), second),
                "4 → 3 → 3 is not rising");
    }

    @Test
    void redFlagsOrSeverePainMeanStopAndSeeADoctor() {
        assertEquals(List.of("see-doctor"), codes(c(2, 2, 30, Effort.MILD, RedFlag.TINGLING)));
        assertEquals(List.of("see-doctor"), codes(c(7, 5, 30, Effort.MILD)));
        assertEquals(List.of("see-doctor", "pain-rose"), codes(c(3, 7, 30, Effort.MILD)));
        assertEquals(List.of("pain-rose"), codes(c(3, 6, 30, Effort.MILD)), "6 is below the line");
        assertEquals(BackCareGuidance.Level.STOP, BackCareGuidance.advise(c(1, 1, 30, Effort.MILD,
                RedFlag.PAIN_DOWN_LEG), List.of()).get(0).level());
    }

    @Test
    void checkInValuesAreBounded() {
        assertThrows(IllegalArgumentException.class, () -> c(-1, 2, 30, Effort.MILD));
        assertThrows(IllegalArgumentException.class, () -> c(2, 11, 30, Effort.MILD));
        assertThrows(IllegalArgumentException.class, () -> c(2, 2, 601, Effort.MILD));
    }

    private static String alert(CheckIn now, CheckIn... earlier) {
        return BackCareGuidance.alert(now, List.of(earlier)).map(BackCareGuidance.Advice::code).orElse("none");
    }

    @Test
    void aRiseOfTwoPointsDuringTheSessionOrSinceTheLastCheckInIsAlerted() {
        assertEquals("none", alert(c(3, 4, 30, Effort.MILD)), "1 point during the session");
        assertEquals("pain-rise", alert(c(3, 5, 30, Effort.MILD)), "2 points during the session");
        assertEquals("none", alert(c(4, 4, 30, Effort.MILD), c(2, 3, 30, Effort.MILD)), "1 point since last time");
        assertEquals("pain-rise", alert(c(4, 4, 30, Effort.MILD), c(0, 1, 30, Effort.MILD), c(2, 2, 30, Effort.MILD)),
                "2 points above the latest check-in's pain after");
        assertEquals("none", alert(c(4, 4, 30, Effort.MILD), c(2, 2, 30, Effort.MILD), c(5, 5, 30, Effort.MILD)),
                "only the latest check-in counts");
        assertEquals("see-doctor", alert(c(3, 7, 30, Effort.MILD)), "severe pain: the doctor's advice comes first");
        String text = BackCareGuidance.alert(c(3, 5, 30, Effort.MILD), List.of()).orElseThrow().text();
        assertEquals(true, text.contains("mild tension") && text.contains("20-30 seconds"), text);
    }
}
