package org.openplate.exercise;

import java.time.LocalDate;

/**
 * An exercise entry to log, as read from a form or a JSON body (see {@link ExerciseRequests}):
 * every value is already typed and within its range; absent values are null. The service applies
 * the rules that need the user or the catalogue (the date range, required fields per kind, the
 * body weight for MET calories).
 *
 * @param date     the day, or null for today
 * @param kind     one of {@link ExerciseEntry#CARDIO}, STRENGTH, CUSTOM, MANUAL
 * @param activity the chosen Compendium activity, or null
 * @param met      custom entries only
 * @param kcalPerMinute custom entries only
 * @param kcal     a figure the user entered, overriding the computed one
 * @param name     the name typed (1 to 80 characters), or null
 * @param checkIn  the back-care check-in, for flexibility work (or when pain before is given), or null
 */
record LogActivityRequest(LocalDate date, String kind, Activity activity, Double minutes, Double distanceKm,
                                 Integer sets, Integer reps, Double loadKg, Double met, Double kcalPerMinute,
                                 Double kcal, String name, CheckIn checkIn) {
}
