package org.openplate.profile;

import org.openplate.energy.Sex;

/** Who reference intakes are for: the profile's sex and age in whole years on a given day. */
public record Person(Sex sex, int age) {
}
