package org.openplate.exercise;

import java.util.Locale;
import java.util.Objects;

/**
 * One activity of the Compendium of Physical Activities. Codes are not stable between editions
 * (2011 to 2024 renumbered some), so the edition travels with the code.
 */
public record Activity(String code, String edition, String heading, String description, double met,
                       boolean estimated) {

    public Activity {
        Objects.requireNonNull(code);
        Objects.requireNonNull(edition);
        Objects.requireNonNull(description);
    }

    /**
     * Stretching, yoga, pilates, tai chi and similar flexibility work: these carry a back-care
     * check-in.
     */
    public boolean flexibility() {
        String d = description.toLowerCase(Locale.ROOT);
        return d.startsWith("stretching") || d.startsWith("yoga") || d.startsWith("pilates") || d.contains("tai chi")
                || d.contains("qi gong") || d.startsWith("mild stretching") || d.contains("stretching,");
    }

    /** The description as a display name. */
    public String label() {
        return description;
    }
}
