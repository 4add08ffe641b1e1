package org.openplate.weight;

import java.time.LocalDate;

/** One weigh-in, in metric: weight, and optionally body-fat % and waist. */
public record WeighIn(long id, LocalDate day, long measuredAt, double weightKg, Double bodyFatPct, Double waistCm) {
}
