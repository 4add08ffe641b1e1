package org.openplate.article;

import java.util.Locale;

/**
 * A signed-in user's day, for the article sidebar: the calorie goal in force and what is left of it
 * after food and credited exercise (negative when over).
 */
public record Today(int goalKcal, int leftKcal) {

    public String goal() {
        return String.format(Locale.ROOT, "%,d", goalKcal);
    }

    /** What is left, or how much over, always as a positive figure. */
    public String left() {
        return String.format(Locale.ROOT, "%,d", Math.abs(leftKcal));
    }

    public boolean over() {
        return leftKcal < 0;
    }
}
