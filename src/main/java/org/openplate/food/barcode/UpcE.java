package org.openplate.food.barcode;

import java.util.Optional;
import org.openplate.food.importer.Barcodes;

/**
 * UPC-E, the 8-digit zero-suppressed form of a UPC-A printed on small packs: number system (0 or 1),
 * six data digits, and the check digit of the UPC-A it stands for. Products are stored under their
 * UPC-A (as EAN-13), so a scanned UPC-E is expanded before it is looked up. Expansion rules from the
 * GS1 General Specifications (UPC-E zero suppression), by the last data digit:
 * <ul>
 *   <li>0, 1, 2: manufacturer {@code d1 d2 X 0 0}, product {@code 0 0 d3 d4 d5};</li>
 *   <li>3: manufacturer {@code d1 d2 d3 0 0}, product {@code 0 0 0 d4 d5};</li>
 *   <li>4: manufacturer {@code d1 d2 d3 d4 0}, product {@code 0 0 0 0 d5};</li>
 *   <li>5 to 9: manufacturer {@code d1 d2 d3 d4 d5}, product {@code 0 0 0 0 X}.</li>
 * </ul>
 */
public final class UpcE {

    private UpcE() {
    }

    /**
     * The 12-digit UPC-A a UPC-E stands for, when {@code code} is 8 digits starting with 0 or 1 whose
     * last digit is the UPC-A's check digit; otherwise empty.
     */
    public static Optional<String> toUpcA(String code) {
        if (code == null || !code.matches("[01]\\d{7}")) {
            return Optional.empty();
        }
        char system = code.charAt(0);
        String d = code.substring(1, 7);
        char last = d.charAt(5);
        String body = switch (last) {
            case '0', '1', '2' -> d.substring(0, 2) + last + "0000" + d.substring(2, 5);
            case '3' -> d.substring(0, 3) + "00000" + d.substring(3, 5);
            case '4' -> d.substring(0, 4) + "00000" + d.charAt(4);
            default -> d.substring(0, 5) + "0000" + last;
        };
        String withoutCheck = system + body;
        int check = Barcodes.checkDigit(withoutCheck);
        if (check != code.charAt(7) - '0') {
            return Optional.empty();
        }
        return Optional.of(withoutCheck + check);
    }

    /** True when {@code code} is a UPC-E with a correct check digit. */
    public static boolean valid(String code) {
        return toUpcA(code).isPresent();
    }
}
