package org.openplate.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everyday words for activities mapped to the Compendium's words. A phrase found in the query
 * becomes one part with several spellings, each with a weight: the user's own words, and the
 * Compendium's. An activity must match every part in one of its spellings.
 */
final class ActivitySynonyms {

    /** One way to write a part of the query, and how much a match on it counts. */
    record Spelling(String text, float weight) {
    }

    /** The weight of the user's own words when the Compendium's word is what they mean. */
    private static final float EVERYDAY = 0.5f;
    private static final float ALTERNATIVE = 0.85f;

    private static final Map<String, List<Spelling>> PHRASES = new LinkedHashMap<>();

    static {
        // cycling: everyday names mean plain bicycling, not e-bikes or hand bikes
        prefer("bike", "bicycling");
        prefer("bikes", "bicycling");
        prefer("biking", "bicycling");
        prefer("cycling", "bicycling");
        prefer("cycle", "bicycling");
        prefer("bike ride", "bicycling");
        prefer("bike riding", "bicycling");
        prefer("push bike", "bicycling");
        prefer("road bike", "bicycling");
        prefer("exercise bike", "bicycling stationary");
        prefer("stationary bike", "bicycling stationary");
        prefer("indoor cycling", "bicycling stationary");
        prefer("e bike", "e-bike electrically assisted");
        prefer("ebike", "e-bike electrically assisted");
        // running and walking
        also("jog", "jogging", "running");
        also("jogging", "running");
        also("run", "running");
        also("stroll", "strolling", "walking pleasure");
        also("hill walking", "hiking");
        also("hike", "hiking");
        also("ramble", "hiking");
        also("walk", "walking");
        // gym
        prefer("weights", "resistance weight training");
        prefer("weight lifting", "resistance weight training");
        prefer("lifting weights", "resistance weight training");
        prefer("weightlifting", "resistance weight training");
        prefer("weight training", "resistance weight training");
        prefer("strength training", "resistance weight training");
        prefer("gym", "health club exercise");
        prefer("cross trainer", "elliptical trainer");
        prefer("crosstrainer", "elliptical trainer");
        prefer("elliptical", "elliptical trainer");
        prefer("press ups", "pushups", "push up");
        prefer("press up", "pushups", "push up");
        also("push ups", "pushups");
        also("sit ups", "situps", "curl ups");
        prefer("hiit", "high intensity interval");
        prefer("stairmaster", "stair treadmill ergometer");
        prefer("stepper", "stair treadmill ergometer");
        prefer("rowing machine", "rowing stationary ergometer");
        prefer("rower", "rowing stationary ergometer");
        prefer("erg", "ergometer");
        prefer("skipping rope", "rope skipping", "rope jumping");
        prefer("jump rope", "rope skipping", "rope jumping");
        prefer("jumping rope", "rope skipping", "rope jumping");
        prefer("spinning", "bicycling stationary spin");
        prefer("spin", "bicycling stationary spin");
        // household and garden (UK and US words)
        prefer("hoovering", "vacuuming");
        prefer("hoover", "vacuuming");
        prefer("washing up", "wash dishes");
        prefer("dishes", "wash dishes");
        prefer("housework", "cleaning house");
        prefer("shovelling", "shoveling");
        prefer("shopping", "food shopping");
        prefer("groceries", "food shopping");
        prefer("grocery shopping", "food shopping");
        prefer("tidying", "cleaning straightening up");
        prefer("yard work", "yardwork");
        prefer("laundry", "laundry");
        prefer("mow", "mowing");
        // sports and water
        also("football", "soccer");
        prefer("aqua aerobics", "water aerobics");
        prefer("aquafit", "water aerobics");
        prefer("aqua", "water");
        prefer("qigong", "qi gong");
        prefer("ping pong", "table tennis");
        prefer("rollerblading", "roller blading");
        prefer("inline skating", "in-line skating");
        prefer("snowboard", "snowboarding");
        prefer("lengths", "laps");
        // stretching and back care
        also("stretches", "stretching");
        also("back stretches", "stretching", "back exercises");
        also("physio", "back exercises", "therapeutic exercise");
        prefer("swiss ball", "exercise ball");
        prefer("gym ball", "exercise ball");
    }

    private static final List<String> SORTED_KEYS;

    static {
        List<String> keys = new ArrayList<>(PHRASES.keySet());
        keys.sort((a, b) -> b.length() - a.length());
        SORTED_KEYS = List.copyOf(keys);
    }

    private ActivitySynonyms() {
    }

    /** The Compendium's words are what people mean; their own words still count a little. */
    private static void prefer(String from, String... to) {
        put(from, EVERYDAY, 1f, to);
    }

    /** Both the user's words and the Compendium's alternatives are good; the user's count more. */
    private static void also(String from, String... to) {
        put(from, 1f, ALTERNATIVE, to);
    }

    private static void put(String from, float own, float others, String... to) {
        List<Spelling> s = new ArrayList<>();
        s.add(new Spelling(from, own));
        for (String t : to) {
            s.add(new Spelling(t, others));
        }
        PHRASES.put(from, List.copyOf(s));
    }

    /**
     * The query in parts: each known phrase (longest first) with its spellings; every other word
     * is a part on its own, with one spelling.
     */
    static List<List<Spelling>> parts(String query) {
        String q = " " + query.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
        List<List<Spelling>> parts = new ArrayList<>();
        for (String k : SORTED_KEYS) {
            String needle = " " + k + " ";
            if (q.contains(needle)) {
                parts.add(PHRASES.get(k));
                q = q.replace(needle, " ");
            }
        }
        for (String w : q.trim().split(" ")) {
            if (!w.isEmpty()) {
                parts.add(List.of(new Spelling(w, 1f)));
            }
        }
        return parts;
    }
}
