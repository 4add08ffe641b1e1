package org.openplate.profile;

import java.time.LocalDate;
import java.util.Locale;
import org.openplate.energy.CalorieGoalResult;
import org.openplate.units.HealthWarning;
import org.openplate.units.Measures;
import org.openplate.units.UnitSystem;

/** The profile page: the stored profile formatted in the user's units, and today's goal. */
public record ProfileView(Profile profile, LocalDate today, CalorieGoalResult goal,
                          org.openplate.web.FormErrors errors) {

    public boolean metric() {
        return profile.units() == UnitSystem.METRIC;
    }

    public String height() {
        return profile.heightCm() == null ? "not set" : Measures.formatHeight(profile.heightCm(), profile.units());
    }

    public String weight() {
        return profile.weightKg() == null ? "not set" : Measures.formatWeight(profile.weightKg(), profile.units());
    }

    public String targetWeight() {
        return profile.targetWeightKg() == null ? "not set"
                : Measures.formatWeight(profile.targetWeightKg(), profile.units());
    }

    /** A target under a healthy weight for the height (BMI 18.5, WHO), in the user's units; null when none. */
    public String targetWarning() {
        return profile.targetWeightKg() == null ? null
                : HealthWarning.target(profile.targetWeightKg(), profile.heightCm(), profile.units(), null)
                        .map(HealthWarning::message).orElse(null);
    }

    public String age() {
        return profile.ageOn(today).map(a -> a + " years").orElse("not set");
    }

    public String heightFt() {
        return profile.heightCm() == null ? "" : Integer.toString(Measures.FeetInches.of(profile.heightCm()).feet());
    }

    public String heightIn() {
        return profile.heightCm() == null ? "" : Integer.toString(Measures.FeetInches.of(profile.heightCm()).inches());
    }

    public String heightCm() {
        return profile.heightCm() == null ? "" : String.format(Locale.ROOT, "%.1f", profile.heightCm());
    }

    public String weightValue() {
        return ProfileForm.weightValue(profile.weightKg(), profile.units());
    }

    public String targetWeightValue() {
        return ProfileForm.weightValue(profile.targetWeightKg(), profile.units());
    }

    public String bodyFatValue() {
        return profile.bodyFatPct() == null ? "" : String.format(Locale.ROOT, "%.1f", profile.bodyFatPct());
    }

    public String weightUnit() {
        return metric() ? "kg" : "lb";
    }

    public String goalLabel() {
        return profile.goal().label(metric());
    }

    public String weeklyChange() {
        return goal == null ? "" : Measures.formatWeeklyRate(Measures.lbToKg(goal.weeklyChangeLb()), profile.units());
    }

    public String kcal(double v) {
        return String.format(Locale.US, "%,d", Math.round(v));
    }
}
