package org.openplate.diary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How water is entered and shown. A cup is the US cup (236.6 ml). */
public enum WaterUnit {
    CUPS("cups", org.openplate.nutrition.Volumes.ML_PER_US_CUP),
    ML("ml", 1);

    private final String code;
    private final double ml;

    WaterUnit(String code, double ml) {
        this.code = code;
        this.ml = ml;
    }

    public String code() {
        return code;
    }

    public double toMl(double amount) {
        return amount * ml;
    }

    public double fromMl(double millilitres) {
        return millilitres / ml;
    }

    public static Optional<WaterUnit> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(c) || (v == CUPS && c.equals("cup"))).findFirst();
    }
}
