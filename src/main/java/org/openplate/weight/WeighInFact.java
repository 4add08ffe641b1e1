package org.openplate.weight;

import java.time.LocalDate;

/** A weigh-in as other features see it: the day and the weight in kg. */
public record WeighInFact(LocalDate day, double weightKg) {
}
