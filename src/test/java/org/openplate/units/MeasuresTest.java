package org.openplate.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasuresTest {

    private static final double FIVE_FOUR_CM = 64 * 2.54;

    @ParameterizedTest
    @ValueSource(strings = {"5ft4in", "5 ft 4 in", "5FT4IN", "5'4\"", "5'4", "5′4″", "5’4”", "64in", "64 in", "64\"",
        "162.56cm", "162.56 cm", "1.6256m"})
    void heightsInEveryAcceptedForm(String text) {
        assertEquals(FIVE_FOUR_CM, Measures.parseHeightCm(text), 1e-9);
    }

    @Test
    void feetAloneAndFractionalInches() {
        assertEquals(6 * 12 * 2.54, Measures.parseHeightCm("6ft"), 1e-9);
        assertEquals(6 * 12 * 2.54, Measures.parseHeightCm("6'"), 1e-9);
        assertEquals((5 * 12 + 4.5) * 2.54, Measures.parseHeightCm("5ft 4.5in"), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "170", "tall", "-5ft", "5ft13in", "5ft12in", "170kg", "NaN cm", "Infinity cm",
        "5 ft 4 in extra"})
    void badHeightsAreRejectedWithExamples(String text) {
        MeasureFormatException e = assertThrows(MeasureFormatException.class, () -> Measures.parseHeightCm(text));
        assertTrue(e.getMessage().contains("e.g.") || e.getMessage().contains("less than 12"), e.getMessage());
    }

    @Test
    void nullIsRejected() {
        assertThrows(MeasureFormatException.class, () -> Measures.parseHeightCm(null));
        assertThrows(MeasureFormatException.class, () -> Measures.parseWeightKg(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"150lb", "150 lbs", "150 LB", "150 pounds", "10st10lb", "10st 10lb", "10 st 10 lbs"})
    void weightsOf150Pounds(String text) {
        assertEquals(150 * 0.45359237, Measures.parseWeightKg(text), 1e-9);
    }

    @Test
    void kilogramsAndWholeStones() {
        assertEquals(68, Measures.parseWeightKg("68kg"), 1e-12);
        assertEquals(68.5, Measures.parseWeightKg("68.5 kg"), 1e-12);
        assertEquals(140 * 0.45359237, Measures.parseWeightKg("10st"), 1e-9);
        assertEquals(150 * 0.45359237, Measures.parseWeightKg("10st10"), 1e-9, "pounds after stones need no unit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "150", "-150lb", "heavy", "150cm", "lb", "10 stone"})
    void badWeightsAreRejectedWithExamples(String text) {
        MeasureFormatException e = assertThrows(MeasureFormatException.class, () -> Measures.parseWeightKg(text));
        assertTrue(e.getMessage().contains("e.g."), e.getMessage());
    }

    @Test
    void formatting() {
        assertEquals("5 ft 4 in", Measures.formatHeight(FIVE_FOUR_CM, UnitSystem.US));
        assertEquals("6 ft 0 in", Measures.formatHeight(71.8 * 2.54, UnitSystem.US), "11.8 in rounds up to a foot");
        assertEquals("162.6 cm", Measures.formatHeight(FIVE_FOUR_CM, UnitSystem.METRIC));
        assertEquals("150.0 lb", Measures.formatWeight(150 * 0.45359237, UnitSystem.US));
        assertEquals("68.0 kg", Measures.formatWeight(68, UnitSystem.METRIC));
        assertEquals("-1 lb/week", Measures.formatWeeklyRate(-0.45359237, UnitSystem.US));
        assertEquals("+0.5 lb/week", Measures.formatWeeklyRate(0.5 * 0.45359237, UnitSystem.US));
        assertEquals("0 lb/week", Measures.formatWeeklyRate(0, UnitSystem.US));
        assertEquals("-0.45 kg/week", Measures.formatWeeklyRate(-0.45359237, UnitSystem.METRIC));
        assertEquals("-0.18 lb/week", Measures.formatWeeklyRate(-0.18 * 0.45359237, UnitSystem.US));
        assertEquals(new Measures.FeetInches(5, 4), Measures.FeetInches.of(FIVE_FOUR_CM));
    }

    @Test
    void conversionsAreExactInverses() {
        assertEquals(100, Measures.kgToLb(Measures.lbToKg(100)), 1e-9);
        assertEquals(100, Measures.cmToInches(Measures.inchesToCm(100)), 1e-9);
        assertEquals(UnitSystem.METRIC, UnitSystem.fromCode("metric").orElseThrow());
        assertEquals("us", UnitSystem.US.code());
    }
}
