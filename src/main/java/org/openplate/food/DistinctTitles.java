package org.openplate.food;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * No two results on a page share a visible title. Short titles leave out USDA's less telling
 * segments ("with added vitamin A and vitamin D", "dry", "prepared with water"); where two results
 * would read alike, each gets back the segments of its USDA name that the others lack, then its
 * brand, then its energy, and as a last resort a number.
 */
final class DistinctTitles {

    private static final int ROUNDS = 3;

    /** Parenthesised notes, which are dropped: "(includes boiling and microwaving)". */
    private static final Pattern NOTES = Pattern.compile("\\s*\\((?:includes|boiling|fat free)[^)]*\\)");
    private static final Pattern COMMA = Pattern.compile(",\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DistinctTitles() {
    }

    static List<FoodSummary> apply(List<FoodSummary> results) {
        List<FoodSummary> out = new ArrayList<>(results);
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, List<Integer>> byTitle = groups(out);
            if (byTitle.values().stream().allMatch(g -> g.size() == 1)) {
                return out;
            }
            for (List<Integer> group : byTitle.values()) {
                if (group.size() > 1) {
                    for (int i : group) {
                        String extra = switch (round) {
                            case 0 -> differingSegments(out, group, i);
                            case 1 -> brandOrSource(out.get(i));
                            default -> energy(out.get(i));
                        };
                        out.set(i, retitled(out.get(i), extra));
                    }
                }
            }
        }
        // Still alike (the same food twice under one name): number them.
        Map<String, List<Integer>> byTitle = groups(out);
        for (List<Integer> group : byTitle.values()) {
            for (int n = 1; n < group.size(); n++) {
                int i = group.get(n);
                out.set(i, withTitle(out.get(i), out.get(i).displayName() + " #" + (n + 1)));
            }
        }
        return out;
    }

    private static Map<String, List<Integer>> groups(List<FoodSummary> list) {
        Map<String, List<Integer>> byTitle = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            byTitle.computeIfAbsent(key(list.get(i).displayName()), k -> new ArrayList<>()).add(i);
        }
        return byTitle;
    }

    /** The title as compared: lower case, runs of white space as one space, no space at either end. */
    private static String key(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        return tidy(lower) ? lower : SPACES.matcher(lower).replaceAll(" ").trim();
    }

    /** True when {@link #key} would leave the text as it is: most titles, which need no pattern matched. */
    private static boolean tidy(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (s.charAt(0) <= ' ' || s.charAt(n - 1) <= ' ') {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? s.charAt(i - 1) == ' ' : Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The segments of this food's USDA name that not every other food of the group has, and the title lacks. */
    static String differingSegments(List<FoodSummary> all, List<Integer> group, int member) {
        List<Set<String>> others = new ArrayList<>(group.size());
        for (int j : group) {
            Set<String> keys = new HashSet<>();
            for (String seg : segments(all.get(j).name())) {
                keys.add(key(seg));
            }
            others.add(keys);
        }
        String title = key(all.get(member).displayName());
        List<String> extra = new ArrayList<>();
        for (String seg : segments(all.get(member).name())) {
            String k = key(seg);
            boolean everyone = others.stream().allMatch(keys -> keys.contains(k));
            if (!everyone && !title.contains(k)) {
                extra.add(seg);
            }
        }
        return String.join(", ", extra);
    }

    private static List<String> segments(String name) {
        List<String> out = new ArrayList<>();
        String plain = name.indexOf('(') < 0 ? name : NOTES.matcher(name).replaceAll("");
        for (String s : COMMA.split(plain)) {
            String t = FriendlyNames.tidy(s);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out.isEmpty() ? List.of() : out.subList(1, out.size());
    }

    private static String brandOrSource(FoodSummary f) {
        if (f.brand() != null && !f.brand().isBlank() && !key(f.displayName()).contains(key(f.brand()))) {
            return f.brand();
        }
        return f.custom() ? "your food" : "";
    }

    private static String energy(FoodSummary f) {
        return f.kcalPer100g() == null ? "" : String.format(Locale.ROOT, "%.0f kcal per 100 g", f.kcalPer100g());
    }

    /** "Oats (instant, fortified)" + "dry" → "Oats (instant, fortified, dry)"; "Oats" + "dry" → "Oats (dry)". */
    static FoodSummary retitled(FoodSummary f, String extra) {
        if (extra == null || extra.isBlank()) {
            return f;
        }
        String t = f.displayName();
        String title = t.endsWith(")") && t.indexOf('(') > 0
                ? t.substring(0, t.length() - 1) + ", " + extra + ")"
                : t + " (" + extra + ")";
        return withTitle(f, title);
    }

    private static FoodSummary withTitle(FoodSummary f, String title) {
        return new FoodSummary(f.id(), f.name(), title, f.brand(), f.source(), f.sourceId(), f.custom(),
                f.kcalPer100g(), f.proteinPer100g(), f.fatPer100g(), f.carbsPer100g(), f.commonPortion(),
                f.commonPortionGrams(), f.kcalPerCommonPortion());
    }
}
