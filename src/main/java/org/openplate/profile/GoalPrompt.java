package org.openplate.profile;

/**
 * Why the daily goal could be updated now, in plain words. The key names the reason and the goal
 * change it is about, so each prompt is shown (and notified) once.
 */
public record GoalPrompt(String key, String title, String body) {
}
