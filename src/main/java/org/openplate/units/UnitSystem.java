package org.openplate.units;

import java.util.Locale;
import java.util.Optional;

/** The user's display units: US (lb, ft/in) or metric (kg, cm). Storage is always metric. */
public enum UnitSystem {
    US, METRIC;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<UnitSystem> fromCode(String code) {
        for (UnitSystem u : values()) {
            if (u.code().equalsIgnoreCase(code)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
