package org.openplate.nutrition;

import org.openplate.energy.Sex;

import java.util.Optional;

/**
 * Dietary reference intakes for adults (19+), per day, in the catalogue's units: the RDA, or the AI
 * where no RDA exists, and the tolerable upper intake level. Sources: IOM DRI tables (NCBI
 * NBK56068); NASEM 2019 for sodium and potassium (NBK545442); IOM 2011 for calcium and vitamin D.
 * Vitamin D is converted to IU (1 µg = 40 IU) because USDA SR24 reports it in IU. Vitamin A is not
 * compared: SR24 gives IU, which cannot be converted to µg RAE for mixed foods.
 * Under 19 the adult values are used and callers say so.
 */
public final class ReferenceIntakes {

    /**
     * @param amount        RDA or AI per day
     * @param adequate      true when {@code amount} is an AI rather than an RDA
     * @param upperLimit    UL per day, or null when none is set
     * @param upperNote     what the UL applies to when it is not the whole diet (e.g. "supplemental")
     */
    public record Intake(double amount, boolean adequate, Double upperLimit, String upperNote) {
    }

    private ReferenceIntakes() {
    }

    public static Optional<Intake> forAdult(String nutrientId, Sex sex, int age) {
        boolean male = sex == Sex.MALE;
        return Optional.ofNullable(switch (nutrientId) {
            case "vitamin_c" -> rda(male ? 90 : 75, 2000.0, null);
            case NutrientCatalog.VITAMIN_D -> rda(40 * (age > 70 ? 20 : 15), 40 * 100.0, null);
            case "vitamin_e" -> rda(15, 1000.0, "supplemental");
            case "vitamin_k" -> ai(male ? 120 : 90, null);
            case "thiamin" -> rda(male ? 1.2 : 1.1, null, null);
            case "riboflavin" -> rda(male ? 1.3 : 1.1, null, null);
            case "niacin" -> rda(male ? 16 : 14, 35.0, "supplemental");
            case "vitamin_b6" -> rda(age >= 51 ? (male ? 1.7 : 1.5) : 1.3, 100.0, null);
            case "vitamin_b12" -> rda(2.4, null, null);
            case "folate" -> rda(400, 1000.0, "synthetic");
            case NutrientCatalog.CALCIUM -> rda(male ? (age > 70 ? 1200 : 1000) : (age >= 51 ? 1200 : 1000),
                    age >= 51 ? 2000.0 : 2500.0, null);
            case NutrientCatalog.IRON -> rda(male || age >= 51 ? 8 : 18, 45.0, null);
            case "magnesium" -> rda(male ? (age >= 31 ? 420 : 400) : (age >= 31 ? 320 : 310), 350.0, "supplemental");
            case NutrientCatalog.POTASSIUM -> ai(male ? 3400 : 2600, null);
            case NutrientCatalog.SODIUM -> ai(1500, 2300.0);
            case "zinc" -> rda(male ? 11 : 8, 40.0, null);
            case NutrientCatalog.FIBER -> ai(male ? (age >= 51 ? 30 : 38) : (age >= 51 ? 21 : 25), null);
            default -> null;
        });
    }

    private static Intake rda(double amount, Double ul, String note) {
        return new Intake(amount, false, ul, note);
    }

    private static Intake ai(double amount, Double ul) {
        return new Intake(amount, true, ul, ul == null ? null : "chronic-disease risk reduction");
    }
}
