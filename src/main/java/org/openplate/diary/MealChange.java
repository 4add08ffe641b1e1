package org.openplate.diary;

/** A meal's new name (null: keep it) and a move up (-1) or down (+1), or 0. */
record MealChange(String name, int move) {
}
