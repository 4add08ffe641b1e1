package org.openplate.diary;

import java.time.LocalDate;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.TextInput;

/** What a day holds besides food: its note and its water; and the user's diary settings. */
final class DayNotesService {

    static final double MAX_WATER_ML = 20_000;
    static final int MAX_NOTE = 2_000;

    private final DiaryRepository repo;

    public DayNotesService(DiaryRepository repo) {
        this.repo = repo;
    }

    /** Saves the day's note (blank removes it). */
    public void saveNote(UserId user, LocalDate day, String note) {
        String n = note == null ? "" : TextInput.lines("note", note).strip();
        if (n.length() > MAX_NOTE) {
            throw new BadInputException("note", "note must be at most " + MAX_NOTE + " characters.");
        }
        repo.saveNote(user, day, n.isEmpty() ? null : n);
    }

    public String note(UserId user, LocalDate day) {
        return repo.dayNotes(user, day).note();
    }

    /**
     * Sets the day's water or adds to it, in the request's unit or else the user's water unit.
     * Returns the new total in ml.
     */
    public double water(UserId user, LocalDate day, WaterRequest request) {
        WaterUnit unit = request.unit() != null ? request.unit() : repo.settings(user).waterUnit();
        double total;
        if (request.set() != null) {
            total = unit.toMl(request.set());
        } else if (request.add() != null) {
            total = repo.dayNotes(user, day).waterMl() + unit.toMl(request.add());
        } else {
            throw new BadInputException("add", "add (or set) is required: an amount of water in " + unit.code() + ".");
        }
        if (total < 0 || total > MAX_WATER_ML) {
            throw new BadInputException(request.set() != null ? "set" : "add",
                    "water for a day must come to between 0 and 20,000 ml (about 84 cups).");
        }
        repo.saveWater(user, day, total);
        return total;
    }

    public DiarySettings settings(UserId user) {
        return repo.settings(user);
    }

    public DiarySettings saveSettings(UserId user, SettingsRequest request) {
        DiarySettings now = repo.settings(user);
        DiarySettings s = new DiarySettings(
                request.exerciseCredit() != null ? request.exerciseCredit() : now.exerciseCredit(),
                request.waterUnit() != null ? request.waterUnit() : now.waterUnit());
        repo.saveSettings(user, s);
        return s;
    }
}
