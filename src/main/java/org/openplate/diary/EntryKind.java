package org.openplate.diary;

/** What a diary entry refers to. */
public enum EntryKind {
    FOOD, RECIPE, QUICK;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static EntryKind fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
