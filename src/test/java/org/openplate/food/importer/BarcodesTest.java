package org.openplate.food.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Barcodes} (GS1 mod-10 check digits) and the importers' barcode cell rule {@link Importers#barcode}. */
class BarcodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"036000291452", "4006381333931", "73513537", "3017620422003", "0036000291452"})
    void validCodes(String code) {
        assertTrue(Barcodes.valid(code));
        String wrongLast = code.substring(0, code.length() - 1) + (char) ('0' + (code.charAt(code.length() - 1) - '0'
                + 1) % 10);
        assertFalse(Barcodes.valid(wrongLast), wrongLast);
    }

    @Test
    void checkDigits() {
        assertEquals(2, Barcodes.checkDigit("03600029145"));
        assertEquals(1, Barcodes.checkDigit("400638133393"));
        assertEquals(7, Barcodes.checkDigit("7351353"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "12345678901", "00036000291452", "03600029145X", "036000 291452"})
    void onlyEightTwelveOrThirteenDigits(String code) {
        assertFalse(Barcodes.valid(code));
    }

    @Test
    void normaliseStoresUpcAAsEan13AndStripsSeparators() {
        assertEquals(Optional.of("0036000291452"), Barcodes.normalise("036000291452"));
        assertEquals(Optional.of("0036000291452"), Barcodes.normalise("0 36000-29145 2"));
        assertEquals(Optional.of("4006381333931"), Barcodes.normalise("4006381333931"));
        assertEquals(Optional.of("73513537"), Barcodes.normalise("73513537"));
        assertEquals(Optional.empty(), Barcodes.normalise("036000291453"));
        assertEquals(Optional.empty(), Barcodes.normalise(null));
    }

    @Test
    void importerCells() {
        assertNull(Importers.barcode(""));
        assertNull(Importers.barcode(null));
        assertEquals("0036000291452", Importers.barcode("036000291452"));
        assertEquals("4006381333931", Importers.barcode("04006381333931")); // GTIN-14, indicator 0
        assertEquals("0036000291452", Importers.barcode("00036000291452"));
        assertEquals("bad barcode check digit: 4006381333932",
                assertThrows(IllegalArgumentException.class, () -> Importers.barcode("4006381333932")).getMessage());
        assertEquals("bad barcode check digit: 04006381333932",
                assertThrows(IllegalArgumentException.class, () -> Importers.barcode("04006381333932")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Importers.barcode("14006381333938"))
                .getMessage().contains("packaging indicator 1"));
        assertEquals("bad barcode length (11 digits): 36000291452",
                assertThrows(IllegalArgumentException.class, () -> Importers.barcode("36000291452")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Importers.barcode("ABC123"))
                .getMessage().startsWith("bad barcode: not digits"));
    }
}
