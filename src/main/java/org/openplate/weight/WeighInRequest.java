package org.openplate.weight;

import java.time.LocalDate;

/**
 * A weigh-in to add or change, as read from a form, a JSON body or a CSV line (see
 * {@link WeightRequests}, {@link WeighInCsv}): typed, in metric, every value within its range and
 * the date not after today. Absent values are null (on a change they keep the stored value).
 *
 * @param date        the day, or null for today (add) or the stored day (change)
 * @param weightKg    25-400 kg; required to add
 * @param bodyFatPct  3-75 %
 * @param waistCm     38-254 cm
 */
record WeighInRequest(LocalDate date, Double weightKg, Double bodyFatPct, Double waistCm) {
}
