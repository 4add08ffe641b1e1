package org.openplate.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word handling for activity search: splitting, light stemming, everyday synonyms, typo matching. */
final class ActivityWords {

    private static final Set<String> STOP = Set.of("and", "or", "the", "a", "an", "of", "in", "on", "to", "with",
            "for", "e", "g", "eg", "etc", "my", "at");

    /** Everyday words → other words that may stand for them in the Compendium (alternatives, not replacements). */
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("jogging", List.of("running")), Map.entry("jog", List.of("jogging", "running")),
            Map.entry("run", List.of("running")), Map.entry("running", List.of("jogging")),
            Map.entry("biking", List.of("bicycling")), Map.entry("bike", List.of("bicycling")),
            Map.entry("cycling", List.of("bicycling")), Map.entry("cycle", List.of("bicycling")),
            Map.entry("spinning", List.of("stationary")), Map.entry("spin", List.of("stationary")),
            Map.entry("walk", List.of("walking")), Map.entry("hike", List.of("hiking")),
            Map.entry("swim", List.of("swimming")), Map.entry("weights", List.of("resistance", "weight")),
            Map.entry("weightlifting", List.of("resistance", "weight")), Map.entry("lifting", List.of("resistance")),
            Map.entry("gym", List.of("resistance")), Map.entry("stretches", List.of("stretching")),
            Map.entry("stretch", List.of("stretching")), Map.entry("hiit", List.of("interval")),
            Map.entry("rower", List.of("rowing")), Map.entry("machine", List.of("stationary", "ergometer")),
            Map.entry("hoovering", List.of("vacuuming")), Map.entry("housework", List.of("cleaning")),
            Map.entry("football", List.of("soccer")), Map.entry("skate", List.of("skating")),
            Map.entry("ski", List.of("skiing")), Map.entry("situps", List.of("sit")), Map.entry("pushups", List.of("push")),
            Map.entry("crunches", List.of("crunch")), Map.entry("laps", List.of("lap")));

    private ActivityWords() {
    }

    /** The words of a text: lower case, split on anything but letters and digits, stop words out, stemmed. */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** Query words, each with its alternatives (the word itself first), stemmed. */
    static List<List<String>> query(String text) {
        List<List<String>> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.isEmpty() || STOP.contains(w)) {
                continue;
            }
            List<String> alternatives = new ArrayList<>();
            alternatives.add(stem(w));
            for (String syn : SYNONYMS.getOrDefault(w, List.of())) {
                alternatives.add(stem(syn));
            }
            if (out.stream().noneMatch(a -> a.get(0).equals(alternatives.get(0)))) {
                out.add(alternatives);
            }
        }
        return out;
    }

    /** Plural and "-ing" forms meet their base: "stretching" → "stretch", "squats" → "squat". */
    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            String base = w.substring(0, w.length() - 3);
            if (base.length() > 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)
                    && "bdglmnprt".indexOf(base.charAt(base.length() - 1)) >= 0) {
                base = base.substring(0, base.length() - 1);     // running → run, jogging → jog
            }
            return base;
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** How well a query word matches a document's words: 1 exact, 0.7 prefix, 0.6/0.45 typo, else 0. */
    static double match(String q, String[] doc) {
        double best = 0;
        for (String d : doc) {
            if (d.equals(q)) {
                return 1;
            }
            if (q.length() >= 3 && d.startsWith(q)) {
                best = Math.max(best, 0.7);
            } else if (q.length() >= 4 && !q.chars().allMatch(Character::isDigit)) {
                int max = q.length() >= 7 ? 2 : 1;
                int dist = distance(q, d, max);
                if (dist <= max) {
                    best = Math.max(best, dist == 1 ? 0.6 : 0.45);
                }
            }
        }
        return best;
    }

    /** Levenshtein distance, or max + 1 once it is clearly above max. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
