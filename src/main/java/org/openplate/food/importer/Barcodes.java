package org.openplate.food.importer;

import java.util.Optional;

/** GTIN check digits for UPC-A (12 digits), EAN-13 and EAN-8 (GS1 General Specifications, 7.9.1). */
public final class Barcodes {

    private Barcodes() {
    }

    /** Digits only, length 8, 12 or 13, with a correct check digit. */
    public static boolean valid(String code) {
        if (code == null || !code.matches("\\d{8}|\\d{12}|\\d{13}")) {
            return false;
        }
        return checkDigit(code.substring(0, code.length() - 1)) == code.charAt(code.length() - 1) - '0';
    }

    /** The GS1 mod-10 check digit for the given digits (weights 3,1,3,… from the right). */
    public static int checkDigit(String digitsWithoutCheck) {
        int sum = 0;
        boolean three = true;
        for (int i = digitsWithoutCheck.length() - 1; i >= 0; i--) {
            int d = digitsWithoutCheck.charAt(i) - '0';
            sum += three ? 3 * d : d;
            three = !three;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * Normalises for storage and look-up: strips spaces and dashes; a valid UPC-A is stored as its
     * EAN-13 form (leading 0) so that both spellings find the same product.
     */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String code = raw.replaceAll("[\\s-]", "");
        if (!valid(code)) {
            return Optional.empty();
        }
        return Optional.of(code.length() == 12 ? "0" + code : code);
    }
}
