package org.openplate.exercise;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much an activity is worth before the query's words: everyday, general rows come before
 * special variants (a treadmill, a backpack, a stroller, an e-bike, a hand bike, walking backward)
 * unless the query asks for the variant, and work or volunteering rows come after leisure ones. When
 * the query names a speed, rows whose speed covers it come first.
 */
final class ActivityPrior {

    private static final double GENERAL = 1.25;
    private static final double VARIANT = 0.75;
    private static final double SIDE_HEADING = 0.8;
    private static final double SPEED_MATCH = 3.0;
    private static final double SPEED_NEAR = 1.3;
    private static final double SPEED_OFF = 0.7;
    /** Words that make a row a special variant of its activity. */
    private static final List<String> VARIANT_WORDS = List.of("treadmill", "backpack", "stroller", "barefoot",
            "backward", "uphill", "downhill", "curved", "poles", "carrying", "load", "wheelchair", "e-bike",
            "electrically", "hand bike", "arm", "concentric", "eccentric", "competitive", "competition", "racing",
            "elite", "officiating", "coaching", "teaching", "video", "water", "simulated", "virtual");
    private static final Set<String> SIDE_HEADINGS = Set.of("Occupation", "Religious Activities",
            "Volunteer Activities");

    private final List<Activity> all;
    private final ActivitySpeed[] speeds;

    ActivityPrior(List<Activity> all) {
        this.all = all;
        this.speeds = all.stream().map(a -> ActivitySpeed.inDescription(a.description()).orElse(null))
                .toArray(ActivitySpeed[]::new);
    }

    /** A description as indexed: the 1978 Taylor codes and renumbering notes are not words people search. */
    static String indexed(String description) {
        return description.replaceAll("\\((?:Taylor Codes? [^)]*|formerly [^)]*)\\)", " ")
                .replaceAll("(?i)includes former code \\d+", " ");
    }

    double factor(int ord, String query) {
        Activity a = all.get(ord);
        String d = a.description().toLowerCase(Locale.ROOT);
        String q = query.toLowerCase(Locale.ROOT);
        double f = d.contains("general") ? GENERAL : 1;
        int variants = 0;
        for (String w : VARIANT_WORDS) {
            if (variants < 2 && d.contains(w) && !q.contains(w.substring(0, Math.min(w.length(), 5)))) {
                f *= VARIANT;
                variants++;
            }
        }
        return SIDE_HEADINGS.contains(a.heading()) ? f * SIDE_HEADING : f;
    }

    double speedFit(int ord, Double mph) {
        ActivitySpeed s = speeds[ord];
        if (mph == null || s == null) {
            return 1;
        }
        double tolerance = s.low() == s.high() ? 0.15 : 0.05;
        double d = s.distance(mph);
        return d <= tolerance ? SPEED_MATCH : d <= 0.5 ? SPEED_NEAR : SPEED_OFF;
    }
}
