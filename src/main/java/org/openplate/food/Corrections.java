package org.openplate.food;

import java.util.List;
import java.util.Locale;

/**
 * How a mistyped query was read: each unknown word is replaced by the nearest word of the best
 * match's name ("chiken brest" and "Chicken, broilers or fryers, breast…" give "chicken breast"),
 * within the edits the search forgives (1 for words under 7 letters, else 2). A word that begins a
 * word of the name is one still being typed, not a typo, and is left alone.
 */
final class Corrections {

    private Corrections() {
    }

    /** The corrected query, or null when no word was corrected. */
    static String corrected(String query, List<String> unknownWords, String topName) {
        if (unknownWords.isEmpty() || topName == null) {
            return null;
        }
        String[] nameWords = topName.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+");
        String result = query.trim().replaceAll("\\s+", " ");
        boolean changed = false;
        for (String word : unknownWords) {
            String w = word.toLowerCase(Locale.ROOT);
            int allowed = w.length() >= 7 ? 2 : 1;
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            boolean typing = false;
            for (String n : nameWords) {
                if (n.length() > w.length() && n.startsWith(w)) {
                    typing = true;
                }
                int d = distance(w, n);
                if (d > 0 && d <= allowed && d < bestDistance) {
                    best = n;
                    bestDistance = d;
                }
            }
            if (best != null && !typing) {
                result = result.replaceAll("(?i)(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(word)
                        + "(?![\\p{L}\\p{N}])", java.util.regex.Matcher.quoteReplacement(best));
                changed = true;
            }
        }
        return changed ? result.toLowerCase(Locale.ROOT) : null;
    }

    /** Damerau–Levenshtein distance (optimal string alignment): a swap of two letters is one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
