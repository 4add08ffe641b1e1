package org.openplate.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openplate.common.BadInputException;
import org.openplate.common.TextInput;
import org.openplate.web.FieldReader;

/**
 * Several foods or recipes logged in one action (the add page's "Add selected"): all or none.
 *
 * @param items each with its key ({@code food:12}, {@code recipe:3}) that names its fields in messages
 */
record BatchRequest(LocalDate date, Long mealId, List<Item> items) {

    /** At most this many items in one batch. */
    static final int MAX_ITEMS = 50;

    BatchRequest {
        Objects.requireNonNull(date);
        items = List.copyOf(items);
    }

    /**
     * One item: a food or recipe portion, and the key its fields carry ({@code amount.food:12}).
     */
    record Item(String key, NewEntry entry) {
    }

    /**
     * Reads the form: {@code item} repeated ({@code food:ID} or {@code recipe:ID}), each with optional
     * {@code amount.<item>} (more than 0; default 1) and {@code portion.<item>} (default: the food's common
     * portion, a recipe's serving), and {@code mealId}. An item sent twice is logged once.
     */
    static BatchRequest of(Map<String, List<String>> form, LocalDate date) {
        List<String> keys = form.getOrDefault("item", List.of());
        if (keys.isEmpty()) {
            throw new BadInputException("item", "Choose at least one food or recipe to add (item).");
        }
        if (keys.size() > MAX_ITEMS) {
            throw new BadInputException("item", "Add at most " + MAX_ITEMS + " items at once (item).");
        }
        List<Item> items = new ArrayList<>();
        for (String raw : new LinkedHashSet<>(keys)) {
            String key = TextInput.line("item", raw).strip();
            items.add(new Item(key, entry(key, first(form, "amount." + key), first(form, "portion." + key))));
        }
        return new BatchRequest(date, DiaryRequests.mealId(first(form, "mealId")), items);
    }

    private static NewEntry entry(String key, String amountText, String portionText) {
        int colon = key.indexOf(':');
        String kind = colon < 0 ? "" : key.substring(0, colon);
        long id;
        try {
            id = Long.parseLong(key.substring(colon + 1));
        } catch (NumberFormatException e) {
            id = -1;
        }
        if (id < 0 || !(kind.equals("food") || kind.equals("recipe"))) {
            throw new BadInputException("item", "item must be food:ID or recipe:ID (it was “"
                    + (key.length() > 40 ? key.substring(0, 40) + "…" : key) + "”).");
        }
        double amount;
        try {
            amount = FieldReader.filled(amountText) ? Amounts.amount(amountText) : 1;
        } catch (BadInputException e) {
            throw new BadInputException("amount." + key, e.getMessage());
        }
        String portion = FieldReader.filled(portionText) ? portionText.strip() : null;
        return kind.equals("food") ? new NewEntry.FoodPortion(id, amount, portion)
                : new NewEntry.RecipePortion(id, amount, portion);
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : TextInput.line(name, values.get(0));
    }
}
