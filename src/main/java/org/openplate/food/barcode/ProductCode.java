package org.openplate.food.barcode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openplate.common.BadInputException;
import org.openplate.food.importer.Barcodes;

/**
 * A product barcode as scanned or typed, with the form foods are stored under ({@link Barcodes#normalise}:
 * a UPC-A as its 13-digit EAN form). EAN-13, UPC-A and EAN-8 are looked up as they are; a UPC-E is expanded
 * to its UPC-A first. Eight digits can be an EAN-8 or a UPC-E: when the format is not known (typed by hand)
 * and both check digits hold, both are looked up, the EAN-8 first.
 *
 * @param digits the code as read (8, 12 or 13 digits)
 * @param format what it is
 */
public record ProductCode(String digits, Format format) {

    /** The symbologies a food package carries; {@link #api()} is the name in the API. */
    public enum Format {
        EAN_13, EAN_8, UPC_A, UPC_E;

        public String api() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a wrong barcode answers: the field and the accepted forms. */
    public static final String RULE = " must be an EAN-13 (13 digits), UPC-A (12), EAN-8 or UPC-E (8) with a correct"
            + " check digit.";

    /** The stored form to look up (13 digits for EAN-13, UPC-A and UPC-E; 8 for EAN-8). */
    public String lookup() {
        return switch (format) {
            case UPC_E -> "0" + UpcE.toUpcA(digits).orElseThrow();
            case UPC_A -> "0" + digits;
            default -> digits;
        };
    }

    /**
     * Every reading of a typed or scanned code, most likely first: digits only once spaces and dashes are
     * removed, with a correct check digit.
     *
     * @throws BadInputException naming {@code field} when no reading holds
     */
    public static List<ProductCode> readings(String raw, String field) {
        String code = raw == null ? "" : raw.replaceAll("[\\s-]", "");
        List<ProductCode> out = new ArrayList<>();
        if (code.length() == 13 && Barcodes.valid(code)) {
            out.add(new ProductCode(code, Format.EAN_13));
        } else if (code.length() == 12 && Barcodes.valid(code)) {
            out.add(new ProductCode(code, Format.UPC_A));
        } else if (code.length() == 8) {
            if (Barcodes.valid(code)) {
                out.add(new ProductCode(code, Format.EAN_8));
            }
            if (UpcE.valid(code)) {
                out.add(new ProductCode(code, Format.UPC_E));
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException(field, field + RULE);
        }
        return out;
    }
}
