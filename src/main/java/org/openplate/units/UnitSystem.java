package org.openplate.units;

import java.util.Locale;
import java.util.Optional;

/** The user's display units: US customary (lb, ft/in) or metric (kg, cm). Storage is always metric. */
public enum UnitSystem {
    US, METRIC;

    /** "us" or "metric". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Case-insensitive; empty for null or an unknown code. */
    public static Optional<UnitSystem> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (UnitSystem u : values()) {
            if (u.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
