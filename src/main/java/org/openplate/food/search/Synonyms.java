package org.openplate.food.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What people type mapped to the words USDA uses. A matched phrase may be found either as typed
 * or in USDA's words, so brand names and exact names still match.
 */
final class Synonyms {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final Map<String, List<String>> PHRASES = new LinkedHashMap<>();

    static {
        // abbreviations
        put("oj", "orange juice");
        put("pb", "peanut butter");
        put("pbj", "peanut butter jelly");
        put("evoo", "olive oil");
        put("bbq", "barbecue");
        // dairy
        put("skim milk", "milk nonfat fluid");
        put("skimmed milk", "milk nonfat fluid");
        put("nonfat milk", "milk nonfat fluid");
        put("fat free milk", "milk nonfat fluid");
        put("2% milk", "milk reduced fat fluid 2%");
        put("2 percent milk", "milk reduced fat fluid 2%");
        put("1% milk", "milk lowfat fluid 1%");
        put("whole milk", "milk whole 3.25%");
        put("semi skimmed milk", "milk reduced fat fluid 2%");
        put("yoghurt", "yogurt");
        put("greek yoghurt", "yogurt greek");
        // eggs
        put("hard boiled egg", "egg whole cooked hard-boiled");
        put("hard boiled eggs", "egg whole cooked hard-boiled");
        put("boiled egg", "egg whole cooked hard-boiled");
        put("scrambled egg", "egg whole cooked scrambled");
        put("scrambled eggs", "egg whole cooked scrambled");
        put("fried egg", "egg whole cooked fried");
        put("poached egg", "egg whole cooked poached");
        // dishes and everyday names
        put("mac and cheese", "macaroni cheese");
        put("mac n cheese", "macaroni cheese");
        put("mac & cheese", "macaroni cheese");
        put("fries", "potatoes french fried");
        put("french fries", "potatoes french fried");
        put("potato crisps", "potato chips");
        put("soda", "carbonated beverage cola");
        put("coke", "carbonated beverage cola");
        put("cola", "carbonated beverage cola");
        put("hamburger", "hamburger sandwich");
        put("burger", "hamburger");
        put("ketchup", "catsup");
        put("catsup", "catsup");
        put("pb&j", "peanut butter jelly");
        put("oatmeal", "oats");
        put("porridge", "oats");
        put("chickpeas", "chickpeas garbanzo");
        put("garbanzo beans", "chickpeas garbanzo");
        put("courgette", "squash zucchini");
        put("zucchini", "squash zucchini");
        put("aubergine", "eggplant");
        put("prawns", "shrimp");
        put("prawn", "shrimp");
        put("coriander", "coriander cilantro");
        put("cilantro", "coriander cilantro");
        put("ground beef", "beef ground");
        put("mince", "beef ground");
        put("minced beef", "beef ground");
        put("rocket", "arugula");
        put("capsicum", "peppers sweet");
        put("bell pepper", "peppers sweet");
        put("bell peppers", "peppers sweet");
        put("sultanas", "raisins golden seedless");
        put("sultana", "raisins golden seedless");
        put("chocolate milk", "milk chocolate fluid");
        put("spring onion", "onions spring scallions");
        put("scallion", "onions spring scallions");
        put("green onion", "onions spring scallions");
        put("sweetcorn", "corn sweet");
        put("jello", "gelatin dessert");
        put("jelly", "jams preserves");
        put("tuna", "fish tuna light canned");
        put("canned tuna", "fish tuna light canned");
        put("sour cream", "cream sour cultured");
        put("salmon", "fish salmon");
        put("cod", "fish cod");
        put("pasta", "pasta spaghetti");
        put("spaghetti", "spaghetti pasta");
        put("coffee", "coffee brewed");
        put("tea", "tea brewed");
        put("white rice", "rice white");
        put("brown rice", "rice brown");
        put("cottage cheese", "cheese cottage");
        put("cream cheese", "cheese cream");
        put("swiss cheese", "cheese swiss");
        put("cheddar", "cheese cheddar");
        put("mozzarella", "cheese mozzarella");
        put("parmesan", "cheese parmesan");
        put("feta", "cheese feta");
        put("olive oil", "oil olive");
        put("peanut butter", "peanut butter");
        put("whole wheat bread", "bread whole-wheat");
        put("wholemeal bread", "bread whole-wheat");
        put("white bread", "bread white");
        put("bagel", "bagels");
        put("steak", "beef steak");
        put("pork chop", "pork chop");
        put("bacon", "bacon");
        put("hot dog", "frankfurter");
        put("hotdog", "frankfurter");
        // Cooking words as people type them, and USDA's terms for the same: grilled meat is "broiled"
        // or "roasted", baked fish is "cooked, dry heat". Raw forms then no longer match.
        // ("roasted" is written "cooked roasted": KStem makes it "roast", which also names raw cuts.)
        String[] dryHeat = {"grilled", "broiled", "cooked roasted", "dry heat", "baked", "cooked"};
        for (String w : new String[] {"grilled", "grill", "chargrilled", "barbecued", "broiled"}) {
            alternatives(w, dryHeat);
        }
        for (String w : new String[] {"baked", "oven baked", "roast", "roasted", "oven roasted"}) {
            replace(w, "cooked roasted", "baked", "dry heat", "cooked");
        }
        put("pot roast", "pot roast braised");
        replace("fried rice", "fried rice");
        replace("roast beef", "beef roasted", "beef roast cooked");
        for (String w : new String[] {"fried", "pan fried", "deep fried", "stir fried", "sauteed", "sautéed"}) {
            alternatives(w, "fried", "pan-fried", "cooked");
        }
        for (String w : new String[] {"steamed", "boiled", "poached", "simmered"}) {
            alternatives(w, "boiled", "steamed", "moist heat", "poached", "cooked");
        }
        put("jacket potato", "potatoes baked");
        put("jacket potatoes", "potatoes baked");
        // British, Irish, Australian and New Zealand names
        put("aubergines", "eggplant");
        put("courgettes", "squash zucchini");
        put("capsicums", "peppers sweet");
        put("beetroot", "beets");
        put("beetroots", "beets");
        put("swede", "rutabagas");
        put("mangetout", "peas edible-podded");
        put("snow peas", "peas edible-podded");
        put("sugar snap peas", "peas edible-podded");
        put("broad beans", "broadbeans");
        put("broad bean", "broadbeans");
        put("runner beans", "beans snap green");
        put("french beans", "beans snap green");
        put("garden peas", "peas green");
        put("spring onions", "onions spring scallions");
        put("double cream", "cream fluid heavy whipping");
        put("single cream", "cream fluid light");
        put("rapeseed oil", "oil canola");
        put("plain flour", "wheat flour white all-purpose");
        put("wholemeal flour", "wheat flour whole-grain");
        put("self raising flour", "wheat flour self-rising");
        put("self-raising flour", "wheat flour self-rising");
        put("bicarbonate of soda", "leavening agents baking soda");
        put("bicarb soda", "leavening agents baking soda");
        put("cornflour", "cornstarch");
        put("treacle", "molasses");
        put("black treacle", "molasses");
        put("gammon", "pork cured ham");
        put("rockmelon", "melons cantaloupe");
        put("silverbeet", "chard swiss");
        put("butternut pumpkin", "squash winter butternut");
        put("pawpaw", "papayas");
        put("kumara", "sweet potato");
        put("full fat milk", "milk whole 3.25%");
        put("full cream milk", "milk whole 3.25%");
        put("soya milk", "soymilk");
        put("soya", "soy");
        put("cornflakes", "corn flakes");
        put("wholemeal", "whole-wheat");
        put("brown bread", "bread whole-wheat");
        put("tinned", "canned");
        put("maize", "corn");
        put("marrow", "squash summer");
        put("natural yoghurt", "yogurt plain");
        put("natural yogurt", "yogurt plain");
        put("streaky bacon", "pork cured bacon");
        put("back bacon", "canadian-style bacon");
        put("gherkins", "pickles cucumber");
        put("icing", "frostings");
        put("sweets", "candies");
        put("lollies", "candies");
        put("fizzy drink", "carbonated beverage");
        put("biscuits", "cookies");
        put("biscuit", "cookies");
        // Names that must leave the word as typed behind: it would find the wrong food.
        replace("crisps", "potato chips");
        replace("icing sugar", "sugars powdered");
        replace("caster sugar", "sugars granulated");
        replace("castor sugar", "sugars granulated");
        replace("demerara sugar", "sugars brown");
        replace("muscovado sugar", "sugars brown");
        replace("semi-skimmed milk", "milk reduced fat fluid 2%");
        replace("jam", "jams preserves");
    }

    private static final List<String> SORTED_KEYS;

    /** Each of {@link #SORTED_KEYS} with a space either side, as it is looked for in the query. */
    private static final List<String> NEEDLES;

    static {
        List<String> keys = new ArrayList<>(PHRASES.keySet());
        keys.sort((a, b) -> b.length() - a.length());
        SORTED_KEYS = List.copyOf(keys);
        NEEDLES = keys.stream().map(k -> " " + k + " ").toList();
    }

    private Synonyms() {
    }

    /** {@code from} found as typed or as {@code to}. */
    private static void put(String from, String to) {
        PHRASES.put(from, List.of(from, to));
    }

    /** {@code from} found as typed or as any of {@code others}. */
    private static void alternatives(String from, String... others) {
        List<String> all = new ArrayList<>();
        all.add(from);
        for (String o : others) {
            if (!all.contains(o)) {
                all.add(o);
            }
        }
        PHRASES.put(from, List.copyOf(all));
    }

    /** {@code from} found only as one of {@code spellings}: as typed it names another food. */
    private static void replace(String from, String... spellings) {
        PHRASES.put(from, List.of(spellings));
    }

    /**
     * Splits the query into parts: each known phrase (longest first) becomes a part with two or
     * more spellings, the user's (unless it names another food) and USDA's; the remaining words form one more part with one spelling.
     * A food must match every part, in either of its spellings.
     */
    static List<List<String>> parts(String query) {
        String q = " " + SPACES.matcher(query.toLowerCase(Locale.ROOT)).replaceAll(" ").trim() + " ";
        List<List<String>> parts = new ArrayList<>();
        for (int i = 0; i < NEEDLES.size(); i++) {
            String needle = NEEDLES.get(i);
            if (q.contains(needle)) {
                parts.add(PHRASES.get(SORTED_KEYS.get(i)));
                q = q.replace(needle, " ");
            }
        }
        if (!q.isBlank()) {
            parts.add(0, List.of(q.trim()));
        }
        return parts;
    }
}
