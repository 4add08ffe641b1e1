package org.openplate.diary;

import java.util.Locale;

/** What a diary entry refers to, stored and shown as its code ("food", "recipe", "quick"). */
public enum EntryKind {
    FOOD, RECIPE, QUICK;

    private static final EntryKind[] ALL = values();

    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    /** The kind of a stored code (any case), without building a new string for the usual lower-case one. */
    static EntryKind fromCode(String code) {
        for (EntryKind k : ALL) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
