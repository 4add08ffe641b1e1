package org.openplate.energy;

import java.util.Locale;
import java.util.Optional;

/** Sex as the predictive equations use it (they were fitted separately for women and men). */
public enum Sex {
    FEMALE, MALE;

    /** "female" or "male". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Case-insensitive; empty for null or an unknown code. */
    public static Optional<Sex> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Sex s : values()) {
            if (s.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
