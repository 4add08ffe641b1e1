package org.openplate.energy;

import java.util.Locale;
import java.util.Optional;

/** Sex as used by the predictive equations. */
public enum Sex {
    FEMALE, MALE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Sex> fromCode(String code) {
        for (Sex s : values()) {
            if (s.code().equalsIgnoreCase(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
