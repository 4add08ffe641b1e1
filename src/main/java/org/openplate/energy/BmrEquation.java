package org.openplate.energy;

import java.util.Optional;

/** The resting-energy equations offered; {@link Bmr} holds the formulas. */
public enum BmrEquation {
    MIFFLIN_ST_JEOR("mifflin", "Mifflin-St Jeor",
            "Mifflin et al., Am J Clin Nutr 1990;51:241-247; the Academy of Nutrition and Dietetics rates it the"
                    + " most accurate predictive equation when resting energy is not measured"),
    HARRIS_BENEDICT_REVISED("harris-benedict", "Revised Harris-Benedict",
            "Roza & Shizgal, Am J Clin Nutr 1984;40:168-182 (revision of Harris & Benedict 1918)"),
    KATCH_MCARDLE("katch-mcardle", "Katch-McArdle",
            "Katch & McArdle, Nutrition, Weight Control, and Exercise (1977): 370 + 21.6 × lean body mass;"
                    + " needs body-fat %");

    private final String code;
    private final String label;
    private final String citation;

    BmrEquation(String code, String label, String citation) {
        this.code = code;
        this.label = label;
        this.citation = citation;
    }

    /** mifflin, harris-benedict or katch-mcardle. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String citation() {
        return citation;
    }

    /** Whether the equation needs body-fat % (only Katch-McArdle does). */
    public boolean needsBodyFat() {
        return this == KATCH_MCARDLE;
    }

    public static Optional<BmrEquation> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (BmrEquation e : values()) {
            if (e.code.equalsIgnoreCase(code.trim())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
