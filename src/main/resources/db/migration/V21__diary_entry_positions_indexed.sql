-- Adding an entry finds the next free position in its meal on its day (the MAX(position) subquery of the
-- append statement). With the day's index on (user_id, day) alone, that read every entry of the day from the
-- table to look at its meal and position, a page per row on a day logged over time; with the meal and the
-- position in the index it is one seek that never touches the table (docs/benchmarks.md, twelfth round).
-- The index still serves reading a day by its (user_id, day) prefix, so it replaces the old one instead of
-- adding a fourth index for every insert to update.
DROP INDEX diary_entries_day;
CREATE INDEX diary_entries_day ON diary_entries (user_id, day, meal_id, position);
