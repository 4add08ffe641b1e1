package org.openplate.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.openplate.account.UserId;
import org.openplate.energy.ActivityLevel;
import org.openplate.energy.BmrEquation;
import org.openplate.energy.CalorieGoalInput;
import org.openplate.energy.MacroSplit;
import org.openplate.energy.Sex;
import org.openplate.energy.WeeklyGoal;
import org.openplate.units.UnitSystem;

/**
 * A user's body stats and preferences, stored in metric. Sex, birth date, height and weight may be
 * unknown until the user fills them in; the calorie goal needs all four.
 */
public record Profile(
        UserId userId,
        Sex sex,
        LocalDate birthDate,
        Double heightCm,
        Double weightKg,
        ActivityLevel activity,
        WeeklyGoal goal,
        Double targetWeightKg,
        UnitSystem units,
        ZoneId zone,
        BmrEquation equation,
        Double bodyFatPct,
        MacroSplit macros,
        Instant updatedAt) {

    public Profile {
        Objects.requireNonNull(userId);
        Objects.requireNonNull(activity);
        Objects.requireNonNull(goal);
        Objects.requireNonNull(units);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(equation);
        Objects.requireNonNull(macros);
    }

    /** What a new account starts with before the user says more. */
    public static Profile empty(UserId userId, Instant now) {
        return new Profile(userId, null, null, null, null, ActivityLevel.SEDENTARY, WeeklyGoal.MAINTAIN, null,
                UnitSystem.US, ZoneId.of("UTC"), BmrEquation.MIFFLIN_ST_JEOR, null, MacroSplit.DEFAULT, now);
    }

    /** True when the calorie goal can be computed. */
    public boolean complete() {
        return sex != null && birthDate != null && heightCm != null && weightKg != null;
    }

    public Optional<Integer> ageOn(LocalDate day) {
        return birthDate == null ? Optional.empty() : Optional.of(Period.between(birthDate, day).getYears());
    }

    /** The calculator input for this profile on a given day, when the profile is complete. */
    public Optional<CalorieGoalInput> calculatorInput(LocalDate today) {
        if (!complete()) {
            return Optional.empty();
        }
        int age = ageOn(today).orElseThrow();
        BmrEquation eq = equation == BmrEquation.KATCH_MCARDLE && bodyFatPct == null
                ? BmrEquation.MIFFLIN_ST_JEOR : equation;
        return Optional.of(new CalorieGoalInput(sex, heightCm, weightKg, age, activity, goal, eq, bodyFatPct, macros));
    }
}
