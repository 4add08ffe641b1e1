package org.openplate.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Published test vectors from the shared reference ("Resting energy (BMR)") and the formulas written out. */
class BmrTest {

    @Test
    void mifflinStJeorPublishedVectors() {
        assertEquals(1780.0, Bmr.mifflinStJeor(Sex.MALE, 80, 180, 30), 0.05);
        assertEquals(1320.25, Bmr.mifflinStJeor(Sex.FEMALE, 60, 165, 30), 0.005);
    }

    @Test
    void revisedHarrisBenedictPublishedVectors() {
        assertEquals(1853.6, Bmr.harrisBenedictRevised(Sex.MALE, 80, 180, 30), 0.05);
        assertEquals(1383.7, Bmr.harrisBenedictRevised(Sex.FEMALE, 60, 165, 30), 0.05);
    }

    @Test
    void katchMcArdlePublishedVector() {
        assertEquals(1838.8, Bmr.katchMcArdle(80, 15), 0.05);
    }

    @ParameterizedTest(name = "{0} kg, {1} cm, {2} y")
    @CsvSource({"50, 150, 20", "72.5, 172.3, 44", "120, 195, 67", "45, 140, 90"})
    void formulasHoldAwayFromTheVectors(double kg, double cm, double age) {
        assertEquals(10 * kg + 6.25 * cm - 5 * age + 5, Bmr.mifflinStJeor(Sex.MALE, kg, cm, age), 1e-9);
        assertEquals(10 * kg + 6.25 * cm - 5 * age - 161, Bmr.mifflinStJeor(Sex.FEMALE, kg, cm, age), 1e-9);
        assertEquals(88.362 + 13.397 * kg + 4.799 * cm - 5.677 * age,
                Bmr.harrisBenedictRevised(Sex.MALE, kg, cm, age), 1e-9);
        assertEquals(447.593 + 9.247 * kg + 3.098 * cm - 4.330 * age,
                Bmr.harrisBenedictRevised(Sex.FEMALE, kg, cm, age), 1e-9);
        assertEquals(370 + 21.6 * kg * 0.75, Bmr.katchMcArdle(kg, 25), 1e-9);
    }

    @Test
    void mifflinDiffersBetweenSexesBy166() {
        assertEquals(166, Bmr.mifflinStJeor(Sex.MALE, 70, 170, 40) - Bmr.mifflinStJeor(Sex.FEMALE, 70, 170, 40), 1e-9);
    }

    @Test
    void ofDispatchesToTheChosenEquation() {
        assertEquals(1780.0, Bmr.of(BmrEquation.MIFFLIN_ST_JEOR, Sex.MALE, 80, 180, 30, null), 0.05);
        assertEquals(1853.6, Bmr.of(BmrEquation.HARRIS_BENEDICT_REVISED, Sex.MALE, 80, 180, 30, null), 0.05);
        assertEquals(1383.7, Bmr.of(BmrEquation.HARRIS_BENEDICT_REVISED, Sex.FEMALE, 60, 165, 30, null), 0.05);
        assertEquals(1838.8, Bmr.of(BmrEquation.KATCH_MCARDLE, Sex.MALE, 80, 180, 30, 15.0), 0.05);
        assertEquals(1838.8, Bmr.of(BmrEquation.KATCH_MCARDLE, Sex.FEMALE, 80, 150, 70, 15.0), 0.05,
                "Katch-McArdle ignores sex, height and age");
        assertEquals(1780.0, Bmr.of(BmrEquation.MIFFLIN_ST_JEOR, Sex.MALE, 80, 180, 30, 40.0), 0.05,
                "body fat is ignored by the other equations");
    }

    @Test
    void katchMcArdleWithoutBodyFatIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Bmr.of(BmrEquation.KATCH_MCARDLE, Sex.MALE, 80, 180, 30, null));
        assertTrue(e.getMessage().contains("body-fat"), e.getMessage());
    }

    @Test
    void equationCodesLabelsAndCitations() {
        assertEquals(List.of("mifflin", "harris-benedict", "katch-mcardle"),
                Arrays.stream(BmrEquation.values()).map(BmrEquation::code).toList());
        assertTrue(BmrEquation.MIFFLIN_ST_JEOR.citation().contains("1990;51:241"));
        assertTrue(BmrEquation.HARRIS_BENEDICT_REVISED.citation().contains("Roza"));
        assertEquals("Katch-McArdle", BmrEquation.KATCH_MCARDLE.label());
        assertTrue(BmrEquation.KATCH_MCARDLE.needsBodyFat());
        assertFalse(BmrEquation.MIFFLIN_ST_JEOR.needsBodyFat());
        assertEquals(BmrEquation.HARRIS_BENEDICT_REVISED, BmrEquation.fromCode(" Harris-Benedict ").orElseThrow());
        assertTrue(BmrEquation.fromCode("cunningham").isEmpty());
        assertTrue(BmrEquation.fromCode(null).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(BmrEquation.class)
    void equationCodesRoundTrip(BmrEquation e) {
        assertEquals(e, BmrEquation.fromCode(e.code()).orElseThrow());
        assertFalse(e.label().isBlank());
        assertFalse(e.citation().isBlank());
    }

    @Test
    void sexCodes() {
        assertEquals("female", Sex.FEMALE.code());
        assertEquals("male", Sex.MALE.code());
        assertEquals(Sex.FEMALE, Sex.fromCode("FEMALE").orElseThrow());
        assertEquals(Sex.MALE, Sex.fromCode("male").orElseThrow());
        assertTrue(Sex.fromCode("m").isEmpty());
        assertTrue(Sex.fromCode(null).isEmpty());
    }
}
