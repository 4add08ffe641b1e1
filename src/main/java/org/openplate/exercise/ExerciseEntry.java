package org.openplate.exercise;

import java.time.LocalDate;

/**
 * A logged exercise with the figures its calories came from. {@code kind}: cardio, strength,
 * custom or manual. {@code met} is the MET used (null for a custom kcal-per-minute rate or a manual
 * figure); {@code kcalOverride} says the user typed the calories.
 */
public record ExerciseEntry(long id, LocalDate day, String kind, String activityCode, String activityEdition,
                            String name, Double minutes, Double distanceKm, Integer sets, Integer reps, Double loadKg,
                            Double met, Double kcalPerMinute, Double bodyWeightKg, boolean netOfRest, double kcal,
                            boolean kcalOverride, CheckIn checkIn) {

    public static final String CARDIO = "cardio";
    public static final String STRENGTH = "strength";
    public static final String CUSTOM = "custom";
    public static final String MANUAL = "manual";

    ExerciseEntry withId(long newId) {
        return new ExerciseEntry(newId, day, kind, activityCode, activityEdition, name, minutes, distanceKm, sets,
                reps, loadKg, met, kcalPerMinute, bodyWeightKg, netOfRest, kcal, kcalOverride, checkIn);
    }
}
