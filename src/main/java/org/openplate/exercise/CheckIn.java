package org.openplate.exercise;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How a back (or other) stretch went: pain 0-10 before and after, where, how long each stretch was
 * held, how hard it felt, and any red-flag symptoms.
 */
public record CheckIn(int painBefore, int painAfter, Set<Area> areas, int holdSeconds, Effort effort,
                      Set<RedFlag> redFlags) {

    public static final int MAX_PAIN = 10;
    public static final int MAX_HOLD_SECONDS = 600;

    public CheckIn {
        if (painBefore < 0 || painBefore > MAX_PAIN || painAfter < 0 || painAfter > MAX_PAIN) {
            throw new IllegalArgumentException("pain must be 0-10");
        }
        if (holdSeconds < 0 || holdSeconds > MAX_HOLD_SECONDS) {
            throw new IllegalArgumentException("hold must be 0-600 s");
        }
        Objects.requireNonNull(effort);
        areas = areas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(areas));
        redFlags = redFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(redFlags));
    }

    /** Where it hurts. */
    public enum Area {
        LOWER_BACK("lower back"), UPPER_BACK("upper back"), NECK("neck"), HIPS("hips"), HAMSTRINGS("hamstrings"),
        OTHER("other");

        private final String label;

        Area(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** How hard the stretches felt. */
    public enum Effort {
        MILD("mild tension"), STRONG("strong"), PAINFUL("painful");

        private final String label;

        Effort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Symptoms that call for a doctor rather than more stretching. */
    public enum RedFlag {
        NUMBNESS("numbness"), TINGLING("tingling"), LEG_WEAKNESS("leg weakness"),
        PAIN_DOWN_LEG("pain spreading down a leg");

        private final String label;

        RedFlag(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
