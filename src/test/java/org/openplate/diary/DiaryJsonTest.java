package org.openplate.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.openplate.App;
import org.openplate.energy.Sex;
import org.openplate.profile.Person;

/** The day summary written field by field is byte for byte what the mapper writes for the same day. */
class DiaryJsonTest {

    private final ObjectMapper json = App.objectMapper();
    private final DaySummaryFixture fixture = new DaySummaryFixture();

    private void same(DayView day, String what) throws Exception {
        String mapper = new String(json.writeValueAsBytes(DiaryJson.day(day)), StandardCharsets.UTF_8);
        String byHand = new String(DiaryJson.dayBytes(json, day), StandardCharsets.UTF_8);
        assertEquals(mapper, byHand, what);
    }

    @Test
    void daysOfEveryShapeAreWrittenAsTheMapperWritesThem() throws Exception {
        same(fixture.build(), "the benchmark's day: 15 entries, a recipe, a quick add, a goal, exercise, a person");
        List<DiaryRepository.DayNotes> notes = List.of(new DiaryRepository.DayNotes(null, 0),
                new DiaryRepository.DayNotes("Long walk, then \"pizza\" \u2014 \u00e9t\u00e9 \ud83c\udf55\n\t<b>", 1250.5));
        for (boolean empty : new boolean[] {false, true}) {
            for (Optional<Integer> goal : List.of(Optional.<Integer>empty(), Optional.of(1850))) {
                for (OptionalDouble exercise : List.of(OptionalDouble.empty(), OptionalDouble.of(321.456))) {
                    for (Optional<Person> person : List.of(Optional.<Person>empty(), Optional.of(new Person(Sex.MALE, 52)),
                            Optional.of(new Person(Sex.FEMALE, 35)))) {
                        for (DiaryRepository.DayNotes n : notes) {
                            same(fixture.variant(empty, goal, exercise, person, n), "empty " + empty + ", goal " + goal
                                    + ", exercise " + exercise + ", " + person + ", " + n);
                        }
                    }
                }
            }
        }
    }
}
