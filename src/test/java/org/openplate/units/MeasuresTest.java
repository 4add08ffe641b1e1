package org.openplate.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasuresTest {

    /** International inch and pound, exact (1959 agreement), written out independently of the class. */
    private static final double CM_PER_IN = 2.54;
    private static final double KG_PER_LB = 0.45359237;
    private static final double FIVE_FOUR_CM = 64 * CM_PER_IN;   // 162.56 cm

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"5ft4in", "5 ft 4 in", "5FT4IN", "5Ft 4In", "  5 ft  4 in  ", "5'4\"", "5'4", "5' 4\"",
        "5′4″", "5’4”", "5'4''", "5 feet 4 inches", "5ft4", "64in", "64 in", "64IN", "64\"", "64 inches",
        "162.56cm", "162.56 cm", "162.56CM", "1.6256m", "1.6256 M"})
    void fiveFeetFourInEveryAcceptedForm(String text) {
        assertEquals(FIVE_FOUR_CM, Measures.parseHeightCm(text), 1e-9);
    }

    @ParameterizedTest(name = "[{0}] = {1} cm")
    @CsvSource(delimiter = '|', value = {
        "5ft | 152.4",
        "6' | 182.88",
        "5 ft | 152.4",
        "5ft 4.5in | 163.83",
        "5ft 0in | 152.4",
        "5ft 11.9in | 182.626",
        "162.5cm | 162.5",
        "162.5 cm | 162.5",
        "1.63m | 163",
        "2 m | 200",
        "70.5in | 179.07"})
    void otherHeights(String text, double expectedCm) {
        assertEquals(expectedCm, Measures.parseHeightCm(text), 1e-9);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "170", "64", "5.4", "-5ft", "-64in", "-162cm", "5ft -4in", "tall", "five feet",
        "5ft12in", "5ft 13in", "5'12\"", "6ft 12.0in", "170kg", "64 lb", "NaN cm", "Infinity in", "NaNin", "1e2cm",
        "5 ft 4 in extra", "5ft4in5", "cm", "ft", "162,5cm", "5..4ft", "163mm"})
    void badHeightsAreRejectedWithExamples(String text) {
        MeasureFormatException e = assertThrows(MeasureFormatException.class, () -> Measures.parseHeightCm(text));
        assertTrue(e.getMessage().contains("e.g. 5ft4in"), e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void heightErrorMessagesSayWhatIsWrong() {
        assertTrue(message(() -> Measures.parseHeightCm("170")).contains("no unit"));
        assertTrue(message(() -> Measures.parseHeightCm("5ft12in")).contains("less than 12"));
        assertTrue(message(() -> Measures.parseHeightCm("-64in")).contains("negative"));
        assertTrue(message(() -> Measures.parseHeightCm("")).startsWith("Enter a height"));
        assertTrue(message(() -> Measures.parseHeightCm("9".repeat(400) + "cm")).contains("too large"));
    }

    @Test
    void unitsArentCheckedForRange() {
        assertEquals(0, Measures.parseHeightCm("0cm"), 0);
        assertEquals(1000, Measures.parseHeightCm("10m"), 1e-9);
        assertEquals(5000 * KG_PER_LB, Measures.parseWeightKg("5000lb"), 1e-9);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"150lb", "150 lb", "150 lbs", "150LB", "150 Lbs", " 150 pounds ", "10st10lb",
        "10st 10lb", "10 st 10 lbs", "10ST10LB", "10st10", "10 stone 10 lb"})
    void oneHundredFiftyPoundsInEveryAcceptedForm(String text) {
        assertEquals(150 * KG_PER_LB, Measures.parseWeightKg(text), 1e-9);
    }

    @ParameterizedTest(name = "[{0}] = {1} kg")
    @CsvSource(delimiter = '|', value = {
        "150.5lb | 68.265651685",
        "68kg | 68",
        "68 kg | 68",
        "68.5 KG | 68.5",
        "10st | 63.5029318",
        "10 st | 63.5029318",
        "10st 13.5lb | 69.626429",
        "0.5 lb | 0.226796185"})
    void otherWeights(String text, double expectedKg) {
        assertEquals(expectedKg, Measures.parseWeightKg(text), 1e-6);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "150", "68.5", "-150lb", "-68 kg", "heavy", "150cm", "5ft", "lb", "kg",
        "10st14lb", "10st 20lb", "NaN kg", "Infinity lb", "150 lb 3", "68,5kg", "1e2kg"})
    void badWeightsAreRejectedWithExamples(String text) {
        MeasureFormatException e = assertThrows(MeasureFormatException.class, () -> Measures.parseWeightKg(text));
        assertTrue(e.getMessage().contains("e.g. 150lb"), e.getMessage());
    }

    @Test
    void weightErrorMessagesSayWhatIsWrong() {
        assertTrue(message(() -> Measures.parseWeightKg("150")).contains("no unit"));
        assertTrue(message(() -> Measures.parseWeightKg("10st14lb")).contains("less than 14"));
        assertTrue(message(() -> Measures.parseWeightKg("-150lb")).contains("negative"));
        assertTrue(message(() -> Measures.parseWeightKg(null)).startsWith("Enter a weight"));
        assertTrue(message(() -> Measures.parseWeightKg("9".repeat(400) + "lb")).contains("too large"));
    }

    @Test
    void conversions() {
        assertEquals(45.359237, Measures.lbToKg(100), 1e-12);
        assertEquals(220.46226218, Measures.kgToLb(100), 1e-8);
        assertEquals(254, Measures.inchesToCm(100), 1e-12);
        assertEquals(39.37007874, Measures.cmToInches(100), 1e-8);
        assertEquals(KG_PER_LB, Measures.KG_PER_LB, 0);
        assertEquals(CM_PER_IN, Measures.CM_PER_INCH, 0);
        assertEquals(14, Measures.LB_PER_STONE);
    }

    @ParameterizedTest(name = "{0} in = {1} ft {2} in")
    @CsvSource({"64, 5, 4", "71.8, 6, 0", "71.4, 5, 11", "71.6, 6, 0", "60, 5, 0", "59.6, 5, 0", "35.4, 2, 11",
        "98.43, 8, 2"})
    void feetAndWholeInches(double inches, int feet, int inchPart) {
        double cm = inches * CM_PER_IN;
        assertEquals(new Measures.FeetInches(feet, inchPart), Measures.FeetInches.of(cm));
        assertEquals(feet + " ft " + inchPart + " in", Measures.formatHeight(cm, UnitSystem.US));
    }

    @Test
    void metricHeightsHaveOneDecimal() {
        assertEquals("162.6 cm", Measures.formatHeight(FIVE_FOUR_CM, UnitSystem.METRIC));
        assertEquals("170.0 cm", Measures.formatHeight(170, UnitSystem.METRIC));
        assertEquals("162.5 cm", Measures.formatHeight(162.5, UnitSystem.METRIC));
    }

    @Test
    void weightsHaveOneDecimal() {
        assertEquals("150.0 lb", Measures.formatWeight(150 * KG_PER_LB, UnitSystem.US));
        assertEquals("150.5 lb", Measures.formatWeight(150.5 * KG_PER_LB, UnitSystem.US));
        assertEquals("220.5 lb", Measures.formatWeight(100, UnitSystem.US));   // 220.46 lb
        assertEquals("68.0 kg", Measures.formatWeight(68, UnitSystem.METRIC));
        assertEquals("68.5 kg", Measures.formatWeight(68.46, UnitSystem.METRIC));
    }

    @ParameterizedTest(name = "{0} lb/week → [{1}]")
    @CsvSource(delimiter = '|', value = {
        "-1 | -1 lb/week",
        "0.5 | +0.5 lb/week",
        "0 | 0 lb/week",
        "-0.001 | 0 lb/week",
        "-2 | -2 lb/week",
        "1.5 | +1.5 lb/week",
        "-0.18 | -0.18 lb/week",
        "-0.574 | -0.57 lb/week",
        "0.106 | +0.11 lb/week",
        "10 | +10 lb/week"})
    void usWeeklyRates(double lbPerWeek, String expected) {
        assertEquals(expected, Measures.formatWeeklyRate(lbPerWeek * KG_PER_LB, UnitSystem.US));
    }

    @ParameterizedTest(name = "{0} kg/week → [{1}]")
    @CsvSource(delimiter = '|', value = {
        "-0.45359237 | -0.45 kg/week",
        "0.22679618 | +0.23 kg/week",
        "0 | 0.00 kg/week",
        "-0.001 | 0.00 kg/week",
        "-0.9071847 | -0.91 kg/week",
        "1 | +1.00 kg/week"})
    void metricWeeklyRates(double kgPerWeek, String expected) {
        assertEquals(expected, Measures.formatWeeklyRate(kgPerWeek, UnitSystem.METRIC));
    }

    @Test
    void unitSystemCodes() {
        assertEquals("us", UnitSystem.US.code());
        assertEquals("metric", UnitSystem.METRIC.code());
        assertEquals(UnitSystem.METRIC, UnitSystem.fromCode("metric").orElseThrow());
        assertEquals(UnitSystem.US, UnitSystem.fromCode(" US ").orElseThrow());
        assertTrue(UnitSystem.fromCode("imperial").isEmpty());
        assertTrue(UnitSystem.fromCode(null).isEmpty());
    }

    private static String message(org.junit.jupiter.api.function.Executable parse) {
        return assertThrows(MeasureFormatException.class, parse).getMessage();
    }
}
