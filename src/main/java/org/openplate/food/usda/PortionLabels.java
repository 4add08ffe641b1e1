package org.openplate.food.usda;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Completes the household-measure labels that USDA SR cut short or abbreviated in its own data
 * ("breast bone and skin r", "cup chopped or dice", "raw pr g"), so no portion label shows a cut
 * word, and drops the notes that name another food by its USDA number ("cup From 19211"). Applied when the bundled catalogue is generated; labels USDA wrote in full pass unchanged.
 */
public final class PortionLabels {

    private record Fix(Pattern pattern, String replacement) {
    }

    private static final List<Fix> FIXES = List.of(
            // "leg bone and skin r (Sum of …)", "0.5 breast bone and skin r": the field ran out at 26 characters
            fix("\\b(\\w+) bone and skin r\\b(?!\\w)", "$1, bone and skin removed"),
            fix("\\bbone and skin rem\\b(?!\\w)", "bone and skin removed"),
            fix("\\bchopped or dice$", "chopped or diced"),
            // SR's abbreviations for the whole cut weighed before and after cooking
            fix("^raw pr g$", "whole cut, weighed raw"),
            fix("^ckd pr g$", "whole cut, weighed cooked"),
            fix("\\bready-to cook\\b", "ready-to-cook"),
            // "cup From 19211": a note of the food the measure was copied from, by USDA's own number
            fix("(?i)\\s*\\bfrom \\d{5}$", ""),
            fix("\\(\\s+", "("),
            fix("\\s+\\)", ")"));

    /** A word cut short that no rule above completed: a lone letter at the end after a word. */
    private static final Pattern CUT_WORD = Pattern.compile("\\p{L}{2,} [a-z]$");

    private PortionLabels() {
    }

    private static Fix fix(String regex, String replacement) {
        return new Fix(Pattern.compile(regex), replacement);
    }

    /** The label ("breast, bone and skin removed") without its amount, completed. */
    public static String complete(String label) {
        String out = label.trim().replaceAll("\\s+", " ");
        for (Fix f : FIXES) {
            out = f.pattern().matcher(out).replaceAll(f.replacement());
        }
        return out;
    }

    /** Whether a label still ends in a cut word (used by the bundle's checks). */
    public static boolean looksCut(String label) {
        return CUT_WORD.matcher(label).find();
    }
}
