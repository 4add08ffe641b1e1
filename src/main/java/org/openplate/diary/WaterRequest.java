package org.openplate.diary;

/**
 * Water for a day: {@code set} the total or {@code add} to it (may be negative), in {@code unit}, or
 * in the user's water unit when it is null. When both are null the service names what is missing.
 */
record WaterRequest(WaterUnit unit, Double set, Double add) {
}
