package org.openplate.energy;

import java.util.Optional;

/** The resting-energy equations offered. */
public enum BmrEquation {
    MIFFLIN_ST_JEOR("mifflin", "Mifflin-St Jeor", "Mifflin et al., Am J Clin Nutr 1990;51:241-247"
            + " (rated the most accurate predictive equation by the Academy of Nutrition and Dietetics)"),
    HARRIS_BENEDICT_REVISED("harris-benedict", "Revised Harris-Benedict",
            "Roza & Shizgal, Am J Clin Nutr 1984;40:168-182"),
    KATCH_MCARDLE("katch-mcardle", "Katch-McArdle", "Katch & McArdle, Nutrition, Weight Control and Exercise"
            + " (1977); uses lean body mass, so it needs body-fat %");

    private final String code;
    private final String label;
    private final String citation;

    BmrEquation(String code, String label, String citation) {
        this.code = code;
        this.label = label;
        this.citation = citation;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String citation() {
        return citation;
    }

    public static Optional<BmrEquation> fromCode(String code) {
        for (BmrEquation e : values()) {
            if (e.code.equalsIgnoreCase(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
