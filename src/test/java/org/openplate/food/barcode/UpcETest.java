package org.openplate.food.barcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openplate.common.BadInputException;

/** UPC-E expansion (GS1 zero suppression) and the readings of a typed or scanned code. */
class UpcETest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "04252614, 042100005264",   // last data digit 1: manufacturer 421 00, product 00 526 (GS1's own example)
        "01234565, 012345000065",   // 5-9: manufacturer 12345, product 0000 6
        "01234505, 012000003455",   // 0: manufacturer 12 0 00, product 00 345
        "01234531, 012300000451",   // 3: manufacturer 123 00, product 000 45
        "01234543, 012340000053",   // 4: manufacturer 1234 0, product 0000 5
        "11234562, 112345000062",   // number system 1
    })
    void expandsToTheUpcAItStandsFor(String upcE, String upcA) {
        assertEquals(Optional.of(upcA), UpcE.toUpcA(upcE));
        assertTrue(UpcE.valid(upcE));
    }

    @Test
    void refusesWrongCheckDigitsSystemsAndLengths() {
        assertEquals(Optional.empty(), UpcE.toUpcA("04252615"), "check digit");
        assertEquals(Optional.empty(), UpcE.toUpcA("24252614"), "number system 2 is not UPC-E");
        assertEquals(Optional.empty(), UpcE.toUpcA("0425261"), "7 digits");
        assertEquals(Optional.empty(), UpcE.toUpcA("0425261x"));
        assertEquals(Optional.empty(), UpcE.toUpcA(null));
        assertFalse(UpcE.valid("042526144"));
    }

    @Test
    void readingsOfTypedCodes() {
        List<ProductCode> ean13 = ProductCode.readings("5901234123457", "code");
        assertEquals(List.of(new ProductCode("5901234123457", ProductCode.Format.EAN_13)), ean13);
        assertEquals("5901234123457", ean13.get(0).lookup());

        ProductCode upcA = ProductCode.readings("0 36000 29145 2", "code").get(0);
        assertEquals(ProductCode.Format.UPC_A, upcA.format());
        assertEquals("0036000291452", upcA.lookup(), "stored as its EAN-13 form");

        ProductCode upcE = ProductCode.readings("04252614", "code").get(0);
        assertEquals(ProductCode.Format.UPC_E, upcE.format());
        assertEquals("0042100005264", upcE.lookup(), "the UPC-A it stands for, as EAN-13");

        assertEquals(List.of(new ProductCode("96385074", ProductCode.Format.EAN_8)),
                ProductCode.readings("9638-5074", "code"));

        // 01234565 is a UPC-E; is it also an EAN-8? 0*3+1+2*3+3+4*3+5+6*3 = 45 -> check 5: yes, both readings.
        assertEquals(List.of(ProductCode.Format.EAN_8, ProductCode.Format.UPC_E),
                ProductCode.readings("01234565", "code").stream().map(ProductCode::format).toList());
    }

    @Test
    void aWrongCheckDigitNamesTheField() {
        BadInputException e = assertThrows(BadInputException.class, () -> ProductCode.readings("5901234123458", "code"));
        assertEquals("code", e.field());
        assertTrue(e.getMessage().contains("check digit"), e.getMessage());
        assertThrows(BadInputException.class, () -> ProductCode.readings("", "barcode"));
        assertThrows(BadInputException.class, () -> ProductCode.readings("12345", "barcode"));
        assertThrows(BadInputException.class, () -> ProductCode.readings(null, "barcode"));
    }
}
