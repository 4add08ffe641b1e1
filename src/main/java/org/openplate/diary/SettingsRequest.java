package org.openplate.diary;

/** Diary settings to change; null keeps the current value. */
record SettingsRequest(ExerciseCredit exerciseCredit, WaterUnit waterUnit) {
}
