package org.openplate.nutrition;

import java.util.Objects;

/** A household measure and its weight, e.g. "1 cup, sliced" = 150 g. */
public record Portion(String name, double grams) {
    public Portion {
        Objects.requireNonNull(name);
        if (name.isBlank()) {
            throw new IllegalArgumentException("portion name is required");
        }
        if (!(grams > 0) || Double.isInfinite(grams)) {
            throw new IllegalArgumentException("portion weight must be positive grams");
        }
    }
}
