package org.openplate.diary;

import java.util.Objects;

/** The user's diary preferences. */
public record DiarySettings(ExerciseCredit exerciseCredit, WaterUnit waterUnit) {

    public static final DiarySettings DEFAULT = new DiarySettings(ExerciseCredit.ALL, WaterUnit.CUPS);

    public DiarySettings {
        Objects.requireNonNull(exerciseCredit);
        Objects.requireNonNull(waterUnit);
    }
}
