package org.openplate.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import org.openplate.energy.ActivityLevel;
import org.openplate.energy.BmrEquation;
import org.openplate.energy.MacroSplit;
import org.openplate.energy.Sex;
import org.openplate.energy.WeeklyGoal;
import org.openplate.profile.ProfileUpdate;
import org.openplate.units.UnitSystem;

/** Complete profiles for service tests, typed (metric, UTC, Mifflin-St Jeor, default macros). */
public final class TestProfiles {

    private TestProfiles() {
    }

    public static ProfileUpdate complete(Sex sex, LocalDate birth, double heightCm, double weightKg,
                                         ActivityLevel activity, WeeklyGoal goal) {
        return new ProfileUpdate(sex, birth, heightCm, weightKg, activity, goal, null, UnitSystem.METRIC,
                ZoneId.of("UTC"), BmrEquation.MIFFLIN_ST_JEOR, null, MacroSplit.DEFAULT);
    }

    /** Female, born 1988-05-14, 165 cm, 68 kg, lightly active, losing 0.5 kg a week. */
    public static ProfileUpdate female68() {
        return complete(Sex.FEMALE, LocalDate.of(1988, 5, 14), 165, 68, ActivityLevel.LIGHT, WeeklyGoal.LOSE_0_5);
    }
}
