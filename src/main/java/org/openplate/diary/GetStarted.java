package org.openplate.diary;

import java.util.List;

/**
 * The "get started" card on today's diary for a new account: what is still to do, each step with
 * whether it is done. Built by the feature that owns the card (see {@link GetStartedCards}).
 *
 * @param missing       the profile fields still unknown ("sex", "birthDate", "height", "weight")
 * @param metric        whether the user enters metric units (else US: ft/in and lb)
 * @param profileDone   the profile has what the calorie goal needs
 * @param foodDone      a food was logged
 * @param weight        today's weight to prefill, in the user's units, or null when unknown
 * @param weightUnit    "kg" or "lb"
 * @param weightDone    today's weight was logged
 * @param reminderDone  reminders were set on the notifications page
 */
public record GetStarted(List<String> missing, boolean metric, boolean profileDone, boolean foodDone,
                         String weight, String weightUnit, boolean weightDone, boolean reminderDone) {

    public GetStarted {
        missing = List.copyOf(missing);
    }

    public boolean missing(String field) {
        return missing.contains(field);
    }

    /** How many of the four steps are done. */
    public int done() {
        return (profileDone ? 1 : 0) + (foodDone ? 1 : 0) + (weightDone ? 1 : 0) + (reminderDone ? 1 : 0);
    }
}
