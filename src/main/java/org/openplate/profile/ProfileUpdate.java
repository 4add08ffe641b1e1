package org.openplate.profile;

import java.time.LocalDate;
import java.time.ZoneId;
import org.openplate.energy.ActivityLevel;
import org.openplate.energy.BmrEquation;
import org.openplate.energy.MacroSplit;
import org.openplate.energy.Sex;
import org.openplate.energy.WeeklyGoal;
import org.openplate.units.UnitSystem;

/**
 * The profile's new values, in metric, as read from the profile form or the API body (see
 * {@code ProfileForm}): every value is typed and within its range; unknown body stats are null.
 */
public record ProfileUpdate(Sex sex, LocalDate birthDate, Double heightCm, Double weightKg, ActivityLevel activity,
                            WeeklyGoal goal, Double targetWeightKg, UnitSystem units, ZoneId zone,
                            BmrEquation equation, Double bodyFatPct, MacroSplit macros) {

    /** The profile's current values, to change one or two of them. */
    public static ProfileUpdate of(Profile p) {
        return new ProfileUpdate(p.sex(), p.birthDate(), p.heightCm(), p.weightKg(), p.activity(), p.goal(),
                p.targetWeightKg(), p.units(), p.zone(), p.equation(), p.bodyFatPct(), p.macros());
    }
}
