package org.openplate.weight;

import java.time.LocalDate;

/**
 * What the projection page asks (see {@link WeightRequests#projection}): a target weight in kg
 * (null: the profile's target) and a date to reach it by (null: no solving).
 */
record ProjectionQuery(Double targetKg, LocalDate by) {

    static final ProjectionQuery NONE = new ProjectionQuery(null, null);
}
